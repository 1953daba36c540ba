/**
 * The numeral reader: one Chinese / Arabic / mixed numeral starting at a given
 * offset of a normalised string. Shared by `resolveNumber` (whole strings) and
 * `scanQuantities` (running text).
 *
 * @internal
 */
import {
  CN_BIG,
  CN_DIGIT,
  CN_SMALL,
  CN_TENS,
  CN_ZERO,
  RISKY_DIGITS,
  isAsciiDigit,
  isAsciiLetter,
  isSpace,
} from './chars.js';
import { type Dec, ZERO, decAdd, decFromDigits, decInt, decIsZero, decShift } from './decimal.js';

/**
 * Inputs for the numeral reader.
 *
 * @example
 * ```ts
 * const ctx: NumeralContext = { t: '三万五千', o: '三万五千' };
 * ```
 */
export interface NumeralContext {
  /** Normalised text (same length as `o`). */
  readonly t: string;
  /** Original text (for full-width separator and risky-character checks). */
  readonly o: string;
  /** 1 where a lexical word starts: a numeral never extends into it. */
  readonly stopAt?: Uint8Array;
}

/**
 * Options of `readNumeral`.
 *
 * @example
 * ```ts
 * const opts: NumeralOptions = { leadingUnit: true };
 * ```
 */
export interface NumeralOptions {
  /** Accept a numeral that starts with 百/千/万/亿 (超百万, 百分之…). 十 is always accepted. */
  readonly leadingUnit?: boolean;
}

/**
 * A numeral as read.
 *
 * @example
 * ```ts
 * const n = readNumeral({ t: '二三十', o: '二三十' }, 0);
 * // n.value → 20, n.hi → 30
 * ```
 */
export interface Numeral {
  readonly start: number;
  readonly end: number;
  readonly value: Dec;
  /** Upper bound when two adjacent digits express a range (三四, 二三十). */
  readonly hi: Dec | null;
  /** From 余/多/几 (more-than) or 来 (about) inside the numeral. */
  readonly approx: 'more-than' | 'about' | null;
  readonly chinese: boolean;
  readonly arabic: boolean;
  /** Digit-by-digit reading (二〇二五, 一七二零). */
  readonly digitSeq: boolean;
  readonly seqHasZero: boolean;
  /** Number of digit characters of a digit-by-digit reading. */
  readonly seqLen: number;
  /** A single Chinese character (一, 两, 十, 零). */
  readonly single: boolean;
  /** Only multiplier characters (百, 千, 百万, 万万) — a 百分之-style denominator. */
  readonly onlyUnits: boolean;
  /** Has at least one multiplier character (十百千万亿). */
  readonly hasUnit: boolean;
  /** No decimal part. */
  readonly integer: boolean;
  /** Number of digits when the numeral is a plain Arabic integer without separators, else -1. */
  readonly arabicDigits: number;
  /** Trailing 万/亿 characters as written (for money units like 万元). */
  readonly magnitude: string;
  /** Made only of characters that are also ordinary words (伍, 陆, 拾, 肆). */
  readonly risky: boolean;
  /** The numeral is just 半 (0.5): needs a unit after it. */
  readonly half: boolean;
  /** Arabic groups were malformed (1,23,4567). */
  readonly malformed: boolean;
}

type Tok = 'none' | 'arabic' | 'digit' | 'zero' | 'small' | 'big' | 'approx' | 'decimal' | 'colloq';

interface State {
  result: Dec;
  section: Dec;
  num: Dec | null;
  lastSmall: number;
  frac: Dec | null;
}

function cloneState(s: State): State {
  return { result: s.result, section: s.section, num: s.num, lastSmall: s.lastSmall, frac: s.frac };
}

function stateValue(s: State): Dec {
  let v = decAdd(decAdd(s.result, s.section), s.num ?? ZERO);
  if (s.frac) v = decAdd(v, s.frac);
  return v;
}

const FULLWIDTH_DIGIT = /[０-９]/;
/**
 * Most Chinese numeral characters read into one numeral. Real numerals are far shorter
 * (一千二百三十四万五千六百七十八亿九千八百七十六万五千四百三十二 is 31); the bound keeps a run of
 * 万万万… or 零零零… from being re-read to its end from every offset (cubic, with big values).
 */
const MAX_CHINESE_CHARS = 40;
const MEASURE_AFTER_QIAN = '米克瓦卡焦帕伏';
const NOT_AFTER_ZHAO = '瓦赫帕字比位焦欧伏';

/**
 * `set.includes(c)` that is false for the empty string (end of text).
 *
 * @example
 * ```ts
 * has('大小', ''); // false ('大小'.includes('') would be true)
 * ```
 */
export function has(set: string, c: string): boolean {
  return c !== '' && set.includes(c);
}

function isPair(a: number, b: number): boolean {
  return (b === a + 1 && a >= 1 && a <= 8) || (a === 3 && b === 5);
}

function isDecimalDigitChar(c: string): boolean {
  return (CN_DIGIT.has(c) && c !== '两') || CN_ZERO.has(c) || isAsciiDigit(c);
}

function decimalDigitValue(c: string): number {
  if (isAsciiDigit(c)) return c.charCodeAt(0) - 48;
  if (CN_ZERO.has(c)) return 0;
  return CN_DIGIT.get(c) ?? 0;
}

/**
 * Arabic number at `i`: digits with optional thousands separators and decimals,
 * or a leading-dot decimal (.5). Full-width commas separate only full-width digits.
 *
 * @internal
 * @example
 * ```ts
 * readArabic({ t: '1,200人', o: '1,200人' }, 0)?.end; // 5
 * ```
 */
export function readArabic(
  ctx: NumeralContext,
  i: number,
): { end: number; dec: Dec; digits: number; sep: boolean; dot: boolean; malformed: boolean } | null {
  const { t, o } = ctx;
  let p = i;
  let intStr = '';
  while (isAsciiDigit(t.charAt(p))) intStr += t.charAt(p++);
  let sep = false;
  let malformed = false;
  if (intStr.length > 0) {
    const isSep = (k: number): boolean => {
      const oc = o.charAt(k);
      if (oc === ',') return true;
      if (oc === '，') return FULLWIDTH_DIGIT.test(o.charAt(k - 1)) && FULLWIDTH_DIGIT.test(o.charAt(k + 1));
      return false;
    };
    if (isSep(p) && isAsciiDigit(t.charAt(p + 1))) {
      // consume groups; a bad grouping of an ASCII comma is reported as malformed
      let q = p;
      let groups = '';
      let ok = intStr.length <= 3;
      while (isSep(q) && isAsciiDigit(t.charAt(q + 1))) {
        let g = '';
        let r = q + 1;
        while (isAsciiDigit(t.charAt(r))) g += t.charAt(r++);
        if (g.length !== 3) ok = false;
        groups += g;
        q = r;
      }
      if (ok) {
        intStr += groups;
        p = q;
        sep = true;
      } else if (o.charAt(p) === ',' && !isSpace(o.charAt(p + 1))) {
        intStr += groups;
        p = q;
        sep = true;
        malformed = true;
      }
    }
  } else if (!(t.charAt(p) === '.' && isAsciiDigit(t.charAt(p + 1)))) {
    return null;
  }
  let fracStr = '';
  let dot = false;
  if (t.charAt(p) === '.' && isAsciiDigit(t.charAt(p + 1))) {
    dot = true;
    p++;
    while (isAsciiDigit(t.charAt(p))) fracStr += t.charAt(p++);
  }
  return { end: p, dec: decFromDigits(intStr, fracStr), digits: intStr.length, sep, dot, malformed };
}

/**
 * Read one numeral starting exactly at `i`. Returns the longest well-formed
 * reading, or `null` when nothing numeric starts there.
 *
 * Handles 一百二十, 两千, 三万五千, 一千零五, 〇/零, 十四, 二〇二五 (digit by
 * digit), 壹贰叁 … 拾佰仟, 1,200 / 1.2 / .5, 1.2万, 3万4000, 12万亿, 四万万,
 * 三万五 / 一百二 (colloquial), 两千三点一, 120余 / 十几万 / 三十万多亿,
 * 二三十 / 三四 (adjacent-digit ranges) and spaced forms (7 万5 千4 百).
 *
 * @example
 * ```ts
 * const n = readNumeral({ t: '1.2万亿元', o: '1.2万亿元' }, 0);
 * // n.end → 5, decToNumber(n.value) → 1.2e12, n.magnitude → '万亿'
 * ```
 */
export function readNumeral(ctx: NumeralContext, i: number, opts: NumeralOptions = {}): Numeral | null {
  const { t, o } = ctx;
  const n = t.length;
  let states: State[] = [{ result: ZERO, section: ZERO, num: null, lastSmall: 99, frac: null }];
  let last: Tok = 'none';
  let lastBigExp = 0;
  let unitBeforeNum = -1; // exponent of the multiplier right before the pending digit (no 零 in between)
  let pendingChinese = false;
  let p = i;
  let end = i;
  let tokens = 0;
  let chinese = false;
  let arabic = false;
  let digitOnly = true;
  let seqMode = false;
  let seq = '';
  let seqHasZero = false;
  let prevDigit = -1;
  let pairDone = false;
  let onlyUnits = true;
  let hasUnit = false;
  let integer = true;
  let arabicDigits = -1;
  let magStart = -1;
  let magEnd = -1;
  let allRisky = true;
  let chars = 0;
  let arabicChars = 0;
  let approx: 'more-than' | 'about' | null = null;
  let malformed = false;
  let half = false;

  const each = (f: (s: State) => void): void => {
    for (const s of states) f(s);
  };

  for (;;) {
    let q = p;
    if (tokens > 0) {
      while (q < n && isSpace(t.charAt(q)) && q - p < 4) q++;
      if (q > p) {
        const c2 = t.charAt(q);
        const ok =
          CN_DIGIT.has(c2) ||
          CN_ZERO.has(c2) ||
          CN_SMALL.has(c2) ||
          CN_BIG.has(c2) ||
          c2 === '余' ||
          c2 === '点' ||
          c2 === '几' ||
          (isAsciiDigit(c2) && (last === 'small' || last === 'big')); // 7万 5千 4百
        if (!ok) break;
        if (last === 'digit' && (CN_DIGIT.has(c2) || CN_ZERO.has(c2))) break; // 二百五 二百五: separate numbers
      }
    }
    if (q >= n) break;
    if (q > i && ctx.stopAt && ctx.stopAt[q] === 1) break;
    if (chars - arabicChars >= MAX_CHINESE_CHARS) break;
    const c = t.charAt(q);

    // ---- Arabic digits ------------------------------------------------------
    if (isAsciiDigit(c) || (c === '.' && tokens === 0 && isAsciiDigit(t.charAt(q + 1)))) {
      if (!(last === 'none' || last === 'small' || last === 'big' || last === 'zero')) break;
      if (states.some((s) => s.num !== null)) break;
      if (tokens === 0 && c === '.') {
        const pc = t.charAt(i - 1);
        if (isAsciiDigit(pc) || pc === '.' || isAsciiLetter(pc)) return null;
      }
      const a = readArabic(ctx, q);
      if (!a) break;
      if (tokens === 0 && !a.sep && !a.dot) arabicDigits = a.digits;
      let aEnd = a.end;
      let aDec = a.dec;
      if (
        (t.charAt(aEnd) === 'k' || t.charAt(aEnd) === 'K') &&
        !isAsciiLetter(t.charAt(aEnd + 1)) &&
        !isAsciiDigit(t.charAt(aEnd + 1))
      ) {
        // 5k, 3.2k (thousands)
        aDec = decShift(aDec, 3);
        aEnd++;
        arabicDigits = -1;
      }
      if (a.malformed) malformed = true;
      unitBeforeNum = last === 'small' ? states[0]!.lastSmall : last === 'big' ? lastBigExp : -1;
      each((s) => (s.num = aDec));
      pendingChinese = false;
      if (a.dot && !decIsZero({ n: aDec.n % 10n ** BigInt(aDec.s), s: 0 })) integer = false;
      arabic = true;
      onlyUnits = false;
      digitOnly = false;
      allRisky = false;
      last = 'arabic';
      tokens++;
      p = end = aEnd;
      chars += aEnd - q;
      arabicChars += aEnd - q;
      continue;
    }

    // ---- Chinese digit --------------------------------------------------------
    const d = CN_DIGIT.get(c);
    if (d !== undefined) {
      if (!RISKY_DIGITS.has(o.charAt(q))) allRisky = false;
      if (c === '两' && (last === 'digit' || (last === 'small' && states[0]!.lastSmall === 1))) {
        // 二两 / 三十两: 两 is the tael unit here, not a digit (一两个 is handled as a pair below)
        if (!(last === 'digit' && isPair(prevDigit, 2))) break;
      }
      if ((last === 'digit' || (last === 'zero' && seqMode)) && q === p) {
        const nc = t.charAt(q + 1);
        if (
          !seqMode &&
          !pairDone &&
          last === 'digit' &&
          isPair(prevDigit, d) &&
          !CN_DIGIT.has(nc) &&
          !CN_ZERO.has(nc)
        ) {
          const hi = states.map((s) => ({ ...cloneState(s), num: decInt(d) }));
          states = [states[0]!, hi[0]!];
          pairDone = true;
          prevDigit = d;
          tokens++;
          chars++;
          p = end = q + 1;
          continue;
        }
        if (digitOnly && !pairDone) {
          seqMode = true;
          seq += String(d);
          prevDigit = d;
          tokens++;
          chars++;
          p = end = q + 1;
          last = 'digit';
          continue;
        }
        break;
      }
      if (seqMode) break;
      if (!(last === 'none' || last === 'small' || last === 'big' || last === 'zero')) break;
      // colloquial trailing digit: 三万五 (35000), 一百二 (120), 两千三点一
      const unitExp = last === 'small' ? states[0]!.lastSmall : last === 'big' ? lastBigExp : -1;
      if (unitExp >= 2) {
        let r = q + 1;
        while (r < n && isSpace(t.charAt(r)) && r - q < 4) r++;
        const nc = t.charAt(r);
        const followedByUnit = CN_SMALL.has(nc) || CN_BIG.has(nc) || CN_TENS.has(nc);
        const followedByDigit = CN_DIGIT.has(nc) || CN_ZERO.has(nc);
        if (!followedByUnit && !followedByDigit) {
          if (c === '两') break; // 两万两 = 20000 两 (tael), not 22000
          const add = decShift(decInt(d), unitExp - 1);
          each((s) => (s.section = decAdd(s.section, add)));
          last = 'colloq';
          tokens++;
          chars++;
          chinese = true;
          onlyUnits = false;
          p = end = q + 1;
          continue;
        }
      }
      unitBeforeNum = unitExp;
      each((s) => (s.num = decInt(d)));
      pendingChinese = true;
      prevDigit = d;
      if (digitOnly && tokens === 0) seq = String(d);
      chinese = true;
      onlyUnits = false;
      last = 'digit';
      tokens++;
      chars++;
      p = end = q + 1;
      // 一半 = 0.5
      if (tokens === 1 && d === 1 && t.charAt(q + 1) === '半') {
        each((s) => (s.num = decFromDigits('0', '5')));
        integer = false;
        end = p = q + 2;
        chars++;
        last = 'decimal';
        break;
      }
      continue;
    }

    // ---- zero ---------------------------------------------------------------
    if (CN_ZERO.has(c)) {
      allRisky = false;
      if (q > p && !seqMode && last !== 'small' && last !== 'big') break;
      if ((last === 'digit' && digitOnly && !pairDone) || seqMode) {
        if (q > p) break;
        if (!seqMode) {
          seqMode = true;
        }
        seq += '0';
        seqHasZero = true;
        tokens++;
        chars++;
        last = 'zero';
        p = end = q + 1;
        continue;
      }
      if (last === 'none') {
        each((s) => (s.num = ZERO));
        seq = '0';
        seqHasZero = true;
        chinese = true;
        onlyUnits = false;
        last = 'zero';
        tokens++;
        chars++;
        p = end = q + 1;
        continue;
      }
      if (last === 'small' || last === 'big' || last === 'zero') {
        last = 'zero';
        unitBeforeNum = -1;
        tokens++;
        chars++;
        p = q + 1; // a trailing 零 is not part of the numeral unless something follows
        continue;
      }
      break;
    }

    // ---- 十 百 千 -----------------------------------------------------------
    const e = CN_SMALL.get(c);
    if (e !== undefined) {
      if (seqMode) break;
      if (RISKY_DIGITS.has(o.charAt(q)) === false) allRisky = false;
      if (c === '千' && has(MEASURE_AFTER_QIAN, t.charAt(q + 1))) {
        // 12千米, 2.3千克, 一百千瓦 → the 千 belongs to the unit; 两千米 → 2000 米
        if (last !== 'digit' || e >= states[0]!.lastSmall) break;
      }
      let ok = true;
      for (const s of states) {
        if (e >= s.lastSmall) ok = false;
      }
      if (!ok) break;
      if (states[0]!.num === null) {
        if (last === 'none') {
          if (e !== 1 && !opts.leadingUnit) break;
        } else if (!(last === 'zero' || (last === 'small' && e === 1 && states[0]!.lastSmall >= 2 && q === p))) {
          // 一百十一 = 111 (colloquial for 一百一十一); otherwise a multiplier needs a digit
          break;
        }
      }
      each((s) => {
        const m = s.num && !decIsZero(s.num) ? s.num : decInt(1); // 零十 = 10
        s.section = decAdd(s.section, decShift(m, e));
        s.num = null;
        s.lastSmall = e;
      });
      chinese = true;
      hasUnit = true;
      digitOnly = false;
      pendingChinese = false;
      last = 'small';
      tokens++;
      chars++;
      p = end = q + 1;
      continue;
    }

    // ---- 廿 卅 卌 -----------------------------------------------------------
    const tens = CN_TENS.get(c);
    if (tens !== undefined) {
      if (seqMode || states[0]!.num !== null || states[0]!.lastSmall <= 1) break;
      if (!(last === 'none' || last === 'big' || last === 'zero' || last === 'small')) break;
      each((s) => {
        s.section = decAdd(s.section, decInt(tens * 10));
        s.lastSmall = 1;
      });
      chinese = true;
      hasUnit = true;
      onlyUnits = false;
      digitOnly = false;
      allRisky = false;
      last = 'small';
      tokens++;
      chars++;
      p = end = q + 1;
      continue;
    }

    // ---- 万 亿 兆 -----------------------------------------------------------
    const be = CN_BIG.get(c);
    if (be !== undefined) {
      if (seqMode) break;
      const nc = t.charAt(q + 1);
      if (c === '兆' && (has(NOT_AFTER_ZHAO, nc) || isAsciiLetter(nc))) break;
      if (last === 'none' && !opts.leadingUnit) break;
      if (last === 'zero' && states[0]!.num === null && decIsZero(states[0]!.section)) break;
      allRisky = false;
      const multiplyAll =
        last === 'big' || (last === 'approx' && states[0]!.num === null && decIsZero(states[0]!.section));
      each((s) => {
        if (s.frac) {
          s.result = decShift(stateValue(s), be);
          s.section = ZERO;
          s.num = null;
          s.frac = null;
        } else if (last === 'none') {
          s.result = decShift(decInt(1), be);
        } else if (multiplyAll) {
          s.result = decShift(decAdd(s.result, decAdd(s.section, s.num ?? ZERO)), be);
          s.section = ZERO;
          s.num = null;
        } else {
          const cur = decAdd(s.section, s.num ?? ZERO);
          const unit = decShift(decInt(1), be);
          const r = s.result;
          const below = !decIsZero(r) && r.n > 0n && lessThan(r, unit);
          s.result = below ? decShift(decAdd(r, cur), be) : decAdd(r, decShift(cur, be));
          s.section = ZERO;
          s.num = null;
        }
        s.lastSmall = 99;
      });
      if (last !== 'big') magStart = q;
      magEnd = q + 1;
      lastBigExp = be;
      chinese = true;
      hasUnit = true;
      digitOnly = false;
      pendingChinese = false;
      last = 'big';
      tokens++;
      chars++;
      p = end = q + 1;
      continue;
    }

    // ---- 点 (Chinese decimal point) -----------------------------------------
    if (c === '点' && last !== 'none' && last !== 'approx' && last !== 'decimal' && last !== 'arabic') {
      let r = q + 1;
      while (r < n && isSpace(t.charAt(r)) && r - q < 4) r++;
      if (!isDecimalDigitChar(t.charAt(r))) break;
      if (last === 'zero' && states[0]!.num === null && !seqMode && tokens > 1) {
        // 一千零点五 is not a numeral form; stop before 零
        break;
      }
      let digits = '';
      while (r < n && isDecimalDigitChar(t.charAt(r))) {
        if (ctx.stopAt && ctx.stopAt[r] === 1 && digits.length > 0) break;
        digits += String(decimalDigitValue(t.charAt(r)));
        r++;
      }
      const fr = decFromDigits('0', digits);
      if (seqMode) {
        seq += `.${digits}`;
      } else {
        each((s) => (s.frac = fr));
      }
      integer = false;
      onlyUnits = false;
      last = 'decimal';
      tokens++;
      chars += r - q;
      p = end = r;
      continue;
    }

    // ---- 余 多 几 来 (approximation inside the numeral) ---------------------
    if (c === '余' || c === '多' || c === '几' || c === '来') {
      if (seqMode || (approx && last !== 'big')) break;
      const nc = t.charAt(q + 1);
      let ok = false;
      if (c === '几') ok = last === 'small' || last === 'big' || last === 'zero';
      else if (c === '来') ok = last === 'small' && /[个年天人名岁次元斤米家件条项位倍户座所万亿块]/.test(nc);
      else ok = last === 'small' || last === 'big' || (last === 'arabic' && integer && states[0]!.num !== null);
      if (!ok) break;
      if (c === '多' && nc === '元' && t.charAt(q + 2) === '化') break; // 多元化
      approx = c === '来' ? 'about' : 'more-than';
      // 十几 = 10 (more-than); a pending digit was already folded into section
      last = 'approx';
      tokens++;
      chars++;
      p = end = q + 1;
      continue;
    }

    // ---- 半 -----------------------------------------------------------------
    if (c === '半' && tokens === 0) {
      if (t.charAt(q + 1) === '百') {
        each((s) => (s.section = decInt(50)));
        chinese = true;
        onlyUnits = false;
        hasUnit = true;
        allRisky = false;
        p = end = q + 2;
        chars += 2;
        tokens++;
        last = 'small';
        each((s) => (s.lastSmall = 2));
        continue;
      }
      each((s) => (s.num = decFromDigits('0', '5')));
      half = true;
      chinese = true;
      onlyUnits = false;
      allRisky = false;
      integer = false;
      p = end = q + 1;
      chars++;
      tokens++;
      break;
    }
    break;
  }

  if (tokens === 0 || end === i) return null;

  // A Chinese digit left pending right after 百/千/万/亿 (no 零) that could not
  // be read as part of a following multiplier is a colloquial trailing digit.
  if (pendingChinese && unitBeforeNum >= 2 && last === 'digit' && !pairDone) {
    each((s) => {
      if (s.num) {
        s.section = decAdd(s.section, decShift(s.num, unitBeforeNum - 1));
        s.num = null;
      }
    });
  }

  let value: Dec;
  let hi: Dec | null = null;
  if (seqMode) {
    const [ip, fp] = seq.split('.');
    value = decFromDigits(ip ?? '0', fp ?? '');
  } else {
    value = stateValue(states[0]!);
    if (states.length > 1) hi = stateValue(states[1]!);
  }
  const magnitude = magStart >= 0 && magEnd === end ? t.slice(magStart, magEnd) : '';
  return {
    start: i,
    end,
    value,
    hi,
    approx,
    chinese,
    arabic,
    digitSeq: seqMode,
    seqHasZero: seqMode && seqHasZero,
    seqLen: seqMode ? (seq.split('.')[0] ?? '').length : 0,
    single: chars === 1 && chinese && !arabic,
    onlyUnits: onlyUnits && hasUnit && !arabic,
    hasUnit,
    integer,
    arabicDigits: arabic && !chinese ? arabicDigits : -1,
    magnitude,
    risky: chinese && !arabic && allRisky && !(hasUnit && chars >= 2),
    half,
    malformed,
  };
}

function lessThan(a: Dec, b: Dec): boolean {
  const d = decAdd(a, { n: -b.n, s: b.s });
  return d.n < 0n;
}

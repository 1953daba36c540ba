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
  asciiDigitValue,
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

/** What the reader took in last; decides which tokens may follow. */
type Tok = 'none' | 'arabic' | 'digit' | 'zero' | 'small' | 'big' | 'approx' | 'decimal' | 'colloq';

/**
 * One reading of the value so far, built the classic way: `result` holds what is
 * complete up to the last 万/亿, `section` the part since (under 万), `num` the digit
 * waiting for its multiplier and `frac` the decimals after 点.
 */
interface Accumulator {
  result: Dec;
  section: Dec;
  num: Dec | null;
  /** Exponent of the last 十/百/千 in this section ({@link NO_SMALL_UNIT} before any). */
  lastSmall: number;
  frac: Dec | null;
}

/** `lastSmall` before any 十/百/千 of a section: every multiplier may still follow. */
const NO_SMALL_UNIT = 99;

function cloneAccumulator(s: Accumulator): Accumulator {
  return { result: s.result, section: s.section, num: s.num, lastSmall: s.lastSmall, frac: s.frac };
}

function accumulatedValue(s: Accumulator): Dec {
  let v = decAdd(decAdd(s.result, s.section), s.num ?? ZERO);
  if (s.frac) v = decAdd(v, s.frac);
  return v;
}

/**
 * The state of {@link readNumeral} while it walks one numeral, token by token.
 * Each `read…` transition below looks at one token and either consumes it
 * (`'next'`), ends the numeral before it (`'stop'`) or rejects the whole reading
 * (`'reject'`).
 */
interface NumeralReader {
  readonly ctx: NumeralContext;
  readonly opts: NumeralOptions;
  /** Offset where the numeral starts. */
  readonly start: number;
  /** One reading, or two (low, high) once adjacent digits made a range (三四, 二三十). */
  readings: Accumulator[];
  last: Tok;
  /** Exponent of the last 万/亿/兆. */
  lastBigExp: number;
  /** Exponent of the multiplier right before the pending digit (no 零 in between), else -1. */
  unitBeforeNum: number;
  /** A Chinese digit is waiting for its multiplier. */
  pendingChinese: boolean;
  /** Where the next token may start (past a trailing 零 that is not yet part of the numeral). */
  pos: number;
  /** End of the numeral read so far. */
  end: number;
  tokens: number;
  chinese: boolean;
  arabic: boolean;
  /** Only digits so far: a digit-by-digit reading (二〇二五) is still possible. */
  digitOnly: boolean;
  /** Reading digit by digit. */
  seqMode: boolean;
  /** Digits of a digit-by-digit reading, with '.' before its decimals. */
  seq: string;
  seqHasZero: boolean;
  prevDigit: number;
  /** An adjacent-digit range (三四) was read; only one per numeral. */
  pairDone: boolean;
  onlyUnits: boolean;
  hasUnit: boolean;
  integer: boolean;
  arabicDigits: number;
  /** Offsets of the trailing run of 万/亿 characters (-1 before any). */
  magStart: number;
  magEnd: number;
  allRisky: boolean;
  chars: number;
  arabicChars: number;
  approx: 'more-than' | 'about' | null;
  malformed: boolean;
  half: boolean;
}

/** Outcome of one transition of the numeral reader. */
type Step = 'next' | 'stop' | 'reject';

const FULLWIDTH_DIGIT = /[０-９]/;
/**
 * Most Chinese numeral characters read into one numeral. Real numerals are far shorter
 * (一千二百三十四万五千六百七十八亿九千八百七十六万五千四百三十二 is 31); the bound keeps a run of
 * 万万万… or 零零零… from being re-read to its end from every offset (cubic, with big values).
 */
const MAX_CHINESE_CHARS = 40;
/** Most spaces between the tokens of a spaced-out numeral (7 万 5 千, 三 点 五). */
const MAX_SPACES_IN_NUMERAL = 4;
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
  if (isAsciiDigit(c)) return asciiDigitValue(c);
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
  const r = newReader(ctx, i, opts);
  for (;;) {
    const q = nextTokenAt(r);
    if (q === null) break;
    const step = readToken(r, q);
    if (step === 'reject') return null;
    if (step === 'stop') break;
  }
  if (r.tokens === 0 || r.end === i) return null;
  foldTrailingDigit(r);
  return toNumeral(r);
}

function newReader(ctx: NumeralContext, start: number, opts: NumeralOptions): NumeralReader {
  return {
    ctx,
    opts,
    start,
    readings: [{ result: ZERO, section: ZERO, num: null, lastSmall: NO_SMALL_UNIT, frac: null }],
    last: 'none',
    lastBigExp: 0,
    unitBeforeNum: -1,
    pendingChinese: false,
    pos: start,
    end: start,
    tokens: 0,
    chinese: false,
    arabic: false,
    digitOnly: true,
    seqMode: false,
    seq: '',
    seqHasZero: false,
    prevDigit: -1,
    pairDone: false,
    onlyUnits: true,
    hasUnit: false,
    integer: true,
    arabicDigits: -1,
    magStart: -1,
    magEnd: -1,
    allRisky: true,
    chars: 0,
    arabicChars: 0,
    approx: null,
    malformed: false,
    half: false,
  };
}

/** The first (or only, or low) reading. */
function first(r: NumeralReader): Accumulator {
  return r.readings[0]!;
}

/** Consume the token [q, to): it becomes part of the numeral. */
function advance(r: NumeralReader, q: number, to: number): void {
  r.tokens++;
  r.chars += to - q;
  r.pos = r.end = to;
}

/** Exponent of the multiplier just read (十 1 … 千 3, 万 4 …), or -1 after anything else. */
function unitExponentBefore(r: NumeralReader): number {
  return r.last === 'small' ? first(r).lastSmall : r.last === 'big' ? r.lastBigExp : -1;
}

/** Where the next token starts (after up to 4 spaces inside a spaced numeral), or null at the end. */
function nextTokenAt(r: NumeralReader): number | null {
  const { t } = r.ctx;
  const n = t.length;
  const p = r.pos;
  let q = p;
  if (r.tokens > 0) {
    while (q < n && isSpace(t.charAt(q)) && q - p < MAX_SPACES_IN_NUMERAL) q++;
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
        (isAsciiDigit(c2) && (r.last === 'small' || r.last === 'big')); // 7万 5千 4百
      if (!ok) return null;
      if (r.last === 'digit' && (CN_DIGIT.has(c2) || CN_ZERO.has(c2))) return null; // 二百五 二百五: separate numbers
    }
  }
  if (q >= n) return null;
  if (q > r.start && r.ctx.stopAt && r.ctx.stopAt[q] === 1) return null;
  if (r.chars - r.arabicChars >= MAX_CHINESE_CHARS) return null;
  return q;
}

/** Dispatch on the character at q. */
function readToken(r: NumeralReader, q: number): Step {
  const { t } = r.ctx;
  const c = t.charAt(q);
  if (isAsciiDigit(c) || (c === '.' && r.tokens === 0 && isAsciiDigit(t.charAt(q + 1)))) return readArabicToken(r, q);
  const digit = CN_DIGIT.get(c);
  if (digit !== undefined) return readChineseDigit(r, q, c, digit);
  if (CN_ZERO.has(c)) return readZero(r, q);
  const smallExp = CN_SMALL.get(c);
  if (smallExp !== undefined) return readSmallUnit(r, q, c, smallExp);
  const tens = CN_TENS.get(c);
  if (tens !== undefined) return readTens(r, q, tens);
  const bigExp = CN_BIG.get(c);
  if (bigExp !== undefined) return readBigUnit(r, q, c, bigExp);
  if (c === '点' && r.last !== 'none' && r.last !== 'approx' && r.last !== 'decimal' && r.last !== 'arabic') {
    return readDecimalPoint(r, q);
  }
  if (c === '余' || c === '多' || c === '几' || c === '来') return readApprox(r, q, c);
  if (c === '半' && r.tokens === 0) return readHalf(r, q);
  return 'stop';
}

/** Arabic digits (1,200 / 1.2 / .5 / 5k), alone or after a Chinese multiplier (3万4000). */
function readArabicToken(r: NumeralReader, q: number): Step {
  const { t } = r.ctx;
  const c = t.charAt(q);
  if (!(r.last === 'none' || r.last === 'small' || r.last === 'big' || r.last === 'zero')) return 'stop';
  if (r.readings.some((s) => s.num !== null)) return 'stop';
  if (r.tokens === 0 && c === '.') {
    const pc = t.charAt(r.start - 1);
    if (isAsciiDigit(pc) || pc === '.' || isAsciiLetter(pc)) return 'reject';
  }
  const a = readArabic(r.ctx, q);
  if (!a) return 'stop';
  if (r.tokens === 0 && !a.sep && !a.dot) r.arabicDigits = a.digits;
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
    r.arabicDigits = -1;
  }
  if (a.malformed) r.malformed = true;
  r.unitBeforeNum = unitExponentBefore(r);
  for (const s of r.readings) s.num = aDec;
  r.pendingChinese = false;
  if (a.dot && !decIsZero({ n: aDec.n % 10n ** BigInt(aDec.s), s: 0 })) r.integer = false;
  r.arabic = true;
  r.onlyUnits = false;
  r.digitOnly = false;
  r.allRisky = false;
  r.last = 'arabic';
  r.arabicChars += aEnd - q;
  advance(r, q, aEnd);
  return 'next';
}

/** A Chinese digit 一 … 九 / 两 (and financial 壹 … 玖). */
function readChineseDigit(r: NumeralReader, q: number, c: string, d: number): Step {
  if (!RISKY_DIGITS.has(r.ctx.o.charAt(q))) r.allRisky = false;
  if (c === '两' && (r.last === 'digit' || (r.last === 'small' && first(r).lastSmall === 1))) {
    // 二两 / 三十两: 两 is the tael unit here, not a digit (一两个 is handled as a pair below)
    if (!(r.last === 'digit' && isPair(r.prevDigit, 2))) return 'stop';
  }
  if ((r.last === 'digit' || (r.last === 'zero' && r.seqMode)) && q === r.pos) return readAdjacentDigit(r, q, d);
  if (r.seqMode) return 'stop';
  if (!(r.last === 'none' || r.last === 'small' || r.last === 'big' || r.last === 'zero')) return 'stop';
  const unitExp = unitExponentBefore(r);
  if (unitExp >= 2) {
    const colloquial = readColloquialDigit(r, q, c, d, unitExp);
    if (colloquial) return colloquial;
  }
  r.unitBeforeNum = unitExp;
  for (const s of r.readings) s.num = decInt(d);
  r.pendingChinese = true;
  r.prevDigit = d;
  if (r.digitOnly && r.tokens === 0) r.seq = String(d);
  r.chinese = true;
  r.onlyUnits = false;
  r.last = 'digit';
  advance(r, q, q + 1);
  // 一半 = 0.5
  if (r.tokens === 1 && d === 1 && r.ctx.t.charAt(q + 1) === '半') {
    for (const s of r.readings) s.num = decFromDigits('0', '5');
    r.integer = false;
    r.end = r.pos = q + 2;
    r.chars++;
    r.last = 'decimal';
    return 'stop';
  }
  return 'next';
}

/** A digit right after a digit: an adjacent-digit range (三四) or a digit-by-digit reading (二〇二五). */
function readAdjacentDigit(r: NumeralReader, q: number, d: number): Step {
  const nc = r.ctx.t.charAt(q + 1);
  if (
    !r.seqMode &&
    !r.pairDone &&
    r.last === 'digit' &&
    isPair(r.prevDigit, d) &&
    !CN_DIGIT.has(nc) &&
    !CN_ZERO.has(nc)
  ) {
    const high = r.readings.map((s) => ({ ...cloneAccumulator(s), num: decInt(d) }));
    r.readings = [first(r), high[0]!];
    r.pairDone = true;
    r.prevDigit = d;
    advance(r, q, q + 1);
    return 'next';
  }
  if (r.digitOnly && !r.pairDone) {
    r.seqMode = true;
    r.seq += String(d);
    r.prevDigit = d;
    advance(r, q, q + 1);
    r.last = 'digit';
    return 'next';
  }
  return 'stop';
}

/**
 * Colloquial trailing digit after 百 or more: 三万五 (35000), 一百二 (120), 两千三点一.
 * Null when a multiplier or digit follows (then it is an ordinary digit).
 */
function readColloquialDigit(r: NumeralReader, q: number, c: string, d: number, unitExp: number): Step | null {
  const { t } = r.ctx;
  const n = t.length;
  let k = q + 1;
  while (k < n && isSpace(t.charAt(k)) && k - q < MAX_SPACES_IN_NUMERAL) k++;
  const nc = t.charAt(k);
  const followedByUnit = CN_SMALL.has(nc) || CN_BIG.has(nc) || CN_TENS.has(nc);
  const followedByDigit = CN_DIGIT.has(nc) || CN_ZERO.has(nc);
  if (followedByUnit || followedByDigit) return null;
  if (c === '两') return 'stop'; // 两万两 = 20000 两 (tael), not 22000
  const add = decShift(decInt(d), unitExp - 1);
  for (const s of r.readings) s.section = decAdd(s.section, add);
  r.last = 'colloq';
  r.chinese = true;
  r.onlyUnits = false;
  advance(r, q, q + 1);
  return 'next';
}

/** 零 / 〇: a digit of a digit-by-digit reading, a lone zero, or the 零 of 一千零五. */
function readZero(r: NumeralReader, q: number): Step {
  r.allRisky = false;
  if (q > r.pos && !r.seqMode && r.last !== 'small' && r.last !== 'big') return 'stop';
  if ((r.last === 'digit' && r.digitOnly && !r.pairDone) || r.seqMode) {
    if (q > r.pos) return 'stop';
    r.seqMode = true;
    r.seq += '0';
    r.seqHasZero = true;
    r.last = 'zero';
    advance(r, q, q + 1);
    return 'next';
  }
  if (r.last === 'none') {
    for (const s of r.readings) s.num = ZERO;
    r.seq = '0';
    r.seqHasZero = true;
    r.chinese = true;
    r.onlyUnits = false;
    r.last = 'zero';
    advance(r, q, q + 1);
    return 'next';
  }
  if (r.last === 'small' || r.last === 'big' || r.last === 'zero') {
    r.last = 'zero';
    r.unitBeforeNum = -1;
    r.tokens++;
    r.chars++;
    r.pos = q + 1; // a trailing 零 is not part of the numeral unless something follows
    return 'next';
  }
  return 'stop';
}

/** 十 百 千 (and 拾 佰 仟). */
function readSmallUnit(r: NumeralReader, q: number, c: string, e: number): Step {
  if (r.seqMode) return 'stop';
  if (RISKY_DIGITS.has(r.ctx.o.charAt(q)) === false) r.allRisky = false;
  if (c === '千' && has(MEASURE_AFTER_QIAN, r.ctx.t.charAt(q + 1))) {
    // 12千米, 2.3千克, 一百千瓦 → the 千 belongs to the unit; 两千米 → 2000 米
    if (r.last !== 'digit' || e >= first(r).lastSmall) return 'stop';
  }
  if (r.readings.some((s) => e >= s.lastSmall)) return 'stop';
  if (first(r).num === null) {
    if (r.last === 'none') {
      if (e !== 1 && !r.opts.leadingUnit) return 'stop';
    } else if (!(r.last === 'zero' || (r.last === 'small' && e === 1 && first(r).lastSmall >= 2 && q === r.pos))) {
      // 一百十一 = 111 (colloquial for 一百一十一); otherwise a multiplier needs a digit
      return 'stop';
    }
  }
  for (const s of r.readings) {
    const m = s.num && !decIsZero(s.num) ? s.num : decInt(1); // 零十 = 10
    s.section = decAdd(s.section, decShift(m, e));
    s.num = null;
    s.lastSmall = e;
  }
  r.chinese = true;
  r.hasUnit = true;
  r.digitOnly = false;
  r.pendingChinese = false;
  r.last = 'small';
  advance(r, q, q + 1);
  return 'next';
}

/** 廿 卅 卌 (20, 30, 40). */
function readTens(r: NumeralReader, q: number, tens: number): Step {
  if (r.seqMode || first(r).num !== null || first(r).lastSmall <= 1) return 'stop';
  if (!(r.last === 'none' || r.last === 'big' || r.last === 'zero' || r.last === 'small')) return 'stop';
  for (const s of r.readings) {
    s.section = decAdd(s.section, decInt(tens * 10));
    s.lastSmall = 1;
  }
  r.chinese = true;
  r.hasUnit = true;
  r.onlyUnits = false;
  r.digitOnly = false;
  r.allRisky = false;
  r.last = 'small';
  advance(r, q, q + 1);
  return 'next';
}

/** 万 亿 兆. */
function readBigUnit(r: NumeralReader, q: number, c: string, be: number): Step {
  if (r.seqMode) return 'stop';
  const nc = r.ctx.t.charAt(q + 1);
  if (c === '兆' && (has(NOT_AFTER_ZHAO, nc) || isAsciiLetter(nc))) return 'stop';
  if (r.last === 'none' && !r.opts.leadingUnit) return 'stop';
  if (r.last === 'zero' && first(r).num === null && decIsZero(first(r).section)) return 'stop';
  r.allRisky = false;
  const multiplyAll = r.last === 'big' || (r.last === 'approx' && first(r).num === null && decIsZero(first(r).section));
  for (const s of r.readings) applyBigUnit(s, be, r.last === 'none', multiplyAll);
  if (r.last !== 'big') r.magStart = q;
  r.magEnd = q + 1;
  r.lastBigExp = be;
  r.chinese = true;
  r.hasUnit = true;
  r.digitOnly = false;
  r.pendingChinese = false;
  r.last = 'big';
  advance(r, q, q + 1);
  return 'next';
}

/**
 * Multiply by 10^be: everything so far after 1.2万's decimals, 万万 and 十几万;
 * only the current section otherwise (三亿五千万), unless what is complete is
 * itself below the multiplier (三十万多亿 → 三十万多 × 亿).
 */
function applyBigUnit(s: Accumulator, be: number, leading: boolean, multiplyAll: boolean): void {
  if (s.frac) {
    s.result = decShift(accumulatedValue(s), be);
    s.section = ZERO;
    s.num = null;
    s.frac = null;
  } else if (leading) {
    s.result = decShift(decInt(1), be);
  } else if (multiplyAll) {
    s.result = decShift(decAdd(s.result, decAdd(s.section, s.num ?? ZERO)), be);
    s.section = ZERO;
    s.num = null;
  } else {
    const cur = decAdd(s.section, s.num ?? ZERO);
    const unit = decShift(decInt(1), be);
    const done = s.result;
    const below = !decIsZero(done) && done.n > 0n && lessThan(done, unit);
    s.result = below ? decShift(decAdd(done, cur), be) : decAdd(done, decShift(cur, be));
    s.section = ZERO;
    s.num = null;
  }
  s.lastSmall = NO_SMALL_UNIT;
}

/** 点 (Chinese decimal point) and the digits after it. */
function readDecimalPoint(r: NumeralReader, q: number): Step {
  const { t, stopAt } = r.ctx;
  const n = t.length;
  let k = q + 1;
  while (k < n && isSpace(t.charAt(k)) && k - q < MAX_SPACES_IN_NUMERAL) k++;
  if (!isDecimalDigitChar(t.charAt(k))) return 'stop';
  if (r.last === 'zero' && first(r).num === null && !r.seqMode && r.tokens > 1) {
    // 一千零点五 is not a numeral form; stop before 零
    return 'stop';
  }
  let digits = '';
  while (k < n && isDecimalDigitChar(t.charAt(k))) {
    if (stopAt && stopAt[k] === 1 && digits.length > 0) break;
    digits += String(decimalDigitValue(t.charAt(k)));
    k++;
  }
  const fr = decFromDigits('0', digits);
  if (r.seqMode) {
    r.seq += `.${digits}`;
  } else {
    for (const s of r.readings) s.frac = fr;
  }
  r.integer = false;
  r.onlyUnits = false;
  r.last = 'decimal';
  advance(r, q, k);
  return 'next';
}

/** 余 多 几 来: approximation inside the numeral (120余, 十几万, 三十来岁). */
function readApprox(r: NumeralReader, q: number, c: string): Step {
  if (r.seqMode || (r.approx && r.last !== 'big')) return 'stop';
  const { t } = r.ctx;
  const nc = t.charAt(q + 1);
  let ok = false;
  if (c === '几') ok = r.last === 'small' || r.last === 'big' || r.last === 'zero';
  else if (c === '来') ok = r.last === 'small' && /[个年天人名岁次元斤米家件条项位倍户座所万亿块]/.test(nc);
  else ok = r.last === 'small' || r.last === 'big' || (r.last === 'arabic' && r.integer && first(r).num !== null);
  if (!ok) return 'stop';
  if (c === '多' && nc === '元' && t.charAt(q + 2) === '化') return 'stop'; // 多元化
  r.approx = c === '来' ? 'about' : 'more-than';
  // 十几 = 10 (more-than); a pending digit was already folded into section
  r.last = 'approx';
  advance(r, q, q + 1);
  return 'next';
}

/** 半 at the start: 半百 (50), or 半 alone (0.5, needs a unit after it). */
function readHalf(r: NumeralReader, q: number): Step {
  if (r.ctx.t.charAt(q + 1) === '百') {
    for (const s of r.readings) s.section = decInt(50);
    r.chinese = true;
    r.onlyUnits = false;
    r.hasUnit = true;
    r.allRisky = false;
    advance(r, q, q + 2);
    r.last = 'small';
    for (const s of r.readings) s.lastSmall = 2;
    return 'next';
  }
  for (const s of r.readings) s.num = decFromDigits('0', '5');
  r.half = true;
  r.chinese = true;
  r.onlyUnits = false;
  r.allRisky = false;
  r.integer = false;
  advance(r, q, q + 1);
  return 'stop';
}

/**
 * A Chinese digit left pending right after 百/千/万/亿 (no 零) that could not be
 * read as part of a following multiplier is a colloquial trailing digit.
 */
function foldTrailingDigit(r: NumeralReader): void {
  if (!(r.pendingChinese && r.unitBeforeNum >= 2 && r.last === 'digit' && !r.pairDone)) return;
  for (const s of r.readings) {
    if (s.num) {
      s.section = decAdd(s.section, decShift(s.num, r.unitBeforeNum - 1));
      s.num = null;
    }
  }
}

function toNumeral(r: NumeralReader): Numeral {
  let value: Dec;
  let hi: Dec | null = null;
  if (r.seqMode) {
    const [ip, fp] = r.seq.split('.');
    value = decFromDigits(ip ?? '0', fp ?? '');
  } else {
    value = accumulatedValue(first(r));
    if (r.readings.length > 1) hi = accumulatedValue(r.readings[1]!);
  }
  const { chinese, arabic, hasUnit, chars } = r;
  return {
    start: r.start,
    end: r.end,
    value,
    hi,
    approx: r.approx,
    chinese,
    arabic,
    digitSeq: r.seqMode,
    seqHasZero: r.seqMode && r.seqHasZero,
    seqLen: r.seqMode ? (r.seq.split('.')[0] ?? '').length : 0,
    single: chars === 1 && chinese && !arabic,
    onlyUnits: r.onlyUnits && hasUnit && !arabic,
    hasUnit,
    integer: r.integer,
    arabicDigits: arabic && !chinese ? r.arabicDigits : -1,
    magnitude: r.magStart >= 0 && r.magEnd === r.end ? r.ctx.t.slice(r.magStart, r.magEnd) : '',
    risky: chinese && !arabic && r.allRisky && !(hasUnit && chars >= 2),
    half: r.half,
    malformed: r.malformed,
  };
}

function lessThan(a: Dec, b: Dec): boolean {
  const d = decAdd(a, { n: -b.n, s: b.s });
  return d.n < 0n;
}

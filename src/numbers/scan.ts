/**
 * Finding quantities in running text.
 */
import {
  CN_DIGIT,
  CN_ZERO,
  isAsciiDigit,
  isAsciiLetter,
  isCnNumeralChar,
  isHan,
  isSpace,
  normaliseChars,
} from './chars.js';
import {
  type Dec,
  decAdd,
  decCmp,
  decFromDigits,
  decInt,
  decNeg,
  decShift,
  decToNumber,
  decTooLarge,
} from './decimal.js';
import { lexicalMarks } from './lexicon.js';
import { type Numeral, type NumeralContext, has, readArabic, readNumeral } from './numeral.js';
import type { Approx, Quantity, QuantityError, QuantityKind } from './types.js';
import { CURRENCY_PREFIXES, type UnitDef, matchUnit } from './units.js';

/**
 * Options of `scanQuantities`.
 *
 * @example
 * ```ts
 * const opts: ScanOptions = { exclude: [{ start: 0, end: 4 }] };
 * ```
 */
export interface ScanOptions {
  /**
   * UTF-16 ranges (end exclusive) that belong to something else — typically
   * numbered formulations such as 四个意识 found by another analyzer. No
   * quantity is read inside them or across them.
   */
  readonly exclude?: ReadonlyArray<{ readonly start: number; readonly end: number }>;
}

// ---------------------------------------------------------------------------

/**
 * A value: exact decimal when possible, float after a division (fractions).
 *
 * @internal
 * @example
 * ```ts
 * const third: Val = { dec: null, float: 1 / 3 };
 * ```
 */
export interface Val {
  dec: Dec | null;
  float: number | null;
}

interface Element {
  start: number;
  end: number;
  val: Val;
  hi: Val | null;
  nm: Numeral;
  kind: QuantityKind;
  unit: string | null;
  unitDef: UnitDef | null;
  approx: Approx | null;
  /** Value came from 百分之/千分之 etc. */
  pctPrefix: boolean;
  /** Decimal shift from the written numerator to percent units (百分之 0, 千分之 -1). */
  pctShift?: number;
  fraction: boolean;
  error?: QuantityError;
  claimFalse?: boolean;
}

interface Cand {
  start: number;
  end: number;
  value: Val | null;
  min: Val | null;
  max: Val | null;
  kind: QuantityKind;
  approx: Approx | null;
  unit: string | null;
  claimFalse: boolean;
  error?: QuantityError;
  /** Approximation from a suffix word (以上, 左右); the numeral's own and the prefix's win. */
  sfx?: Approx;
}

interface Scan {
  t: string;
  o: string;
  n: number;
  ctx: NumeralContext;
  inside: Uint8Array;
}

type Try = { cand: Cand } | { next: number };

const LOWER: ReadonlySet<Approx> = new Set(['more-than', 'at-least']);
const UPPER: ReadonlySet<Approx> = new Set(['less-than', 'at-most']);

interface Prefix {
  w: string;
  approx: Approx | null;
  lead: boolean;
  cmp?: boolean;
  vague?: boolean;
}

const PREFIXES: Prefix[] = (
  [
    ['大于或者等于', 'at-least'],
    ['大于或等于', 'at-least'],
    ['大于等于', 'at-least'],
    ['不小于', 'at-least'],
    ['不低于', 'at-least'],
    ['不少于', 'at-least'],
    ['至少', 'at-least'],
    ['最少', 'at-least'],
    ['起码', 'at-least'],
    ['最低', 'at-least'],
    ['不下', 'at-least'],
    ['≥', 'at-least'],
    ['>=', 'at-least'],
    ['小于或者等于', 'at-most'],
    ['小于或等于', 'at-most'],
    ['小于等于', 'at-most'],
    ['不大于', 'at-most'],
    ['不高于', 'at-most'],
    ['不多于', 'at-most'],
    ['不超过', 'at-most'],
    ['不超出', 'at-most'],
    ['至多', 'at-most'],
    ['最多', 'at-most'],
    ['最高', 'at-most'],
    ['≤', 'at-most'],
    ['<=', 'at-most'],
    ['超过', 'more-than'],
    ['超出', 'more-than'],
    ['突破', 'more-than'],
    ['多于', 'more-than'],
    ['大于', 'more-than'],
    ['高于', 'more-than'],
    ['逾', 'more-than'],
    ['超', 'more-than'],
    ['>', 'more-than'],
    ['不到', 'less-than'],
    ['不足', 'less-than'],
    ['不满', 'less-than'],
    ['少于', 'less-than'],
    ['小于', 'less-than'],
    ['低于', 'less-than'],
    ['将近', 'less-than'],
    ['接近', 'less-than'],
    ['近', 'less-than'],
    ['<', 'less-than'],
    ['大约', 'about'],
    ['大概', 'about'],
    ['大致', 'about'],
    ['约', 'about'],
  ] as Array<[string, Approx]>
)
  .map(([w, approx]): Prefix => ({ w, approx, lead: true }))
  .concat([
    { w: '上', approx: 'more-than', lead: true, vague: true },
    { w: '数', approx: 'more-than', lead: true, vague: true },
    { w: '几', approx: 'more-than', lead: true, vague: true },
    { w: '比', approx: null, lead: false, cmp: true },
  ])
  .sort((a, b) => b.w.length - a.w.length);

const PREFIX_FIRST = new Set(PREFIXES.map((p) => p.w.charAt(0)));

const SUFFIXES: Array<[string, Approx]> = [
  ['或者以上', 'at-least'],
  ['或以上', 'at-least'],
  ['及以上', 'at-least'],
  ['以上', 'at-least'],
  ['或者以下', 'at-most'],
  ['或以下', 'at-most'],
  ['及以下', 'at-most'],
  ['以下', 'at-most'],
  ['以内', 'at-most'],
  ['之内', 'at-most'],
  ['之上', 'more-than'],
  ['之下', 'less-than'],
  ['左右', 'about'],
  ['上下', 'about'],
  ['开外', 'more-than'],
  ['有余', 'more-than'],
  ['出头', 'more-than'],
  ['或者更多', 'at-least'],
  ['或更多', 'at-least'],
];

const FUNC_AFTER_BARE = '是和与或及那这却而不的也就都还在，';
const VAGUE_OK_BEFORE = '达有了的和与近超约为到至逾及等或是在计共涉带';
const RANGE_CONNECTORS = ['——', '—', '–', '-', '~', '至', '到'];
const PLAN_AFTER = /^(行动|计划|规划|攻坚|奋斗目标|目标|工程|禁渔|专项|来|以来|纪念)/;
const FOUNDING_BEFORE = /(建党|建军|建国|成立|诞辰|建院|建校|建市|解放)$/;
const CHENG_NOT_BEFORE = '员为果立功效就长本熟型交绩都败品套片批群千色形像份活风语规全年人才了家事器材药衣熟';
const ZHE_NOT_BEFORE = '合算旧射叠扣返腾中线价现子磨服';
const HALF_NOT_BEFORE = '导岛径夜边身场封自山坡空途截决数壁拉推工价';

function val(dec: Dec): Val {
  return { dec, float: null };
}

/**
 * JS number of an internal value.
 *
 * @internal
 * @example
 * ```ts
 * valNumber({ dec: null, float: 0.5 }); // 0.5
 * ```
 */
export function valNumber(v: Val): number {
  return v.dec ? decToNumber(v.dec) : (v.float ?? NaN);
}

/**
 * Is the value beyond `Number.MAX_SAFE_INTEGER`?
 *
 * @internal
 * @example
 * ```ts
 * valTooLarge({ dec: null, float: 1e20 }); // true
 * ```
 */
export function valTooLarge(v: Val): boolean {
  if (v.dec) return decTooLarge(v.dec);
  return v.float !== null && Math.abs(v.float) > Number.MAX_SAFE_INTEGER;
}

function valScale(v: Val, scale: number): Val {
  if (scale === 1) return v;
  if (v.dec) {
    const k = Math.round(Math.log10(scale));
    if (10 ** k === scale) return val(decShift(v.dec, k));
  }
  return { dec: null, float: valNumber(v) * scale };
}

function valCmp(a: Val, b: Val): number {
  if (a.dec && b.dec) return decCmp(a.dec, b.dec);
  const x = valNumber(a);
  const y = valNumber(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function valNeg(v: Val): Val {
  return v.dec ? val(decNeg(v.dec)) : { dec: null, float: -(v.float ?? 0) };
}

function isIntegerIn(nm: Numeral, lo: number, hi: number): boolean {
  if (!nm.integer || nm.hi) return false;
  const v = decToNumber(nm.value);
  return Number.isInteger(v) && v >= lo && v <= hi;
}

function skipSpaces(t: string, p: number, max = 3): number {
  let q = p;
  while (q < t.length && isSpace(t.charAt(q)) && q - p < max) q++;
  return q;
}

function isBoundary(c: string): boolean {
  return c === '' || (!isHan(c) && !isAsciiLetter(c) && !isAsciiDigit(c));
}

function atLineStart(t: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && isSpace(t.charAt(k))) k--;
  return k < 0 || t.charAt(k) === '\n' || t.charAt(k) === '\r';
}

// ---------------------------------------------------------------------------
// Elements: [sign] numeral [fraction] [unit + unit extras]

function readSign(S: Scan, j: number): { neg: boolean; p: number } {
  const { t } = S;
  const c = t.charAt(j);
  if (c === '负') {
    const q = skipSpaces(t, j + 1);
    if (isCnNumeralChar(t.charAt(q)) || isAsciiDigit(t.charAt(q))) return { neg: true, p: q };
    return { neg: false, p: j };
  }
  if (c === '-' || c === '+') {
    const prev = t.charAt(j - 1);
    if (isAsciiDigit(prev) || isAsciiLetter(prev) || prev === ')' || prev === '.') return { neg: false, p: j };
    const q = skipSpaces(t, j + 1, 1);
    if (isAsciiDigit(t.charAt(q)) || (t.charAt(q) === '.' && isAsciiDigit(t.charAt(q + 1))))
      return { neg: c === '-', p: q };
  }
  return { neg: false, p: j };
}

/** 百分之 / 千分之 / 万分之 / 百万分之 … / 十分之 at p. */
function readPercentPrefix(
  S: Scan,
  p: number,
): { end: number; val: Val; percent: boolean; nm: Numeral; shift: number } | null {
  const { t } = S;
  if (!has('十百千万亿拾佰仟', t.charAt(p))) return null;
  const den = readNumeral(S.ctx, p, { leadingUnit: true });
  if (!den?.onlyUnits) return null;
  const fr = fractionAt(S, den.end);
  if (!fr) return null;
  const num = fr.num;
  const denExp = den.value.n.toString().length - 1 - den.value.s;
  let v = decShift(num.value, 2 - denExp);
  if (fr.neg) v = decNeg(v);
  if (denExp <= 1) {
    const f = decShift(num.value, -denExp);
    return { end: num.end, val: val(fr.neg ? decNeg(f) : f), percent: false, nm: num, shift: -denExp };
  }
  return { end: num.end, val: val(v), percent: true, nm: num, shift: 2 - denExp };
}

function fractionAt(S: Scan, p: number): { start: number; end: number; num: Numeral; neg: boolean } | null {
  const { t } = S;
  let q = skipSpaces(t, p);
  if (t.charAt(q) !== '分') return null;
  q = skipSpaces(t, q + 1);
  if (t.charAt(q) !== '之') return null;
  q = skipSpaces(t, q + 1);
  const sg = readSign(S, q);
  const num = readNumeral(S.ctx, sg.p, { leadingUnit: true });
  if (!num || num.half || num.hi) return null;
  return { start: p, end: num.end, num, neg: sg.neg };
}

/** Unit after p (up to 4 spaces), with contextual decisions. */
function unitAt(
  S: Scan,
  p: number,
  nm: Numeral,
  start: number,
): { def: UnitDef; end: number; kind: QuantityKind; text: string } | null {
  const { t } = S;
  const q = skipSpaces(t, p, 4);
  if (q > p && q - p > 1 && !/[个百]/.test(t.charAt(q))) {
    // long runs of spaces only before 个百分点
    return null;
  }
  const def = matchUnit(t, q);
  if (!def) return null;
  let end = q + def.text.length;
  const next = t.charAt(end);
  const v = decToNumber(nm.value);
  let kind: QuantityKind;
  switch (def.cls) {
    case 'count':
      kind = 'count';
      if (def.text === '点' && !nm.integer) return null;
      if (def.text === '期' && t.startsWith('工程', end)) kind = 'ordinal'; // 一期工程 = phase one
      break;
    case 'duration':
      kind = 'duration';
      if (def.text === '年') {
        if ((nm.arabicDigits === 4 && v >= 1000 && v <= 2199) || (nm.digitSeq && nm.seqLen === 4)) kind = 'year';
      } else if (def.text === '日') {
        if (isIntegerIn(nm, 1, 31)) kind = 'date';
      }
      break;
    case 'measure':
      kind = 'measure';
      if (def.text === '升' && has('至到', next) && !/^[至到][^升]{1,6}升/.test(t.slice(end, end + 9))) return null;
      if (def.text === '分') {
        if (
          !(
            isBoundary(next) ||
            next === '的' ||
            t.startsWith('以上', end) ||
            t.startsWith('以下', end) ||
            t.startsWith('左右', end)
          )
        )
          return null;
        if (t.charAt(start - 1) === '时' || t.charAt(start - 1) === '点') kind = 'date';
      }
      if (def.text === '度' && nm.single && decToNumber(nm.value) === 1) return null;
      if (def.text === '两' && S.t.slice(nm.start, nm.end) === '两') return null; // 两两
      break;
    case 'money':
      kind = 'money';
      if (def.text === '块') {
        const ok =
          '钱角毛分'.includes(next) ||
          next === '' ||
          CN_DIGIT.has(next) ||
          CN_ZERO.has(next) ||
          isAsciiDigit(next) ||
          isBoundary(next) ||
          t.startsWith('以上', end) ||
          t.startsWith('以下', end) ||
          t.startsWith('左右', end);
        if (!ok) return { def: { text: '块', cls: 'count' }, end, kind: 'count', text: '块' };
      }
      break;
    case 'percent':
      kind = 'percent';
      if (def.text === '成') {
        if (!(v > 0 && v <= 10) || (next !== '' && CHENG_NOT_BEFORE.includes(next))) return null;
      } else if (def.text === '折') {
        const twoDigit = (nm.arabicDigits === 2 && nm.integer) || (nm.digitSeq && nm.seqLen === 2);
        if (!((v > 0 && v <= 10) || twoDigit) || (next !== '' && ZHE_NOT_BEFORE.includes(next))) return null;
      }
      break;
    case 'percentage-point':
      kind = 'percentage-point';
      break;
    case 'multiple':
      kind = 'multiple';
      if (def.text === '番' && t.charAt(start - 1) !== '翻') return null;
      break;
    case 'date':
      kind = 'date';
      if (def.text === '月') {
        if (!isIntegerIn(nm, 1, 12)) return null;
      } else if (def.text === '季度') {
        if (!isIntegerIn(nm, 1, 4)) kind = 'duration';
      } else if (def.text === '时') {
        if (!isIntegerIn(nm, 0, 24)) return null;
      } else if (def.text === '年度') {
        if ((nm.arabicDigits === 4 && v >= 1000 && v <= 2199) || (nm.digitSeq && nm.seqLen === 4)) kind = 'year';
        else kind = 'duration';
      }
      break;
    case 'ordinal':
      kind = 'ordinal';
      break;
    case 'identifier':
      kind = 'identifier';
      if (
        def.text === '号' &&
        (t.charAt(start - 1) === '月' || /月\d{1,2}$/.test(t.slice(Math.max(0, start - 3), start)))
      )
        kind = 'date';
      break;
  }
  end = q + def.text.length;
  return { def, end, kind, text: def.text };
}

const SIMPLE_DIGIT = (S: Scan, p: number): { d: number; end: number } | null => {
  const c = S.t.charAt(p);
  const d = CN_DIGIT.get(c);
  if (d !== undefined) return { d, end: p + 1 };
  if (isAsciiDigit(c) && !isAsciiDigit(S.t.charAt(p + 1))) return { d: c.charCodeAt(0) - 48, end: p + 1 };
  return null;
};

const JIAO = '角毛毫';
const FINANCIAL = /[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]/;

/**
 * 角/毛 and 分 amounts after 元/块 (五元六角, 50元6角三分, 一块二, 三块零四,
 * 零角零分) or on their own for financial numerals (肆角叁分). `d0` is an
 * already-read first digit (the numeral itself, for 壹角).
 */
function subUnits(
  S: Scan,
  p: number,
  colloquial: boolean,
  d0: { d: number; end: number } | null,
): { add: Dec; end: number } | null {
  const { t } = S;
  let q = p;
  let zero = false;
  let d1 = d0;
  if (!d1) {
    if (CN_ZERO.has(t.charAt(q))) {
      zero = true;
      q++;
    }
    d1 = SIMPLE_DIGIT(S, q);
    if (!d1 && zero && has(`${JIAO}分`, t.charAt(q))) d1 = { d: 0, end: q };
  }
  if (!d1) return null;
  const c1 = t.charAt(d1.end);
  let add: Dec;
  let end: number;
  if (has(JIAO, c1)) {
    add = decShift(decInt(d1.d), -1);
    end = d1.end + 1;
    let r = end;
    let z2 = false;
    if (CN_ZERO.has(t.charAt(r))) {
      z2 = true;
      r++;
    }
    let d2 = SIMPLE_DIGIT(S, r);
    if (!d2 && z2 && t.charAt(r) === '分') d2 = { d: 0, end: r };
    if (d2) {
      const c2 = t.charAt(d2.end);
      if (c2 === '分' && t.charAt(d2.end + 1) !== '之') {
        add = decAdd(add, decShift(decInt(d2.d), -2));
        end = d2.end + 1;
      } else if (colloquial && !isHan(c2) && !z2) {
        add = decAdd(add, decShift(decInt(d2.d), -2));
        end = d2.end;
      }
    }
  } else if (c1 === '分' && t.charAt(d1.end + 1) !== '之') {
    add = decShift(decInt(d1.d), -2);
    end = d1.end + 1;
  } else if (
    colloquial &&
    d0 === null &&
    (isBoundary(c1) || has('到至和与或', c1) || t.startsWith('以上', d1.end) || t.startsWith('以下', d1.end))
  ) {
    add = decShift(decInt(d1.d), zero ? -2 : -1);
    end = d1.end;
  } else {
    return null;
  }
  if (t.charAt(end) === '整' || t.charAt(end) === '正') end++;
  return { add, end };
}

/** 元/块 followed by 角/毛/分 amounts (五元六角, 一块二, 三块零四, 两美元又三美分). */
function moneyTail(S: Scan, p: number, unit: string): { add: Dec; end: number } | null {
  const { t } = S;
  if (unit.endsWith('美元') || unit.endsWith('欧元')) {
    if (t.charAt(p) !== '又' && t.charAt(p) !== '零') return null;
    const nm = readNumeral(S.ctx, p + 1);
    const sub = unit.endsWith('美元') ? '美分' : '欧分';
    if (nm && !nm.hi && t.startsWith(sub, nm.end)) return { add: decShift(nm.value, -2), end: nm.end + 2 };
    return null;
  }
  if (!['元', '圆', '块', '块钱', '蚊'].includes(unit)) return null;
  const sub = subUnits(S, p, unit !== '元' && unit !== '圆', null);
  if (sub) return sub;
  if (t.charAt(p) === '整' || t.charAt(p) === '正') return { add: decInt(0), end: p + 1 };
  // 零元 … 0.0X: 一元零五 is rare; only the explicit 零 + digit after 元
  if (CN_ZERO.has(t.charAt(p)) && unit === '元') {
    const d = SIMPLE_DIGIT(S, p + 1);
    if (d && isBoundary(t.charAt(d.end))) return { add: decShift(decInt(d.d), -2), end: d.end };
  }
  return null;
}

function readElement(S: Scan, j: number, lead: boolean): Element | null {
  const { t } = S;
  const sg = readSign(S, j);
  const p = sg.p;

  // 百分之五 / 千分之三 / 十分之一
  const pp = readPercentPrefix(S, p);
  if (pp) {
    return {
      start: j,
      end: pp.end,
      val: sg.neg ? valNeg(pp.val) : pp.val,
      hi: null,
      nm: pp.nm,
      kind: pp.percent ? 'percent' : 'fraction',
      unit: null,
      unitDef: null,
      approx: pp.nm.approx,
      pctPrefix: true,
      pctShift: pp.shift,
      fraction: !pp.percent,
    };
  }

  const nm = readNumeral(S.ctx, p, { leadingUnit: lead });
  if (!nm) return null;
  let v: Val = val(nm.value);
  let hi: Val | null = nm.hi ? val(nm.hi) : null;
  let end = nm.end;
  let fraction = false;
  let error: QuantityError | undefined = nm.malformed ? 'unparseable' : undefined;

  // X分之Y
  const fr = nm.half ? null : fractionAt(S, end);
  if (fr && !nm.hi) {
    const den = decToNumber(nm.value);
    const num = decToNumber(fr.num.value) * (fr.neg ? -1 : 1);
    v = den === 0 ? { dec: null, float: null } : { dec: null, float: num / den };
    if (den === 0) error = 'unparseable';
    end = fr.end;
    fraction = true;
  } else if (!nm.hi && !nm.half && t.charAt(skipSpaces(t, end)) === '又') {
    // 一百万又五十万分之二十五, 3又一千分之23
    const d = readNumeral(S.ctx, skipSpaces(t, skipSpaces(t, end) + 1), { leadingUnit: true });
    const f2 = d ? fractionAt(S, d.end) : null;
    if (d && f2) {
      const den = decToNumber(d.value);
      const whole = decToNumber(nm.value);
      const part = den === 0 ? NaN : decToNumber(f2.num.value) / den;
      v = { dec: null, float: whole + part };
      end = f2.end;
      fraction = true;
    }
  } else if (nm.arabic && !nm.chinese && nm.integer && !nm.hi) {
    // 1/2, -3/2, and mixed 1 4/3
    if (t.charAt(end) === '/' && isAsciiDigit(t.charAt(end + 1))) {
      const b = readArabic(S.ctx, end + 1);
      if (
        b &&
        !b.dot &&
        !b.sep &&
        t.charAt(b.end) !== '/' &&
        !(t.charAt(b.end) === '.' && isAsciiDigit(t.charAt(b.end + 1)))
      ) {
        const den = decToNumber(b.dec);
        v = den === 0 ? { dec: null, float: null } : { dec: null, float: decToNumber(nm.value) / den };
        if (den === 0) error = 'unparseable';
        end = b.end;
        fraction = true;
      }
    } else if (t.charAt(end) === ' ' && isAsciiDigit(t.charAt(end + 1))) {
      const a = readArabic(S.ctx, end + 1);
      if (a && !a.dot && !a.sep && t.charAt(a.end) === '/' && isAsciiDigit(t.charAt(a.end + 1))) {
        const b = readArabic(S.ctx, a.end + 1);
        if (b && !b.dot && !b.sep && t.charAt(b.end) !== '/') {
          const den = decToNumber(b.dec);
          v = { dec: null, float: decToNumber(nm.value) + decToNumber(a.dec) / den };
          end = b.end;
          fraction = true;
        }
      }
    }
  }

  if (sg.neg) {
    // a negated range swaps its ends (-十二三 is −13 to −12, not −12 to −13)
    if (hi) [v, hi] = [valNeg(hi), valNeg(v)];
    else v = valNeg(v);
  }

  let kind: QuantityKind = fraction ? 'fraction' : 'number';
  let unit: string | null = null;
  let unitDef: UnitDef | null = null;
  let approx: Approx | null = nm.approx;
  // 肆角叁分, 壹分 (financial numerals counting 角/分 on their own)
  if (
    !fraction &&
    !nm.hi &&
    nm.integer &&
    FINANCIAL.test(S.o.slice(nm.start, nm.end)) &&
    has(`${JIAO}分`, t.charAt(end))
  ) {
    const v0 = decToNumber(nm.value);
    if (v0 >= 0 && v0 <= 9) {
      const sub = subUnits(S, end, false, { d: v0, end });
      if (sub) {
        const add = sg.neg ? decNeg(sub.add) : sub.add;
        return {
          start: j,
          end: sub.end,
          val: val(add),
          hi: null,
          nm,
          kind: 'money',
          unit: '元',
          unitDef: { text: '元', cls: 'money' },
          approx: null,
          pctPrefix: false,
          fraction: false,
        };
      }
    }
  }
  const u = fraction && !nm.hi ? unitAtFraction(S, end, nm, j) : unitAt(S, end, nm, j);
  if (u) {
    unitDef = u.def;
    kind = u.kind;
    unit = u.text;
    end = u.end;
    const scale = u.def.scale ?? 1;
    if (u.def.cls === 'percent' && u.def.text === '折') {
      const raw = decToNumber(nm.value);
      if (nm.half)
        v = val(decInt(50)); // 半折 = half price
      else if (raw > 10) v = val(nm.value);
      else v = valScale(v, 10);
    } else if (scale !== 1) {
      v = valScale(v, scale);
      if (hi) hi = valScale(hi, scale);
    }
    // 个 + 半/多 + time or measure unit: 一个半月, 三个多小时; 20个比特币
    if (u.text === '个') {
      const c = t.charAt(end);
      if (c === '半' || c === '多') {
        const u2 = matchUnit(t, end + 1);
        if (u2 && (u2.cls === 'duration' || u2.cls === 'measure' || u2.text === '月')) {
          if (c === '半') v = valAdd(v, decFromDigits('0', '5'));
          else approx = approx ?? 'more-than';
          unit = u2.text.startsWith('个') ? u2.text : `个${u2.text}`;
          kind = u2.cls === 'measure' ? 'measure' : 'duration';
          end = end + 1 + u2.text.length;
        }
      } else {
        const u2 = matchUnit(t, end);
        if (u2 && u2.cls === 'money') {
          unit = u2.text;
          kind = 'money';
          end += u2.text.length;
        } else if (u2 && (u2.text === '月' || u2.text === '季度' || u2.text === '年度')) {
          kind = 'duration';
          unit = `个${u2.text}`;
          end += u2.text.length;
        } else if (u2 && u2.cls === 'measure' && !/^[a-zA-Z]/.test(u2.text) && u2.text !== '分' && u2.text !== '度') {
          kind = 'measure';
          unit = u2.text;
          end += u2.text.length;
        }
      }
    }
    if (kind === 'money') {
      const tail = moneyTail(S, end, u.text);
      if (tail && !nm.hi && v.dec) {
        v = val(decAdd(v.dec, sg.neg ? decNeg(tail.add) : tail.add));
        end = tail.end;
      }
      if (nm.magnitude && nm.end === (u ? skipSpaces(t, nm.end, 4) : nm.end) && !fraction) unit = nm.magnitude + unit;
    }
    // 三米九 = 3.9 米
    if (u.text === '米' && !nm.hi) {
      const c = t.charAt(end);
      const d = CN_DIGIT.get(c);
      if (d !== undefined && c !== '两' && !isCnNumeralChar(t.charAt(end + 1)) && !matchUnit(t, end + 1) && v.dec) {
        v = val(decAdd(v.dec, decShift(decInt(d), -1)));
        end++;
      }
    }
    // 一年半, 一吨半, 三成半
    if (
      t.charAt(end) === '半' &&
      !nm.hi &&
      kind !== 'money' &&
      kind !== 'year' &&
      kind !== 'date' &&
      !has(HALF_NOT_BEFORE, t.charAt(end + 1)) &&
      !matchUnit(t, end + 1)
    ) {
      v = u.def.text === '成' ? valAdd(v, decInt(5)) : valAdd(v, decFromDigits('0', '5'));
      end++;
    }
    // 两年多, 一年余, 三个月多
    if (kind === 'duration' && (t.charAt(end) === '多' || t.charAt(end) === '余')) {
      const c = t.charAt(end + 1);
      if (isBoundary(c) || '来时的后前里间内中'.includes(c)) {
        approx = approx ?? 'more-than';
        end++;
      }
    }
  } else if (nm.half) {
    return null;
  }
  return { start: j, end, val: v, hi, nm, kind, unit, unitDef, approx, pctPrefix: false, fraction, error };
}

function valAdd(v: Val, d: Dec): Val {
  if (v.dec) return val(decAdd(v.dec, d));
  return { dec: null, float: (v.float ?? 0) + decToNumber(d) };
}

function unitAtFraction(S: Scan, p: number, nm: Numeral, start: number): ReturnType<typeof unitAt> {
  const u = unitAt(S, p, nm, start);
  if (!u) return null;
  if (u.kind === 'measure' || u.kind === 'count' || u.kind === 'duration' || u.kind === 'money') return u;
  return null;
}

// ---------------------------------------------------------------------------

function cand(
  start: number,
  end: number,
  value: Val | null,
  kind: QuantityKind,
  unit: string | null,
  approx: Approx | null = null,
  claimFalse = false,
): Cand {
  return { start, end, value, min: null, max: null, kind, approx, unit, claimFalse };
}

function suffixAt(S: Scan, p: number): { approx: Approx; end: number } | null {
  const { t } = S;
  const q = skipSpaces(t, p);
  for (const [w, a] of SUFFIXES) {
    if (!t.startsWith(w, q)) continue;
    const next = t.charAt(q + w.length);
    if (w === '上下' && !(isBoundary(next) || next === '的')) continue;
    if ((w.endsWith('以上') || w.endsWith('以下')) && next !== '' && '几各简称这那述所列'.includes(next)) continue;
    return { approx: a, end: q + w.length };
  }
  return null;
}

function rangeConnector(S: Scan, p: number): number | null {
  const { t } = S;
  const q = skipSpaces(t, p);
  for (const c of RANGE_CONNECTORS) {
    if (t.startsWith(c, q)) {
      const r = skipSpaces(t, q + c.length);
      if (c === '-' && r > q + 1 && q === p) return null; // "2- 3" is odd; "20 - 100" is fine
      return r;
    }
  }
  return null;
}

function elementKindForRange(e: Element): boolean {
  if (e.kind === 'ordinal' || e.kind === 'identifier' || e.hi) return false;
  return e.val.dec !== null || (e.fraction && e.val.float !== null);
}

/** The core quantity at j (after any prefix). */
function readCore(S: Scan, j: number, lead: boolean): Try {
  const { t } = S;
  const c = t.charAt(j);

  // ordinal 第N
  if (c === '第') {
    const nm = readNumeral(S.ctx, j + 1, {});
    if (!nm || nm.half) return { next: j + 1 };
    if (nm.hi) return { next: nm.end };
    return { cand: cand(j, nm.end, val(nm.value), 'ordinal', null, null, true) };
  }

  // numeric dates 2025-12-14, 2025/12/14
  if (isAsciiDigit(c)) {
    const m = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?!\d)/.exec(t.slice(j, j + 10));
    if (m) {
      const y = Number(m[1]);
      const mo = Number(m[3]);
      const d = Number(m[4]);
      if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && !isAsciiDigit(t.charAt(j - 1))) {
        return { cand: cand(j, j + m[0].length, val(decInt(y * 10000 + mo * 100 + d)), 'date', null, null, true) };
      }
    }
  }

  // currency prefixes: 人民币50元, $20, ¥300
  for (const cp of CURRENCY_PREFIXES) {
    if (!t.startsWith(cp, j)) continue;
    const q = skipSpaces(t, j + cp.length);
    const el = readElement(S, q, false);
    if (!el || el.hi || el.kind === 'percent' || el.kind === 'year') break;
    if (el.kind === 'money') return { cand: { ...elementCand(S, el), start: j } };
    if (el.kind !== 'number') break;
    return { cand: { ...cand(j, el.end, el.val, 'money', cp, el.approx), error: el.error } };
  }

  // temperatures: 摄氏37度, 华氏温度98.6度, 零下四摄氏度
  for (const tp of ['摄氏温度', '华氏温度', '摄氏', '华氏', '零下']) {
    if (!t.startsWith(tp, j)) continue;
    const q = skipSpaces(t, j + tp.length);
    const el = readElement(S, q, false);
    if (!el || el.hi) break;
    if (el.kind !== 'measure' && el.kind !== 'number') break;
    if (tp === '零下' && el.kind !== 'measure') break;
    const v = tp === '零下' ? valNeg(el.val) : el.val;
    return { cand: cand(j, el.end, v, 'measure', el.unit ?? (tp.startsWith('华') ? '华氏度' : '摄氏度'), el.approx) };
  }

  const el = readElement(S, j, lead);
  if (!el) return { next: j + 1 };
  // 入伍, 登陆, 收拾, 放肆: a lone risky financial character inside a word
  if (el.nm.risky && el.nm.single && isHan(t.charAt(j - 1))) return { next: el.nm.end };

  // ASCII letters glued to a number without a unit: 5G, 4K → identifiers, skip
  if (!el.unit && el.nm.arabic && isAsciiLetter(t.charAt(el.end))) {
    let k = el.end;
    while (k < S.n && /[A-Za-z0-9.]/.test(t.charAt(k))) k++;
    return { next: k };
  }
  if (el.nm.arabic && !el.nm.chinese && !el.fraction) {
    // dotted sequences (1.2.3, 2222.2222.22222) are versions / identifiers
    if (t.charAt(el.nm.end) === '.' && isAsciiDigit(t.charAt(el.nm.end + 1)) && !el.nm.integer) {
      let k = el.nm.end;
      while (k < S.n && /[0-9.]/.test(t.charAt(k))) k++;
      return { next: k };
    }
  }

  // 百分之八至九, 百分之五到百分之十
  if (el.pctPrefix && el.kind === 'percent' && !el.hi) {
    const rc0 = rangeConnector(S, el.end);
    if (rc0 !== null) {
      const el2 = readElement(S, rc0, false);
      if (
        el2 &&
        !el2.hi &&
        el2.val.dec &&
        el.val.dec &&
        (el2.kind === 'percent' || (el2.kind === 'number' && !el2.unit))
      ) {
        const hiV = el2.kind === 'percent' ? el2.val : val(decShift(el2.val.dec, el.pctShift ?? 0));
        if (valCmp(el.val, hiV) < 0) {
          const r = cand(j, el2.end, null, 'percent', null);
          r.min = el.val;
          r.max = hiV;
          return { cand: r };
        }
      }
    }
  }

  // ranges: 2—3个, 3至5年, 1.6m-3.9m, 5.6到5.78元, 两升到三升
  const rc = el.hi ? null : rangeConnector(S, el.end);
  if (rc !== null && elementKindForRange(el) && !el.pctPrefix) {
    const el2 = readElement(S, rc, false);
    if (el2 && elementKindForRange(el2) && !el2.nm.approx && !el.nm.approx) {
      const sameUnit = !el.unit || el.unit === el2.unit || (el.kind === 'money' && el2.kind === 'money');
      const lo = el.unit ? el.val : scaleLike(el, el2);
      if (sameUnit && valCmp(lo, el2.val) < 0) {
        const year = el2.kind === 'year' && el.nm.arabicDigits === 4;
        let kind: QuantityKind = year ? 'year' : el2.kind === 'number' && el.kind !== 'number' ? el.kind : el2.kind;
        if (el.kind === 'number' && el2.kind === 'year' && !year) kind = 'duration';
        const r = cand(j, el2.end, null, kind, el2.unit ?? el.unit, null, kind === 'year' || kind === 'date');
        r.min = lo;
        r.max = el2.val;
        return { cand: r };
      }
    }
  }

  // bare numerals need evidence to be quantities
  if (!el.unit && !el.fraction && !el.pctPrefix) {
    const nm = el.nm;
    // “十五”计划, “九五”时期: plan names
    if (
      t.charAt(j - 1) === '“' &&
      t.charAt(el.end) === '”' &&
      /^(计划|规划|时期|期间|末|初|以来)/.test(t.slice(el.end + 1, el.end + 3))
    ) {
      return { next: el.end };
    }
    if (nm.chinese && !nm.arabic) {
      const next = t.charAt(el.end);
      // 三中全会, 二中、三中全会 → ordinal
      if (
        next === '中' &&
        isIntegerIn(nm, 1, 9) &&
        (t.startsWith('全会', el.end + 1) || has('、，,和及', t.charAt(el.end + 1)))
      ) {
        return { cand: cand(j, el.end, el.val, 'ordinal', null, null, true) };
      }
      // 党的二十大, 十九大以来 → ordinal
      if (
        next === '大' &&
        (t.slice(Math.max(0, j - 2), j) === '党的' || isIntegerIn(nm, 11, 30)) &&
        !has('会学型量批家众小多', t.charAt(el.end + 1))
      ) {
        return { cand: cand(j, el.end, el.val, 'ordinal', null, null, true) };
      }
      // skip the rest of the numeral run when rejecting (computed only then: measuring it for every
      // accepted numeral of a long run — 零零零…, 一二三〇… — made the scan quadratic)
      const skipRun = (): Try => {
        let run = el.end;
        while (run < S.n && isCnNumeralChar(t.charAt(run))) run++;
        return { next: run };
      };
      if (nm.risky) return skipRun();
      if (nm.digitSeq) {
        if (!(nm.seqHasZero && nm.seqLen >= 3)) return skipRun();
      } else if (nm.hi) {
        if (!nm.hasUnit) return skipRun();
      } else if (nm.single) {
        const sfx = suffixAt(S, el.end);
        const ok =
          next === '' || isBoundary(next) || FUNC_AFTER_BARE.includes(next) || (sfx !== null && sfx.end === el.end + 2);
        if (!ok) return skipRun();
      }
    }
  }

  const cd = elementCand(S, el);
  if (!cd.min) {
    const sfx = suffixAt(S, cd.end);
    if (sfx) {
      cd.end = sfx.end;
      cd.sfx = sfx.approx;
    }
  }
  return { cand: cd };
}

const MAGNITUDE_EXP: Record<string, number> = { 万: 4, 亿: 8, 万亿: 12, 亿亿: 16, 万万: 8, 兆: 12 };

function scaleLike(el: Element, el2: Element): Val {
  // the unit and magnitude written after the second number apply to both:
  // 3至5年, 2-3L, 2—3万人 (20000–30000), 3000-5000万元
  let v = el.val;
  if (el2.nm.magnitude && !el.nm.magnitude && !el.nm.hasUnit) {
    const k = MAGNITUDE_EXP[el2.nm.magnitude];
    if (k !== undefined) v = valScale(v, 10 ** k);
  }
  if (el2.unitDef && el2.unitDef.text !== '折') v = valScale(v, el2.unitDef.scale ?? 1);
  return v;
}

function elementCand(S: Scan, el: Element): Cand {
  const r = cand(el.start, el.end, el.val, el.kind, el.unit, el.approx, false);
  if (el.error) r.error = el.error;
  if (el.hi) {
    r.value = null;
    r.min = el.val;
    r.max = el.hi;
    r.approx = null;
  }
  if (el.kind === 'percent' && !el.unit && el.pctPrefix) r.unit = null;
  void S;
  return r;
}

function matchPrefix(S: Scan, i: number): Prefix | null {
  const { t } = S;
  if (!PREFIX_FIRST.has(t.charAt(i))) return null;
  const prev = t.charAt(i - 1);
  for (const p of PREFIXES) {
    if (!t.startsWith(p.w, i)) continue;
    if (p.w === '近' && has('最附亲靠邻贴就逼将接', prev)) continue;
    if (p.w === '约' && has('制节契预简集公条婚邀相特合签履违毁守践隐纽大', prev)) continue;
    if (p.w === '超' && has('赶高', prev)) continue;
    if (p.vague) {
      const nx = t.charAt(i + 1);
      if (!(p.w === '上' ? '百千万亿' : '十百千万亿').includes(nx || '\u0000')) continue;
      if (isHan(prev) && !VAGUE_OK_BEFORE.includes(prev)) continue;
    }
    return p;
  }
  return null;
}

const BOUND_VERBS = ['组织', '开展', '召开', '举办', '安排', '需要', '应当', '保持', '完成', '培训', '要', '需', '应'];

function skipFiller(t: string, p: number, pre: Prefix): number {
  let q = p;
  if (t.charAt(q) === '了') q++;
  if (pre.approx === 'at-least' || pre.approx === 'at-most') {
    // 每年至少组织2次, 最多安排3天
    for (const v of BOUND_VERBS) {
      if (t.startsWith(v, q) && (isAsciiDigit(t.charAt(q + v.length)) || isCnNumeralChar(t.charAt(q + v.length)))) {
        return q + v.length;
      }
    }
  }
  for (const f of ['达到', '有', '为', '是', '达', '在']) {
    if (t.startsWith(f, q)) {
      q += f.length;
      break;
    }
  }
  return skipSpaces(t, q);
}

function headingAt(S: Scan, i: number): Cand | null {
  const { t } = S;
  const c = t.charAt(i);
  // 〔2025〕3号, [2025]3号
  if ('〔[【(〈'.includes(c)) {
    const m = /^[〔[【(〈](\d{4})[〕\]】)〉]第?(\d{1,4})号/.exec(t.slice(i, i + 16));
    if (m) return cand(i, i + m[0].length, val(decInt(Number(m[2]))), 'identifier', '号', null, true);
  }
  // (一) （二） (3)
  if (c === '(') {
    const nm = readNumeral(S.ctx, i + 1, {});
    if (
      nm &&
      !nm.hi &&
      nm.end - i <= 4 &&
      t.charAt(nm.end) === ')' &&
      nm.integer &&
      (nm.chinese || nm.arabicDigits > 0) &&
      !nm.digitSeq
    ) {
      return cand(i, nm.end + 1, val(nm.value), 'ordinal', null, null, true);
    }
    return null;
  }
  if (!atLineStart(t, i)) return null;
  const nm = readNumeral(S.ctx, i, {});
  if (!nm || nm.hi || !nm.integer || nm.digitSeq || nm.approx) return null;
  const after = t.charAt(nm.end);
  if (after === '、' && nm.end - i <= 3) return cand(i, nm.end + 1, val(nm.value), 'ordinal', null, null, true);
  if (
    nm.arabic &&
    !nm.chinese &&
    nm.arabicDigits > 0 &&
    nm.arabicDigits <= 2 &&
    after === '.' &&
    !isAsciiDigit(t.charAt(nm.end + 1))
  ) {
    return cand(i, nm.end + 1, val(nm.value), 'ordinal', null, null, true);
  }
  return null;
}

function enumerationAt(S: Scan, i: number): Cand | null {
  const { t } = S;
  const prev = t.charAt(i - 1);
  if (!(prev === '' || isBoundary(prev))) return null;
  const nm = readNumeral(S.ctx, i, {});
  if (!nm?.chinese || nm.arabic || nm.hi || !isIntegerIn(nm, 1, 20)) return null;
  if (t.charAt(nm.end) === '是' || (t.charAt(nm.end) === '要' && atLineStart(t, i))) {
    return cand(i, nm.end, val(nm.value), 'ordinal', null, null, true);
  }
  return null;
}

function tryAt(S: Scan, i: number): Try {
  const { t } = S;
  const c = t.charAt(i);

  const h = headingAt(S, i);
  if (h) return { cand: h };
  if (isCnNumeralChar(c)) {
    const e = enumerationAt(S, i);
    if (e) return { cand: e };
  }

  const pre = matchPrefix(S, i);
  if (pre) {
    const j = skipFiller(t, i + pre.w.length, pre);
    if (pre.cmp) {
      const r = readElement(S, j, false);
      if (r && !r.hi && (r.kind === 'number' || r.kind === 'fraction' || r.kind === 'percent')) {
        const k = skipSpaces(t, r.end);
        const ch = t.charAt(k);
        const a: Approx | null = has('大高多重长', ch) ? 'more-than' : has('小低少轻短', ch) ? 'less-than' : null;
        if (a) {
          const cd = elementCand(S, r);
          return { cand: { ...cd, start: i, end: k + 1, approx: r.approx ?? a } };
        }
      }
      return { next: i + 1 };
    }
    if (j < S.n && !S.inside[j]) {
      const core = readCore(S, j, pre.lead);
      if ('cand' in core) {
        const cd = core.cand;
        if (cd.kind === 'year' || cd.kind === 'date' || cd.kind === 'ordinal' || cd.kind === 'identifier') return core;
        if (pre.w === '近' && cd.kind === 'duration') return core; // 近三年: "the last three years"
        if (cd.min) return { cand: { ...cd, start: i } };
        return { cand: { ...cd, start: i, approx: cd.approx ?? pre.approx } };
      }
    }
    return { next: i + 1 };
  }

  if (S.inside[i]) return { next: i + 1 };
  return readCore(S, i, false);
}

const START_FLAGS: Uint8Array = (() => {
  const f = new Uint8Array(65536);
  const mark = (c: string): void => {
    f[c.charCodeAt(0)] = 1;
  };
  for (let d = 0; d <= 9; d++) mark(String(d));
  for (const c of PREFIX_FIRST) mark(c);
  for (const c of '.-+第负半(〔[【〈$¥€£人港UR摄华零') mark(c);
  for (let k = 0; k < 65536; k++) if (isCnNumeralChar(String.fromCharCode(k))) f[k] = 1;
  return f;
})();

function isStart(c: string): boolean {
  return START_FLAGS[c.charCodeAt(0)] === 1;
}

// ---------------------------------------------------------------------------
// Post-processing: 20和30之间, 大于100并且小于300, 1000以上，1500以下

const BETWEEN_GAP = /^\s*(和|与|跟|及|到|至)\s*$/;
const BETWEEN_AFTER = /^\s*(之间|中间|间)/;
const BOUND_GAP = /^[\s,，、]*(并且|而且|并|且|的同时|同时|和)?[\s,，、]*$/;

function mergeRanges(S: Scan, list: Cand[]): Cand[] {
  const out: Cand[] = [];
  for (let k = 0; k < list.length; k++) {
    const a = list[k]!;
    const b = list[k + 1];
    if (b && a.value && b.value && !a.min && !b.min) {
      const gap = S.t.slice(a.end, b.start);
      let after = BETWEEN_AFTER.exec(S.t.slice(b.end, b.end + 4));
      if (!after && b.unit === '间' && b.kind === 'count') {
        // 10000与20000间: the 间 read as a classifier is really "between"
        const bb = { ...b, end: b.end - 1, unit: null, kind: 'number' as QuantityKind };
        after = BETWEEN_AFTER.exec(S.t.slice(bb.end, bb.end + 4));
        if (after && BETWEEN_GAP.test(gap)) {
          list[k + 1] = bb;
          return mergeRanges(S, list);
        }
      }
      if (after && BETWEEN_GAP.test(gap) && !a.approx && !b.approx && !a.sfx && !b.sfx) {
        const [lo, hi] = valCmp(a.value, b.value) <= 0 ? [a.value, b.value] : [b.value, a.value];
        out.push({
          ...a,
          end: b.end + after[0].length,
          value: null,
          min: lo,
          max: hi,
          unit: b.unit ?? a.unit,
          kind: a.kind === 'number' ? b.kind : a.kind,
        });
        k++;
        continue;
      }
      const aa = a.approx ?? a.sfx;
      const ba = b.approx ?? b.sfx;
      if (aa && ba && BOUND_GAP.test(gap) && sameFamily(a, b)) {
        let lo: Val | null = null;
        let hi: Val | null = null;
        if (LOWER.has(aa) && UPPER.has(ba)) [lo, hi] = [a.value, b.value];
        else if (UPPER.has(aa) && LOWER.has(ba)) [lo, hi] = [b.value, a.value];
        if (lo && hi && valCmp(lo, hi) < 0) {
          out.push({
            ...a,
            end: b.end,
            value: null,
            min: lo,
            max: hi,
            approx: null,
            unit: b.unit ?? a.unit,
            kind: a.kind === 'number' ? b.kind : a.kind,
          });
          k++;
          continue;
        }
      }
    }
    out.push(a);
  }
  return out;
}

const LIST_GAP = /^(和|、|及|与|或|至)$/;
const LIST_KINDS: ReadonlySet<QuantityKind> = new Set([
  'percent',
  'percentage-point',
  'count',
  'measure',
  'duration',
  'year',
  'multiple',
]);

/**
 * A unit written once after a list applies to every member:
 * 分别高4.2和0.7个百分点, 1998、1999年.
 */
function propagateUnits(S: Scan, list: Cand[]): Cand[] {
  for (let k = list.length - 2; k >= 0; k--) {
    const a = list[k]!;
    const b = list[k + 1]!;
    if (a.kind !== 'number' || a.unit || !a.value || a.min || a.approx || a.sfx || !b.unit || !b.value || b.min)
      continue;
    if (!LIST_KINDS.has(b.kind) || b.unit === '成' || b.unit === '折') continue;
    if (!LIST_GAP.test(S.t.slice(a.end, b.start))) continue;
    const at = S.t.slice(a.start, a.end);
    if (/[万亿]/.test(S.t.slice(b.start, b.end)) && !/[万亿]/.test(at)) continue;
    if (b.kind === 'year' && !/^\d{4}$/.test(at)) continue;
    if (b.kind !== 'year' && /^\d{4}$/.test(at) && b.kind === 'duration') continue;
    list[k] = { ...a, kind: b.kind, unit: b.unit, claimFalse: b.claimFalse };
  }
  return list;
}

function sameFamily(a: Cand, b: Cand): boolean {
  if (a.kind === b.kind) return a.unit === b.unit || !a.unit || !b.unit;
  return a.kind === 'number' || b.kind === 'number' || a.kind === 'fraction' || b.kind === 'fraction';
}

function finalise(S: Scan, c: Cand): Quantity {
  let value: number | null = c.value ? valNumber(c.value) : null;
  let min: number | null = c.min ? valNumber(c.min) : null;
  let max: number | null = c.max ? valNumber(c.max) : null;
  let error = c.error;
  const big = [c.value, c.min, c.max].some((v) => v !== null && valTooLarge(v));
  if (big) error = 'too-large';
  if (error || (c.value && value !== null && !Number.isFinite(value))) {
    if (!error) error = 'unparseable';
    value = min = max = null;
  }
  let claim = !c.claimFalse && !['year', 'date', 'ordinal', 'identifier'].includes(c.kind);
  if (claim && c.kind === 'duration') {
    const after = S.t.slice(c.end, c.end + 4);
    const before = S.t.slice(Math.max(0, c.start - 3), c.start);
    if (c.unit === '周年' || PLAN_AFTER.test(after) || FOUNDING_BEFORE.test(before)) claim = false;
  }
  const q: Quantity = {
    text: S.o.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    value,
    min,
    max,
    kind: c.kind,
    approx: c.min ? null : (c.approx ?? c.sfx ?? null),
    unit: c.unit,
    claim,
  };
  if (error) q.error = error;
  return q;
}

/**
 * Find every quantity in a plain string.
 *
 * Results are sorted by `start`, never overlap, and satisfy
 * `text.slice(q.start, q.end) === q.text`. Numerals that are lexical (一些,
 * 统一, 进一步, 十分, 一年来, 一级抓一级 …) are not reported at all; years,
 * dates, ordinals, headings and document numbers are reported with
 * `claim: false`. See {@link QuantityKind} for the kinds.
 *
 * @throws TypeError when `text` is not a string or `exclude` is malformed.
 * @example
 * ```ts
 * scanQuantities('开展廉政谈话120余人次，阅读量超百万');
 * // [{ text: '120余人次', value: 120, approx: 'more-than', unit: '人次', kind: 'count', … },
 * //  { text: '超百万', value: 1000000, approx: 'more-than', kind: 'number', … }]
 * ```
 */
export function scanQuantities(text: string, options: ScanOptions = {}): Quantity[] {
  if (typeof text !== 'string')
    throw new TypeError(`tifa: scanQuantities expects a string, got ${describeValue(text)}`);
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`tifa: scanQuantities options must be an object, got ${describeValue(options)}`);
  }
  const exclude = options.exclude ?? [];
  if (!Array.isArray(exclude))
    throw new TypeError(`tifa: exclude must be an array of {start,end}, got ${describeValue(exclude)}`);
  let t = normaliseChars(text);
  if (exclude.length > 0) {
    for (const r of exclude) {
      if (
        !r ||
        typeof r.start !== 'number' ||
        typeof r.end !== 'number' ||
        !Number.isInteger(r.start) ||
        !Number.isInteger(r.end) ||
        r.start > r.end
      ) {
        throw new TypeError(
          `tifa: exclude range must be {start,end} integers with start <= end, got ${describeValue(r)}`,
        );
      }
    }
    // Blank the excluded ranges with NULs (same length), slice by slice.
    const ranges = [...exclude]
      .map((r) => [Math.max(0, r.start), Math.min(t.length, r.end)] as const)
      .filter(([a, b]) => b > a)
      .sort((x, y) => x[0] - y[0]);
    let masked = '';
    let pos = 0;
    for (const [a, b] of ranges) {
      if (b <= pos) continue;
      const from = Math.max(a, pos);
      masked += t.slice(pos, from) + '\u0000'.repeat(b - from);
      pos = b;
    }
    t = masked + t.slice(pos);
  }
  const lex = lexicalMarks(t);
  const S: Scan = { t, o: text, n: t.length, ctx: { t, o: text, stopAt: lex.starts }, inside: lex.inside };
  const found: Cand[] = [];
  let i = 0;
  while (i < S.n) {
    const c = t.charAt(i);
    if (!isStart(c)) {
      i++;
      continue;
    }
    // digits glued to ASCII letters (PM2.5, B12, G20, and PM⏎2.5 from wiki line breaks) are names
    let back = i - 1;
    while (back >= 0 && (t.charAt(back) === '\n' || t.charAt(back) === '\r')) back--;
    if (back === i - 1 && (t.charAt(back) === '-' || t.charAt(back) === '_')) back--; // COVID-19
    if (isAsciiDigit(c) && isAsciiLetter(t.charAt(back))) {
      while (i < S.n && /[A-Za-z0-9.]/.test(t.charAt(i))) i++;
      continue;
    }
    const r = tryAt(S, i);
    if ('cand' in r) {
      found.push(r.cand);
      i = Math.max(r.cand.end, i + 1);
    } else {
      i = Math.max(r.next, i + 1);
    }
  }
  return propagateUnits(S, mergeRanges(S, found)).map((c) => finalise(S, c));
}

/**
 * Short printable form of an offending value for `tifa:` error messages.
 *
 * @internal
 * @example
 * ```ts
 * describeValue(null); // 'null'
 * ```
 */
export function describeValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  try {
    const s = JSON.stringify(v);
    if (s !== undefined) return s.length > 60 ? `${s.slice(0, 60)}…` : s;
  } catch {
    // fall through
  }
  return String(v);
}

/**
 * Read one value spanning the whole (normalised, trimmed) string, for
 * `resolveNumber`. Returns null when the string is not a single numeral.
 *
 * @internal
 * @example
 * ```ts
 * readWhole('1.2万')?.value; // { dec: { n: 12000n, s: 0 }, float: null }
 * ```
 */
export function readWhole(
  text: string,
): { value: Val | null; hi: Val | null; approx: Approx | null; error?: QuantityError } | null {
  const t = normaliseChars(text);
  const S: Scan = { t, o: text, n: t.length, ctx: { t, o: text }, inside: new Uint8Array(t.length) };
  const el = readElement(S, 0, true);
  if (!el || el.end !== t.length) return null;
  if (el.nm.onlyUnits && /^[万亿兆]+$/.test(t.slice(el.nm.start, el.nm.end))) return null; // 万, 万万 alone are words
  if (el.unit && !(el.kind === 'percent' || el.kind === 'percentage-point')) return null;
  const r: { value: Val | null; hi: Val | null; approx: Approx | null; error?: QuantityError } = {
    value: el.val,
    hi: el.hi,
    approx: el.approx,
  };
  if (el.error) r.error = el.error;
  return r;
}

/**
 * Elements: one `[sign] numeral [fraction] [unit + unit extras]` group, the unit
 * of which range and quantity candidates are built (负三十二, 百分之五, 三分之一,
 * 1 4/3, 一个半月, 五元六角, 三米九, 一年半).
 *
 * @internal
 */
import { CN_DIGIT, isAsciiDigit, isAsciiLetter, isCnNumeralChar } from './chars.js';
import { decAdd, decFromDigits, decInt, decNeg, decShift, decToNumber } from './decimal.js';
import { type Numeral, has, readArabic, readNumeral } from './numeral.js';
import { FINANCIAL, JIAO, moneyTail, subUnits } from './money.js';
import { MAX_SPACES_BEFORE_UNIT, type Scan, isBoundary, skipSpaces } from './text.js';
import type { Approx, QuantityError, QuantityKind } from './types.js';
import { type UnitMatch, unitAt, unitAtFraction } from './unit-at.js';
import { type UnitDef, matchUnit } from './units.js';
import { type Val, val, valAdd, valNeg, valScale } from './value.js';

/**
 * One `[sign] numeral [fraction] [unit]` group as read, before ranges and prefixes.
 *
 * @example
 * ```ts
 * readElement(scan, 0, false); // on '一年半': { val: 1.5, unit: '年', kind: 'duration', … }
 * ```
 */
export interface Element {
  start: number;
  end: number;
  val: Val;
  /** Upper end of an adjacent-digit range (三四个), else null. */
  hi: Val | null;
  numeral: Numeral;
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

const HALF_NOT_BEFORE = '导岛径夜边身场封自山坡空途截决数壁拉推工价';

// ---------------------------------------------------------------------------
// Elements: [sign] numeral [fraction] [unit + unit extras]

function readSign(scan: Scan, j: number): { neg: boolean; p: number } {
  const { t } = scan;
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
  scan: Scan,
  p: number,
): { end: number; val: Val; percent: boolean; numeral: Numeral; shift: number } | null {
  const { t } = scan;
  if (!has('十百千万亿拾佰仟', t.charAt(p))) return null;
  const den = readNumeral(scan.ctx, p, { leadingUnit: true });
  if (!den?.onlyUnits) return null;
  const fr = fractionAt(scan, den.end);
  if (!fr) return null;
  const num = fr.num;
  const denExp = den.value.n.toString().length - 1 - den.value.s;
  let v = decShift(num.value, 2 - denExp);
  if (fr.neg) v = decNeg(v);
  if (denExp <= 1) {
    const f = decShift(num.value, -denExp);
    return { end: num.end, val: val(fr.neg ? decNeg(f) : f), percent: false, numeral: num, shift: -denExp };
  }
  return { end: num.end, val: val(v), percent: true, numeral: num, shift: 2 - denExp };
}

function fractionAt(scan: Scan, p: number): { start: number; end: number; num: Numeral; neg: boolean } | null {
  const { t } = scan;
  let q = skipSpaces(t, p);
  if (t.charAt(q) !== '分') return null;
  q = skipSpaces(t, q + 1);
  if (t.charAt(q) !== '之') return null;
  q = skipSpaces(t, q + 1);
  const sign = readSign(scan, q);
  const num = readNumeral(scan.ctx, sign.p, { leadingUnit: true });
  if (!num || num.half || num.hi) return null;
  return { start: p, end: num.end, num, neg: sign.neg };
}

/**
 * The element starting at j: `[sign] numeral [fraction] [unit + unit extras]`, or null
 * when no numeral starts there (or 半 has no unit after it).
 *
 * @example
 * ```ts
 * readElement(scan, 0, false); // on '三个半月': value 3.5, unit '个月', kind 'duration'
 * ```
 */
export function readElement(scan: Scan, j: number, lead: boolean): Element | null {
  const sign = readSign(scan, j);
  const p = sign.p;

  // 百分之五 / 千分之三 / 十分之一
  const percentPrefix = readPercentPrefix(scan, p);
  if (percentPrefix) {
    return {
      start: j,
      end: percentPrefix.end,
      val: sign.neg ? valNeg(percentPrefix.val) : percentPrefix.val,
      hi: null,
      numeral: percentPrefix.numeral,
      kind: percentPrefix.percent ? 'percent' : 'fraction',
      unit: null,
      unitDef: null,
      approx: percentPrefix.numeral.approx,
      pctPrefix: true,
      pctShift: percentPrefix.shift,
      fraction: !percentPrefix.percent,
    };
  }

  const numeral = readNumeral(scan.ctx, p, { leadingUnit: lead });
  if (!numeral) return null;
  const fp = readFractionPart(scan, numeral);
  let v = fp.val;
  let hi: Val | null = numeral.hi ? val(numeral.hi) : null;
  if (sign.neg) {
    // a negated range swaps its ends (-十二三 is −13 to −12, not −12 to −13)
    if (hi) [v, hi] = [valNeg(hi), valNeg(v)];
    else v = valNeg(v);
  }
  const cents = fp.fraction ? null : financialCents(scan, j, numeral, fp.end, sign.neg);
  if (cents) return cents;
  const u = fp.fraction && !numeral.hi ? unitAtFraction(scan, fp.end, numeral, j) : unitAt(scan, fp.end, numeral, j);
  const e: Element = {
    start: j,
    end: fp.end,
    val: v,
    hi,
    numeral,
    kind: fp.fraction ? 'fraction' : 'number',
    unit: null,
    unitDef: null,
    approx: numeral.approx,
    pctPrefix: false,
    fraction: fp.fraction,
    error: fp.error,
  };
  if (!u) return numeral.half ? null : e;
  addUnit(scan, e, u, sign.neg);
  return e;
}

interface FractionPart {
  val: Val;
  end: number;
  fraction: boolean;
  error: QuantityError | undefined;
}

/** The numeral's value, extended by a fraction written after it (X分之Y, 3又一千分之23, 1/2, 1 4/3). */
function readFractionPart(scan: Scan, numeral: Numeral): FractionPart {
  const { t } = scan;
  const whole: FractionPart = {
    val: val(numeral.value),
    end: numeral.end,
    fraction: false,
    error: numeral.malformed ? 'unparseable' : undefined,
  };
  const fr = numeral.half ? null : fractionAt(scan, numeral.end);
  if (fr && !numeral.hi) {
    // X分之Y
    const den = decToNumber(numeral.value);
    const num = decToNumber(fr.num.value) * (fr.neg ? -1 : 1);
    const v: Val = den === 0 ? { dec: null, float: null } : { dec: null, float: num / den };
    return { val: v, end: fr.end, fraction: true, error: den === 0 ? 'unparseable' : whole.error };
  }
  if (!numeral.hi && !numeral.half && t.charAt(skipSpaces(t, numeral.end)) === '又')
    return mixedChineseFraction(scan, numeral) ?? whole;
  if (numeral.arabic && !numeral.chinese && numeral.integer && !numeral.hi)
    return arabicFraction(scan, numeral, whole.error) ?? whole;
  return whole;
}

/** 一百万又五十万分之二十五, 3又一千分之23. */
function mixedChineseFraction(scan: Scan, numeral: Numeral): FractionPart | null {
  const { t } = scan;
  const d = readNumeral(scan.ctx, skipSpaces(t, skipSpaces(t, numeral.end) + 1), { leadingUnit: true });
  const f2 = d ? fractionAt(scan, d.end) : null;
  if (!d || !f2) return null;
  const den = decToNumber(d.value);
  const whole = decToNumber(numeral.value);
  const part = den === 0 ? NaN : decToNumber(f2.num.value) / den;
  return {
    val: { dec: null, float: whole + part },
    end: f2.end,
    fraction: true,
    error: numeral.malformed ? 'unparseable' : undefined,
  };
}

/** 1/2, -3/2, and mixed 1 4/3 after an Arabic integer. */
function arabicFraction(scan: Scan, numeral: Numeral, error: QuantityError | undefined): FractionPart | null {
  const { t } = scan;
  const end = numeral.end;
  if (t.charAt(end) === '/' && isAsciiDigit(t.charAt(end + 1))) {
    const b = readArabic(scan.ctx, end + 1);
    if (
      !b ||
      b.dot ||
      b.sep ||
      t.charAt(b.end) === '/' ||
      (t.charAt(b.end) === '.' && isAsciiDigit(t.charAt(b.end + 1)))
    )
      return null;
    const den = decToNumber(b.dec);
    const v: Val = den === 0 ? { dec: null, float: null } : { dec: null, float: decToNumber(numeral.value) / den };
    return { val: v, end: b.end, fraction: true, error: den === 0 ? 'unparseable' : error };
  }
  if (t.charAt(end) === ' ' && isAsciiDigit(t.charAt(end + 1))) {
    const a = readArabic(scan.ctx, end + 1);
    if (!a || a.dot || a.sep || t.charAt(a.end) !== '/' || !isAsciiDigit(t.charAt(a.end + 1))) return null;
    const b = readArabic(scan.ctx, a.end + 1);
    if (!b || b.dot || b.sep || t.charAt(b.end) === '/') return null;
    const den = decToNumber(b.dec);
    return {
      val: { dec: null, float: decToNumber(numeral.value) + decToNumber(a.dec) / den },
      end: b.end,
      fraction: true,
      error,
    };
  }
  return null;
}

/** 肆角叁分, 壹分: financial numerals counting 角/分 on their own. */
function financialCents(scan: Scan, j: number, numeral: Numeral, end: number, neg: boolean): Element | null {
  const { t } = scan;
  if (
    numeral.hi ||
    !numeral.integer ||
    !FINANCIAL.test(scan.o.slice(numeral.start, numeral.end)) ||
    !has(`${JIAO}分`, t.charAt(end))
  ) {
    return null;
  }
  const v0 = decToNumber(numeral.value);
  if (!(v0 >= 0 && v0 <= 9)) return null;
  const sub = subUnits(scan, end, false, { d: v0, end });
  if (!sub) return null;
  const add = neg ? decNeg(sub.add) : sub.add;
  return {
    start: j,
    end: sub.end,
    val: val(add),
    hi: null,
    numeral,
    kind: 'money',
    unit: '元',
    unitDef: { text: '元', cls: 'money' },
    approx: null,
    pctPrefix: false,
    fraction: false,
  };
}

/** Attach the unit found after the numeral, then what may follow the unit. */
function addUnit(scan: Scan, e: Element, u: UnitMatch, neg: boolean): void {
  const { numeral } = e;
  e.unitDef = u.def;
  e.kind = u.kind;
  e.unit = u.text;
  e.end = u.end;
  const scale = u.def.scale ?? 1;
  if (u.def.cls === 'percent' && u.def.text === '折') {
    const raw = decToNumber(numeral.value);
    if (numeral.half)
      e.val = val(decInt(50)); // 半折 = half price
    else if (raw > 10) e.val = val(numeral.value);
    else e.val = valScale(e.val, 10);
  } else if (scale !== 1) {
    e.val = valScale(e.val, scale);
    if (e.hi) e.hi = valScale(e.hi, scale);
  }
  if (u.text === '个') addUnitAfterGe(scan, e);
  if (e.kind === 'money') addMoneyTail(scan, e, u.text, neg);
  // 三米九 = 3.9 米
  if (u.text === '米' && !numeral.hi) addMeterDecimal(scan, e);
  addHalfAfterUnit(scan, e, u.def.text);
  // 两年多, 一年余, 三个月多
  const { t } = scan;
  if (e.kind === 'duration' && (t.charAt(e.end) === '多' || t.charAt(e.end) === '余')) {
    const c = t.charAt(e.end + 1);
    if (isBoundary(c) || '来时的后前里间内中'.includes(c)) {
      e.approx = e.approx ?? 'more-than';
      e.end++;
    }
  }
}

/** 个 + 半/多 + time or measure unit: 一个半月, 三个多小时; 个 + unit: 20个比特币, 三个月. */
function addUnitAfterGe(scan: Scan, e: Element): void {
  const { t } = scan;
  const c = t.charAt(e.end);
  if (c === '半' || c === '多') {
    const u2 = matchUnit(t, e.end + 1);
    if (u2 && (u2.cls === 'duration' || u2.cls === 'measure' || u2.text === '月')) {
      if (c === '半') e.val = valAdd(e.val, decFromDigits('0', '5'));
      else e.approx = e.approx ?? 'more-than';
      e.unit = u2.text.startsWith('个') ? u2.text : `个${u2.text}`;
      e.kind = u2.cls === 'measure' ? 'measure' : 'duration';
      e.end = e.end + 1 + u2.text.length;
    }
    return;
  }
  const u2 = matchUnit(t, e.end);
  if (u2 && u2.cls === 'money') {
    e.unit = u2.text;
    e.kind = 'money';
    e.end += u2.text.length;
  } else if (u2 && (u2.text === '月' || u2.text === '季度' || u2.text === '年度')) {
    e.kind = 'duration';
    e.unit = `个${u2.text}`;
    e.end += u2.text.length;
  } else if (u2 && u2.cls === 'measure' && !/^[a-zA-Z]/.test(u2.text) && u2.text !== '分' && u2.text !== '度') {
    e.kind = 'measure';
    e.unit = u2.text;
    e.end += u2.text.length;
  }
}

/** 五元六角, 一块二 (sub-units after the money unit) and 万元 (magnitude written before it). */
function addMoneyTail(scan: Scan, e: Element, unitText: string, neg: boolean): void {
  const { numeral } = e;
  const tail = moneyTail(scan, e.end, unitText);
  if (tail && !numeral.hi && e.val.dec) {
    e.val = val(decAdd(e.val.dec, neg ? decNeg(tail.add) : tail.add));
    e.end = tail.end;
  }
  if (numeral.magnitude && numeral.end === skipSpaces(scan.t, numeral.end, MAX_SPACES_BEFORE_UNIT) && !e.fraction)
    e.unit = numeral.magnitude + e.unit;
}

/** 三米九 = 3.9 米. */
function addMeterDecimal(scan: Scan, e: Element): void {
  const { t } = scan;
  const c = t.charAt(e.end);
  const d = CN_DIGIT.get(c);
  if (d !== undefined && c !== '两' && !isCnNumeralChar(t.charAt(e.end + 1)) && !matchUnit(t, e.end + 1) && e.val.dec) {
    e.val = val(decAdd(e.val.dec, decShift(decInt(d), -1)));
    e.end++;
  }
}

/** 一年半, 一吨半, 三成半. */
function addHalfAfterUnit(scan: Scan, e: Element, unitText: string): void {
  const { t } = scan;
  if (
    t.charAt(e.end) === '半' &&
    !e.numeral.hi &&
    e.kind !== 'money' &&
    e.kind !== 'year' &&
    e.kind !== 'date' &&
    !has(HALF_NOT_BEFORE, t.charAt(e.end + 1)) &&
    !matchUnit(t, e.end + 1)
  ) {
    e.val = unitText === '成' ? valAdd(e.val, decInt(5)) : valAdd(e.val, decFromDigits('0', '5'));
    e.end++;
  }
}

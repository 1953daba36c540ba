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
import { type Scan, isBoundary, skipSpaces } from './text.js';
import type { Approx, QuantityError, QuantityKind } from './types.js';
import { unitAt, unitAtFraction } from './unit-at.js';
import { type UnitDef, matchUnit } from './units.js';
import { type Val, val, valAdd, valNeg, valScale } from './value.js';

export interface Element {
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

const HALF_NOT_BEFORE = '导岛径夜边身场封自山坡空途截决数壁拉推工价';

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

export function readElement(S: Scan, j: number, lead: boolean): Element | null {
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

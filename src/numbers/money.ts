/**
 * Money sub-units: 角/毛 and 分 after 元/块 (五元六角, 一块二, 三块零四), cents after
 * 美元/欧元 (两美元又三美分), and financial numerals counting 角/分 on their own (肆角叁分).
 *
 * @internal
 */
import { CN_DIGIT, CN_ZERO, asciiDigitValue, isAsciiDigit, isHan } from './chars.js';
import { type Dec, decAdd, decInt, decShift } from './decimal.js';
import { has, readNumeral } from './numeral.js';
import { type Scan, isBoundary } from './text.js';

/** One digit (一 … 九, or an ASCII digit not followed by another) at p, for 角 and 分 amounts. */
function simpleDigitAt(scan: Scan, p: number): { d: number; end: number } | null {
  const c = scan.t.charAt(p);
  const d = CN_DIGIT.get(c);
  if (d !== undefined) return { d, end: p + 1 };
  if (isAsciiDigit(c) && !isAsciiDigit(scan.t.charAt(p + 1))) return { d: asciiDigitValue(c), end: p + 1 };
  return null;
}

/**
 * Characters for 角 (a tenth of a 元): 角, colloquial 毛, and 毫 (Cantonese usage).
 *
 * @example
 * ```ts
 * JIAO.includes('毛'); // true: 五毛 = 0.5 元
 * ```
 */
export const JIAO = '角毛毫';
/**
 * Financial (anti-forgery) numerals: 壹贰叁 … 拾佰仟, as written on cheques and in budgets.
 *
 * @example
 * ```ts
 * FINANCIAL.test('肆角叁分'); // true
 * ```
 */
export const FINANCIAL = /[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]/;

/**
 * 角/毛 and 分 amounts after 元/块 (五元六角, 50元6角三分, 一块二, 三块零四,
 * 零角零分) or on their own for financial numerals (肆角叁分). `givenDigit` is an
 * already-read first digit (the numeral itself, for 壹角).
 */
export function subUnits(
  scan: Scan,
  p: number,
  colloquial: boolean,
  givenDigit: { d: number; end: number } | null,
): { add: Dec; end: number } | null {
  const { t } = scan;
  let q = p;
  let zero = false;
  let firstDigit = givenDigit;
  if (!firstDigit) {
    if (CN_ZERO.has(t.charAt(q))) {
      zero = true;
      q++;
    }
    firstDigit = simpleDigitAt(scan, q);
    if (!firstDigit && zero && has(`${JIAO}分`, t.charAt(q))) firstDigit = { d: 0, end: q };
  }
  if (!firstDigit) return null;
  const afterFirst = t.charAt(firstDigit.end);
  let add: Dec;
  let end: number;
  if (has(JIAO, afterFirst)) {
    add = decShift(decInt(firstDigit.d), -1);
    end = firstDigit.end + 1;
    let r = end;
    let zeroBeforeCents = false;
    if (CN_ZERO.has(t.charAt(r))) {
      zeroBeforeCents = true;
      r++;
    }
    let centsDigit = simpleDigitAt(scan, r);
    if (!centsDigit && zeroBeforeCents && t.charAt(r) === '分') centsDigit = { d: 0, end: r };
    if (centsDigit) {
      const afterCents = t.charAt(centsDigit.end);
      if (afterCents === '分' && t.charAt(centsDigit.end + 1) !== '之') {
        add = decAdd(add, decShift(decInt(centsDigit.d), -2));
        end = centsDigit.end + 1;
      } else if (colloquial && !isHan(afterCents) && !zeroBeforeCents) {
        add = decAdd(add, decShift(decInt(centsDigit.d), -2));
        end = centsDigit.end;
      }
    }
  } else if (afterFirst === '分' && t.charAt(firstDigit.end + 1) !== '之') {
    add = decShift(decInt(firstDigit.d), -2);
    end = firstDigit.end + 1;
  } else if (
    colloquial &&
    givenDigit === null &&
    (isBoundary(afterFirst) ||
      has('到至和与或', afterFirst) ||
      t.startsWith('以上', firstDigit.end) ||
      t.startsWith('以下', firstDigit.end))
  ) {
    add = decShift(decInt(firstDigit.d), zero ? -2 : -1);
    end = firstDigit.end;
  } else {
    return null;
  }
  if (t.charAt(end) === '整' || t.charAt(end) === '正') end++;
  return { add, end };
}

/** 元/块 followed by 角/毛/分 amounts (五元六角, 一块二, 三块零四, 两美元又三美分). */
export function moneyTail(scan: Scan, p: number, unit: string): { add: Dec; end: number } | null {
  const { t } = scan;
  if (unit.endsWith('美元') || unit.endsWith('欧元')) {
    if (t.charAt(p) !== '又' && t.charAt(p) !== '零') return null;
    const numeral = readNumeral(scan.ctx, p + 1);
    const sub = unit.endsWith('美元') ? '美分' : '欧分';
    if (numeral && !numeral.hi && t.startsWith(sub, numeral.end))
      return { add: decShift(numeral.value, -2), end: numeral.end + 2 };
    return null;
  }
  if (!['元', '圆', '块', '块钱', '蚊'].includes(unit)) return null;
  const sub = subUnits(scan, p, unit !== '元' && unit !== '圆', null);
  if (sub) return sub;
  if (t.charAt(p) === '整' || t.charAt(p) === '正') return { add: decInt(0), end: p + 1 };
  // 零元 … 0.0X: 一元零五 is rare; only the explicit 零 + digit after 元
  if (CN_ZERO.has(t.charAt(p)) && unit === '元') {
    const d = simpleDigitAt(scan, p + 1);
    if (d && isBoundary(t.charAt(d.end))) return { add: decShift(decInt(d.d), -2), end: d.end };
  }
  return null;
}

/**
 * Money sub-units: 角/毛 and 分 after 元/块 (五元六角, 一块二, 三块零四), cents after
 * 美元/欧元 (两美元又三美分), and financial numerals counting 角/分 on their own (肆角叁分).
 *
 * @internal
 */
import { CN_DIGIT, CN_ZERO, isAsciiDigit, isHan } from './chars.js';
import { type Dec, decAdd, decInt, decShift } from './decimal.js';
import { has, readNumeral } from './numeral.js';
import { type Scan, isBoundary } from './text.js';

const SIMPLE_DIGIT = (S: Scan, p: number): { d: number; end: number } | null => {
  const c = S.t.charAt(p);
  const d = CN_DIGIT.get(c);
  if (d !== undefined) return { d, end: p + 1 };
  if (isAsciiDigit(c) && !isAsciiDigit(S.t.charAt(p + 1))) return { d: c.charCodeAt(0) - 48, end: p + 1 };
  return null;
};

export const JIAO = '角毛毫';
export const FINANCIAL = /[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]/;

/**
 * 角/毛 and 分 amounts after 元/块 (五元六角, 50元6角三分, 一块二, 三块零四,
 * 零角零分) or on their own for financial numerals (肆角叁分). `d0` is an
 * already-read first digit (the numeral itself, for 壹角).
 */
export function subUnits(
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
export function moneyTail(S: Scan, p: number, unit: string): { add: Dec; end: number } | null {
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

/**
 * The one reader of small Chinese numbers (一 … 九十九) used outside the quantity
 * scanner: heading numbers (一、, （十二）, 二是) and the numerals of numbered
 * formulations (三个代表, 两个维护, 双碳).
 */

/** Values of the digits and of 十; 两 and 双 count as 2 (两个维护, 双碳). */
const SMALL_DIGITS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  双: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

const SMALL_NUMERAL = /^[一二两双三四五六七八九十]{1,3}$/;

/**
 * Value of a small number written in Chinese (一 … 九十九; 两 and 双 are 2) or in
 * ASCII digits, or NaN for anything else. For numerals in running text (一百二十,
 * 1.2万, 十几) use {@link resolveNumber}.
 *
 * Only the first digit before and the first after 十 are read, so malformed
 * strings give a value rather than NaN: 十二三 → 12, 二三十 → 20, 十十 → 20.
 *
 * @example
 * ```ts
 * smallChineseNumber('十二'); // 12: 十二、加强党的建设
 * smallChineseNumber('两');   // 2: 两个维护
 * smallChineseNumber('7');    // 7
 * smallChineseNumber('个');   // NaN
 * ```
 */
export function smallChineseNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (!SMALL_NUMERAL.test(s)) return NaN;
  const i = s.indexOf('十');
  if (i < 0) return s.length === 1 ? SMALL_DIGITS[s]! : NaN;
  const tens = i === 0 ? 1 : SMALL_DIGITS[s[0]!]!;
  const ones = i === s.length - 1 ? 0 : SMALL_DIGITS[s[i + 1]!]!;
  return tens * 10 + ones;
}

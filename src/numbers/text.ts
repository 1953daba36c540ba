/**
 * The text being scanned ({@link Scan}) and small look-around helpers shared by
 * every stage of the scanner.
 *
 * @internal
 */
import { isAsciiDigit, isAsciiLetter, isHan, isSpace } from './chars.js';
import { decToNumber } from './decimal.js';
import type { Numeral, NumeralContext } from './numeral.js';

/**
 * The text being scanned, as every stage of the scanner sees it.
 *
 * @example
 * ```ts
 * const t = normaliseChars('增长５％');
 * const scan: Scan = { t, o: '增长５％', n: t.length, ctx: { t, o: '增长５％' }, inside: new Uint8Array(t.length) };
 * ```
 */
export interface Scan {
  /** Normalised text (full-width digits, 萬, 兩 … folded; excluded ranges blanked with NULs). */
  t: string;
  /** Original text, same length as `t`: quantities' `text` is sliced from it. */
  o: string;
  /** Length of both texts. */
  n: number;
  /** The same texts for the numeral reader, with the starts of lexical words it must not run into. */
  ctx: NumeralContext;
  /** 1 inside a lexical word (一些, 统一, 十分): no quantity starts there. */
  inside: Uint8Array;
}

/**
 * Most spaces between a number and its unit (5 个百分点 in PDF text); other
 * look-arounds allow {@link DEFAULT_MAX_SPACES}.
 */
export const MAX_SPACES_BEFORE_UNIT = 4;
/** Most spaces {@link skipSpaces} skips unless told otherwise. */
export const DEFAULT_MAX_SPACES = 3;

/**
 * Is the numeral a plain integer (no range) within lo–hi inclusive?
 *
 * @example
 * ```ts
 * isIntegerIn(readNumeral({ t: '十二', o: '十二' }, 0)!, 1, 12); // true: 十二月 is a month
 * ```
 */
export function isIntegerIn(numeral: Numeral, lo: number, hi: number): boolean {
  if (!numeral.integer || numeral.hi) return false;
  const v = decToNumber(numeral.value);
  return Number.isInteger(v) && v >= lo && v <= hi;
}

/**
 * Offset after at most `max` horizontal spaces from p.
 *
 * @example
 * ```ts
 * skipSpaces('5  个', 1); // 3
 * ```
 */
export function skipSpaces(t: string, p: number, max = DEFAULT_MAX_SPACES): number {
  let q = p;
  while (q < t.length && isSpace(t.charAt(q)) && q - p < max) q++;
  return q;
}

/**
 * Not a letter, digit or Han character (punctuation, space, end of text ''): a word cannot continue here.
 *
 * @example
 * ```ts
 * isBoundary('，'); // true
 * isBoundary('人'); // false
 * ```
 */
export function isBoundary(c: string): boolean {
  return c === '' || (!isHan(c) && !isAsciiLetter(c) && !isAsciiDigit(c));
}

/**
 * Only spaces between the start of the line and i (headings: 一、, 1.).
 *
 * @example
 * ```ts
 * atLineStart('总结\n  一、成效', 5); // true
 * ```
 */
export function atLineStart(t: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && isSpace(t.charAt(k))) k--;
  return k < 0 || t.charAt(k) === '\n' || t.charAt(k) === '\r';
}

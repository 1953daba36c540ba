/**
 * The text being scanned ({@link Scan}) and small look-around helpers shared by
 * every stage of the scanner.
 *
 * @internal
 */
import { isAsciiDigit, isAsciiLetter, isHan, isSpace } from './chars.js';
import { decToNumber } from './decimal.js';
import type { Numeral, NumeralContext } from './numeral.js';

export interface Scan {
  t: string;
  o: string;
  n: number;
  ctx: NumeralContext;
  inside: Uint8Array;
}

export function isIntegerIn(nm: Numeral, lo: number, hi: number): boolean {
  if (!nm.integer || nm.hi) return false;
  const v = decToNumber(nm.value);
  return Number.isInteger(v) && v >= lo && v <= hi;
}

export function skipSpaces(t: string, p: number, max = 3): number {
  let q = p;
  while (q < t.length && isSpace(t.charAt(q)) && q - p < max) q++;
  return q;
}

export function isBoundary(c: string): boolean {
  return c === '' || (!isHan(c) && !isAsciiLetter(c) && !isAsciiDigit(c));
}

export function atLineStart(t: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && isSpace(t.charAt(k))) k--;
  return k < 0 || t.charAt(k) === '\n' || t.charAt(k) === '\r';
}

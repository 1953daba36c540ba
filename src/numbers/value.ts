/**
 * Value arithmetic of the scanner: a {@link Val} is an exact decimal when it can be
 * one and a float after a division (fractions such as 三分之一).
 *
 * @internal
 */
import { type Dec, decAdd, decCmp, decNeg, decShift, decToNumber, decTooLarge } from './decimal.js';

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

/**
 * The exact value of a decimal.
 *
 * @example
 * ```ts
 * val(decInt(5)); // { dec: { n: 5n, s: 0 }, float: null }
 * ```
 */
export function val(dec: Dec): Val {
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

/**
 * Multiply by a unit's scale (万 10^4, 千米 1000): exact for powers of ten.
 *
 * @example
 * ```ts
 * valNumber(valScale(val(decInt(3)), 10000)); // 30000
 * ```
 */
export function valScale(v: Val, scale: number): Val {
  if (scale === 1) return v;
  if (v.dec) {
    const k = Math.round(Math.log10(scale));
    if (10 ** k === scale) return val(decShift(v.dec, k));
  }
  return { dec: null, float: valNumber(v) * scale };
}

/**
 * Compare two values: negative, zero or positive.
 *
 * @example
 * ```ts
 * valCmp(val(decInt(2)), val(decInt(3))); // -1
 * ```
 */
export function valCmp(a: Val, b: Val): number {
  if (a.dec && b.dec) return decCmp(a.dec, b.dec);
  const x = valNumber(a);
  const y = valNumber(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The negated value (负三十二).
 *
 * @example
 * ```ts
 * valNumber(valNeg(val(decInt(32)))); // -32
 * ```
 */
export function valNeg(v: Val): Val {
  return v.dec ? val(decNeg(v.dec)) : { dec: null, float: -(v.float ?? 0) };
}

/**
 * Add an exact decimal (the 半 of 一年半, the 角 of 五元六角).
 *
 * @example
 * ```ts
 * valNumber(valAdd(val(decInt(1)), decFromDigits('0', '5'))); // 1.5
 * ```
 */
export function valAdd(v: Val, d: Dec): Val {
  if (v.dec) return val(decAdd(v.dec, d));
  return { dec: null, float: (v.float ?? 0) + decToNumber(d) };
}

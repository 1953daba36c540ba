/**
 * Exact base-10 arithmetic for numeral resolution.
 *
 * Chinese numerals only ever multiply by powers of ten (十, 百, 万, 亿 …) and add,
 * so a `bigint` mantissa with a decimal scale is enough to resolve `4.78万亿`
 * or `四百亿点零五零` without binary floating-point drift. Division (fractions)
 * happens once, at the very end, in `toNumber` callers.
 *
 * @internal
 * @example
 * ```ts
 * const oneAndAHalf: Dec = { n: 15n, s: 1 }; // 1.5
 * ```
 */
export interface Dec {
  /** Mantissa: the value is `n × 10^-s`. */
  readonly n: bigint;
  /** Scale (number of decimal places), always ≥ 0. */
  readonly s: number;
}

/**
 * The decimal zero.
 *
 * @example
 * ```ts
 * decToNumber(ZERO); // 0
 * ```
 */
export const ZERO: Dec = { n: 0n, s: 0 };

const POW10: bigint[] = [];
function pow10(k: number): bigint {
  let p = POW10[k];
  if (p === undefined) {
    p = 10n ** BigInt(k);
    POW10[k] = p;
  }
  return p;
}

/**
 * Build a decimal from an integer-digit string and a fraction-digit string.
 *
 * @example
 * ```ts
 * decToNumber(decFromDigits('12', '5')); // 12.5
 * ```
 */
export function decFromDigits(intDigits: string, fracDigits = ''): Dec {
  const digits = (intDigits === '' ? '0' : intDigits) + fracDigits;
  return { n: BigInt(digits), s: fracDigits.length };
}

/**
 * Decimal from a small safe integer.
 *
 * @example
 * ```ts
 * decToNumber(decInt(7)); // 7
 * ```
 */
export function decInt(v: number): Dec {
  return { n: BigInt(v), s: 0 };
}

/**
 * Multiply by 10^k (k may be negative).
 *
 * @example
 * ```ts
 * decToNumber(decShift(decFromDigits('1', '2'), 4)); // 12000
 * ```
 */
export function decShift(a: Dec, k: number): Dec {
  if (k === 0 || a.n === 0n) return a.n === 0n ? ZERO : a;
  if (k > 0) {
    if (a.s >= k) return { n: a.n, s: a.s - k };
    return { n: a.n * pow10(k - a.s), s: 0 };
  }
  return { n: a.n, s: a.s - k };
}

/**
 * Sum of two decimals.
 *
 * @example
 * ```ts
 * decToNumber(decAdd(decInt(1), decFromDigits('0', '5'))); // 1.5
 * ```
 */
export function decAdd(a: Dec, b: Dec): Dec {
  if (a.s === b.s) return { n: a.n + b.n, s: a.s };
  if (a.s > b.s) return { n: a.n + b.n * pow10(a.s - b.s), s: a.s };
  return { n: a.n * pow10(b.s - a.s) + b.n, s: b.s };
}

/**
 * Negation.
 *
 * @example
 * ```ts
 * decToNumber(decNeg(decInt(3))); // -3
 * ```
 */
export function decNeg(a: Dec): Dec {
  return { n: -a.n, s: a.s };
}

/**
 * Is the decimal exactly zero?
 *
 * @example
 * ```ts
 * decIsZero(ZERO); // true
 * ```
 */
export function decIsZero(a: Dec): boolean {
  return a.n === 0n;
}

/**
 * Compare two decimals: negative, zero or positive like `Array#sort` comparators.
 *
 * @example
 * ```ts
 * decCmp(decInt(2), decInt(3)); // -1
 * ```
 */
export function decCmp(a: Dec, b: Dec): number {
  const d = decAdd(a, decNeg(b));
  return d.n === 0n ? 0 : d.n < 0n ? -1 : 1;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * True when |a| exceeds `Number.MAX_SAFE_INTEGER`.
 *
 * @example
 * ```ts
 * decTooLarge(decShift(decInt(1), 20)); // true
 * ```
 */
export function decTooLarge(a: Dec): boolean {
  const abs = a.n < 0n ? -a.n : a.n;
  return abs / pow10(a.s) > MAX_SAFE || (abs / pow10(a.s) === MAX_SAFE && abs % pow10(a.s) !== 0n);
}

/**
 * Nearest JS number (correctly rounded through the decimal string).
 *
 * @example
 * ```ts
 * decToNumber(decShift(decFromDigits('4', '78'), 12)); // 4780000000000
 * ```
 */
export function decToNumber(a: Dec): number {
  if (a.s === 0) return Number(a.n);
  return Number(`${a.n.toString()}e-${a.s}`);
}

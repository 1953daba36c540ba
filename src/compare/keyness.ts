/** Keyness statistics of one feature: target vs reference. */
export interface KeynessStat {
  g2: number;
  chi2: number;
  /** log2 of the ratio of relative frequencies (0.5 added to zero counts). */
  logRatio: number;
}

/**
 * Dunning's log-likelihood G² (and Pearson's chi² with Yates' correction) for a feature seen
 * `a` times in a target of size `c` and `b` times in a reference of size `d`, with the log-ratio
 * effect size. G² > 3.84 is p < 0.05, > 10.83 is p < 0.001 (1 degree of freedom).
 *
 * @example
 * ```ts
 * keyness(30, 5, 10000, 20000).g2; // ≈ 34.2
 * ```
 */
export function keyness(a: number, b: number, c: number, d: number): KeynessStat {
  const n = c + d;
  const e1 = (c * (a + b)) / n;
  const e2 = (d * (a + b)) / n;
  const term = (o: number, e: number) => (o > 0 && e > 0 ? o * Math.log(o / e) : 0);
  const g2 = 2 * (term(a, e1) + term(b, e2));
  // 2x2 chi² with Yates' correction
  const a2 = c - a;
  const b2 = d - b;
  const num = n * Math.max(0, Math.abs(a * b2 - b * a2) - n / 2) ** 2;
  const den = (a + b) * (a2 + b2) * c * d;
  const chi2 = den > 0 ? num / den : 0;
  const logRatio = Math.log2((a || 0.5) / c / ((b || 0.5) / d));
  const sign = a / c >= b / d ? 1 : -1;
  return { g2: sign * g2, chi2: sign * chi2, logRatio };
}

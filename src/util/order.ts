/**
 * Code-unit string order (locale-independent, deterministic): the order of every sorted list
 * tifa writes, so output is byte-identical across machines and locales.
 *
 * @example
 * ```ts
 * ['组织', '党建', '2025'].sort(cmp); // ['2025', '党建', '组织']
 * ```
 */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

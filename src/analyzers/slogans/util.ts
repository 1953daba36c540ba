import type { Span } from '../../document/types.js';
import { isHan } from '../../numbers/index.js';

/**
 * Chinese numerals that head numbered formulations (两 and 双 count as 2).
 */
export const LEAD_NUMERALS = '一二两三四五六七八九十';

const ALL_NUMERALS = new Set([...'零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟']);

/**
 * Whether a character is a Chinese numeral (including 百千万亿 and financial forms) or an ASCII digit.
 *
 * @example
 * ```ts
 * isNumeralChar('四'); // true
 * isNumeralChar('个'); // false
 * ```
 */
export function isNumeralChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || ALL_NUMERALS.has(ch);
}

/**
 * Whether a character is a CJK ideograph that is not a numeral: the "word" characters of a formulation.
 *
 * @example
 * ```ts
 * isWordChar('心'); // true
 * isWordChar('三'); // false
 * ```
 */
export function isWordChar(ch: string | undefined): boolean {
  return isHan(ch) && !ALL_NUMERALS.has(ch!);
}

/**
 * Whether a span overlaps `[start, end)`, in spans sorted by start that do not overlap each other.
 */
export function overlaps(sorted: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sorted[mid]!;
    if (s.end <= start) lo = mid + 1;
    else if (s.start >= end) hi = mid - 1;
    else return true;
  }
  return false;
}

/** Index of the first span starting at or after `start` in spans sorted by start. */
export function firstAtOrAfter(sorted: readonly Span[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Longest common prefix of strings ('' for an empty list).
 *
 * @example
 * ```ts
 * commonPrefix(['以案说德', '以案说纪']); // '以案说'
 * ```
 */
export function commonPrefix(list: readonly string[]): string {
  if (list.length === 0) return '';
  let p = list[0]!;
  for (const s of list) {
    let k = 0;
    const m = Math.min(p.length, s.length);
    while (k < m && p.charCodeAt(k) === s.charCodeAt(k)) k++;
    p = p.slice(0, k);
    if (p === '') break;
  }
  return p;
}

/**
 * Longest common suffix of strings ('' for an empty list).
 *
 * @example
 * ```ts
 * commonSuffix(['问题导向', '目标导向']); // '导向'
 * ```
 */
export function commonSuffix(list: readonly string[]): string {
  if (list.length === 0) return '';
  let p = list[0]!;
  for (const s of list) {
    let k = 0;
    const m = Math.min(p.length, s.length);
    while (k < m && p.charCodeAt(p.length - 1 - k) === s.charCodeAt(s.length - 1 - k)) k++;
    p = p.slice(p.length - k);
    if (p === '') break;
  }
  return p;
}

/**
 * Longest substring (of at least `min` characters) found in every string; strings are capped at
 * 40 characters so the search stays small. Ties go to the leftmost in the first string.
 *
 * @example
 * ```ts
 * commonInfix(['强化理论武装上再深化', '压实政治责任上再加力']); // '上再'
 * ```
 */
export function commonInfix(list: readonly string[], min = 2): string {
  if (list.length === 0) return '';
  const capped = list.map((s) => s.slice(0, 40));
  const first = capped.reduce((a, b) => (b.length < a.length ? b : a));
  for (let len = first.length; len >= min; len--) {
    for (let i = 0; i + len <= first.length; i++) {
      const sub = first.slice(i, i + len);
      if (capped.every((s) => s.includes(sub))) return sub;
    }
  }
  return '';
}

/**
 * A frame built from shared literal pieces: `政治…力`, `…导向`, `以案说…`, `在…上再…`.
 *
 * @example
 * ```ts
 * framePattern('政治', '', '力'); // '政治…力'
 * framePattern('', '', '导向'); // '…导向'
 * ```
 */
export function framePattern(prefix: string, infix: string, suffix: string): string {
  let out = `${prefix}…`;
  if (infix) out += `${infix}…`;
  out += suffix;
  return out;
}

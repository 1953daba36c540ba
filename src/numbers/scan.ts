/**
 * Finding quantities in running text: {@link scanQuantities} walks the text,
 * asks `start.ts` what begins at each possible offset and hands the candidates to
 * `post.ts`. {@link readWhole} reads one whole string for `resolveNumber`.
 *
 * Modules of the scanner, in the order a quantity is built:
 * `value.ts` (arithmetic) → `text.ts` (scanned text) → `unit-at.ts`, `money.ts` →
 * `element.ts` (numeral + unit) → `qualifiers.ts` (约, 以上) → `core.ts` (ranges,
 * evidence for bare numerals) → `start.ts` (headings, prefixes) → `post.ts`.
 */
import { isAsciiDigit, isAsciiLetter, normaliseChars } from './chars.js';
import { readElement } from './element.js';
import { lexicalMarks } from './lexicon.js';
import { finalise, mergeRanges, propagateUnits } from './post.js';
import { isStart, tryAt } from './start.js';
import type { Candidate } from './core.js';
import type { Scan } from './text.js';
import type { Approx, Quantity, QuantityError } from './types.js';
import type { Val } from './value.js';

/**
 * Options of `scanQuantities`.
 *
 * @example
 * ```ts
 * const opts: ScanOptions = { exclude: [{ start: 0, end: 4 }] };
 * ```
 */
export interface ScanOptions {
  /**
   * UTF-16 ranges (end exclusive) that belong to something else — typically
   * numbered formulations such as 四个意识 found by another analyzer. No
   * quantity is read inside them or across them.
   */
  readonly exclude?: ReadonlyArray<{ readonly start: number; readonly end: number }>;
}

/**
 * Find every quantity in a plain string.
 *
 * Results are sorted by `start`, never overlap, and satisfy
 * `text.slice(q.start, q.end) === q.text`. Numerals that are lexical (一些,
 * 统一, 进一步, 十分, 一年来, 一级抓一级 …) are not reported at all; years,
 * dates, ordinals, headings and document numbers are reported with
 * `claim: false`. See {@link QuantityKind} for the kinds.
 *
 * @throws TypeError when `text` is not a string or `exclude` is malformed.
 * @example
 * ```ts
 * scanQuantities('开展廉政谈话120余人次，阅读量超百万');
 * // [{ text: '120余人次', value: 120, approx: 'more-than', unit: '人次', kind: 'count', … },
 * //  { text: '超百万', value: 1000000, approx: 'more-than', kind: 'number', … }]
 * ```
 */
export function scanQuantities(text: string, options: ScanOptions = {}): Quantity[] {
  if (typeof text !== 'string')
    throw new TypeError(`tifa: scanQuantities expects a string, got ${describeValue(text)}`);
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`tifa: scanQuantities options must be an object, got ${describeValue(options)}`);
  }
  const exclude = options.exclude ?? [];
  if (!Array.isArray(exclude))
    throw new TypeError(`tifa: exclude must be an array of {start,end}, got ${describeValue(exclude)}`);
  let t = normaliseChars(text);
  if (exclude.length > 0) {
    for (const r of exclude) {
      if (
        !r ||
        typeof r.start !== 'number' ||
        typeof r.end !== 'number' ||
        !Number.isInteger(r.start) ||
        !Number.isInteger(r.end) ||
        r.start > r.end
      ) {
        throw new TypeError(
          `tifa: exclude range must be {start,end} integers with start <= end, got ${describeValue(r)}`,
        );
      }
    }
    // Blank the excluded ranges with NULs (same length), slice by slice.
    const ranges = [...exclude]
      .map((r) => [Math.max(0, r.start), Math.min(t.length, r.end)] as const)
      .filter(([a, b]) => b > a)
      .sort((x, y) => x[0] - y[0]);
    let masked = '';
    let pos = 0;
    for (const [a, b] of ranges) {
      if (b <= pos) continue;
      const from = Math.max(a, pos);
      masked += t.slice(pos, from) + '\u0000'.repeat(b - from);
      pos = b;
    }
    t = masked + t.slice(pos);
  }
  const lex = lexicalMarks(t);
  const scan: Scan = { t, o: text, n: t.length, ctx: { t, o: text, stopAt: lex.starts }, inside: lex.inside };
  const found: Candidate[] = [];
  let i = 0;
  while (i < scan.n) {
    const c = t.charAt(i);
    if (!isStart(c)) {
      i++;
      continue;
    }
    // digits glued to ASCII letters (PM2.5, B12, G20, and PM⏎2.5 from wiki line breaks) are names
    let back = i - 1;
    while (back >= 0 && (t.charAt(back) === '\n' || t.charAt(back) === '\r')) back--;
    if (back === i - 1 && (t.charAt(back) === '-' || t.charAt(back) === '_')) back--; // COVID-19
    if (isAsciiDigit(c) && isAsciiLetter(t.charAt(back))) {
      while (i < scan.n && /[A-Za-z0-9.]/.test(t.charAt(i))) i++;
      continue;
    }
    const r = tryAt(scan, i);
    if ('cand' in r) {
      found.push(r.cand);
      i = Math.max(r.cand.end, i + 1);
    } else {
      i = Math.max(r.next, i + 1);
    }
  }
  return propagateUnits(scan, mergeRanges(scan, found)).map((c) => finalise(scan, c));
}

/**
 * Short printable form of an offending value for `tifa:` error messages.
 *
 * @internal
 * @example
 * ```ts
 * describeValue(null); // 'null'
 * ```
 */
export function describeValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  try {
    const s = JSON.stringify(v);
    if (s !== undefined) return s.length > 60 ? `${s.slice(0, 60)}…` : s;
  } catch {
    // fall through
  }
  return String(v);
}

/**
 * Read one value spanning the whole (normalised, trimmed) string, for
 * `resolveNumber`. Returns null when the string is not a single numeral.
 *
 * @internal
 * @example
 * ```ts
 * readWhole('1.2万')?.value; // { dec: { n: 12000n, s: 0 }, float: null }
 * ```
 */
export function readWhole(
  text: string,
): { value: Val | null; hi: Val | null; approx: Approx | null; error?: QuantityError } | null {
  const t = normaliseChars(text);
  const scan: Scan = { t, o: text, n: t.length, ctx: { t, o: text }, inside: new Uint8Array(t.length) };
  const element = readElement(scan, 0, true);
  if (!element || element.end !== t.length) return null;
  if (element.numeral.onlyUnits && /^[万亿兆]+$/.test(t.slice(element.numeral.start, element.numeral.end))) return null; // 万, 万万 alone are words
  if (element.unit && !(element.kind === 'percent' || element.kind === 'percentage-point')) return null;
  const r: { value: Val | null; hi: Val | null; approx: Approx | null; error?: QuantityError } = {
    value: element.val,
    hi: element.hi,
    approx: element.approx,
  };
  if (element.error) r.error = element.error;
  return r;
}

import type { TifaDocument } from '../document/types.js';

/**
 * Original-text helpers shared by the rules: which spans are analyzed body, and the paragraphs.
 *
 * @example
 * ```ts
 * const body = bodyRanges(doc); // [{ start: 40, end: 20511 }]
 * ```
 */
export function bodyRanges(doc: TifaDocument): Array<{ start: number; end: number }> {
  const body = doc.span(doc.body.nStart, doc.body.nEnd);
  const cuts = doc.excluded
    .map((e) => ({ start: e.start, end: e.end }))
    .filter((e) => e.end > body.start && e.start < body.end)
    .sort((a, b) => a.start - b.start);
  const out: Array<{ start: number; end: number }> = [];
  let at = body.start;
  for (const c of cuts) {
    if (c.start > at) out.push({ start: at, end: c.start });
    at = Math.max(at, c.end);
  }
  if (at < body.end) out.push({ start: at, end: body.end });
  return out;
}

/**
 * Whether an original offset lies in the analyzed body (not in a header, footer or boilerplate).
 *
 * @example
 * ```ts
 * inBody(bodyRanges(doc), 0); // false when the file starts with a site header
 * ```
 */
export function inBody(ranges: Array<{ start: number; end: number }>, offset: number): boolean {
  return ranges.some((r) => offset >= r.start && offset < r.end);
}

/**
 * The paragraphs of the body as original spans with their text.
 *
 * @example
 * ```ts
 * bodyParagraphs(doc)[0].text; // '各位代表：'
 * ```
 */
export function bodyParagraphs(doc: TifaDocument): Array<{ start: number; end: number; text: string }> {
  const ranges = bodyRanges(doc);
  return doc.paragraphs
    .filter((p) => inBody(ranges, p.start))
    .map((p) => ({ start: p.start, end: p.end, text: doc.text.slice(p.start, p.end) }));
}

/**
 * Title of the deepest section containing an original offset, or null.
 *
 * @example
 * ```ts
 * sectionTitleAt(doc, 622); // '一、政治生态建设总体情况'
 * ```
 */
export function sectionTitleAt(doc: TifaDocument, offset: number): string | null {
  let best: { title: string; level: number } | null = null;
  for (const s of doc.sections) if (offset >= s.start && offset < s.end && (!best || s.level >= best.level)) best = s;
  return best?.title ?? null;
}

/** Chinese numerals 一…九十 and their values (两 = 2). */
const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * Value of a small Chinese numeral (一 … 九十九), or NaN.
 *
 * @example
 * ```ts
 * cnNumber('十二'); // 12
 * ```
 */
export function cnNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二两三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(s);
  if (!m || s === '') return Number.NaN;
  const [, tens, ten, units] = m;
  if (!ten) return tens && !units ? CN_DIGITS[tens]! : Number.NaN;
  return (tens ? CN_DIGITS[tens]! : 1) * 10 + (units ? CN_DIGITS[units]! : 0);
}

/**
 * A Chinese numeral for a small number (1 → 一, 12 → 十二).
 *
 * @example
 * ```ts
 * cnNumeral(4); // '四'
 * ```
 */
export function cnNumeral(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n]!;
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return `${tens === 1 ? '' : digits[tens]}十${units ? digits[units] : ''}`;
}

import type { TifaDocument } from '../document/types.js';

/** Where a finding is: original offsets, the section it sits in, and its sentence. */
export interface Occurrence {
  start: number;
  end: number;
  /** Title of the deepest section containing it (null in the preamble). */
  section: string | null;
  /**
   * The sentence it occurs in, as written in the original text; a sentence longer than
   * {@link MAX_SENTENCE} characters is cut to a window around the finding, marked with `…`.
   */
  sentence: string;
  /** The 1-based page it starts on, for documents with pages (PDF). */
  page?: number;
}

/** Longest sentence given whole as evidence (longer ones are cut around the finding). */
export const MAX_SENTENCE = 300;

/**
 * The evidence sentence for a finding at original offsets `[start, end)` in sentence `si`:
 * the sentence as written, or a window of about 100 characters on each side when it is long
 * (a 1 MB line without a full stop must not be copied into every finding).
 */
export function sentenceEvidence(doc: TifaDocument, si: number, start: number, end: number): string {
  const s = si >= 0 ? doc.sentences[si] : undefined;
  if (!s) return '';
  if (s.end - s.start <= MAX_SENTENCE) return doc.text.slice(s.start, s.end);
  const a = Math.max(s.start, start - 100);
  const b = Math.min(s.end, Math.max(end, start) + 100);
  return (a > s.start ? '…' : '') + doc.text.slice(a, b) + (b < s.end ? '…' : '');
}

/**
 * Builds the evidence of a finding from normalized offsets.
 *
 * @example
 * ```ts
 * const occ = occurrenceAt(doc, m.start, m.end);
 * doc.text.slice(occ.start, occ.end); // the finding as written
 * ```
 */
export function occurrenceAt(doc: TifaDocument, nStart: number, nEnd: number): Occurrence {
  const { start, end } = doc.span(nStart, nEnd);
  const si = doc.sentenceAt(nStart);
  const s = si >= 0 ? doc.sentences[si] : undefined;
  const sec = s && s.section >= 0 ? doc.sections[s.section] : sectionAt(doc, nStart);
  const occurrence: Occurrence = {
    start,
    end,
    section: sec ? sec.title : null,
    sentence: sentenceEvidence(doc, si, start, end),
  };
  const page = doc.pageAt(start);
  if (page !== null) occurrence.page = page;
  return occurrence;
}

/** The deepest section containing normalized offset `n`. */
export function sectionAt(doc: TifaDocument, n: number): TifaDocument['sections'][number] | undefined {
  let best: TifaDocument['sections'][number] | undefined;
  for (const s of doc.sections) {
    if (s.nStart > n) break;
    if (n < s.nEnd && (!best || s.level >= best.level)) best = s;
  }
  return best;
}

/** The top-level section containing normalized offset `n` (index into doc.sections, or -1). */
export function topSectionIndex(doc: TifaDocument, n: number): number {
  let best = -1;
  const minLevel = topLevel(doc);
  for (let i = 0; i < doc.sections.length; i++) {
    const s = doc.sections[i]!;
    if (s.nStart > n) break;
    if (s.level === minLevel && n < s.nEnd) best = i;
  }
  return best;
}

/** The shallowest heading level present (1 when the report has 一、 headings). */
export function topLevel(doc: TifaDocument): number {
  let m = Infinity;
  for (const s of doc.sections) m = Math.min(m, s.level);
  return Number.isFinite(m) ? m : 1;
}

/** Rounds a rate for output (3 decimals), so output stays byte-stable. */
export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Per 10,000 analyzed characters. */
export function per10k(count: number, chars: number): number {
  return chars > 0 ? round3((count * 10000) / chars) : 0;
}

/** Whether normalized offset `n` is analyzed text (in the body and not boilerplate). */
export function analyzed(doc: TifaDocument, n: number): boolean {
  return n >= doc.body.nStart && n < doc.body.nEnd && !doc.isExcluded(n);
}

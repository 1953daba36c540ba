import type { TifaDocument } from '../document/types.js';

/** Where a finding is: original offsets, the section it sits in, and its sentence. */
export interface Occurrence {
  start: number;
  end: number;
  /** Title of the deepest section containing it (null in the preamble). */
  section: string | null;
  /**
   * The index of the sentence it occurs in among the document's sentences, a key of the
   * result's `sentences` table (`result.sentences[occ.sentence].text`), or null when it is in none.
   */
  sentence: number | null;
  /**
   * The sentence as written, only with `--evidence inline` ({@link evidenceText}); a sentence
   * longer than {@link MAX_SENTENCE} characters is cut to a window around the finding, marked with `…`.
   */
  sentenceText?: string;
  /** The 1-based page it starts on, for documents with pages (PDF). */
  page?: number;
}

/** A sentence findings refer to, as written: `doc.text.slice(start, end) === text`. */
export interface EvidenceSentence {
  start: number;
  end: number;
  text: string;
}

/**
 * The sentences findings refer to, keyed by their index among the document's sentences
 * (JSON object keys are strings: `sentences[String(occ.sentence)]`). Each sentence is written
 * once however many findings it holds.
 */
export type SentenceTable = Record<string, EvidenceSentence>;

/** Longest sentence given whole as inline evidence (longer ones are cut around the finding). */
export const MAX_SENTENCE = 300;

/** Characters of a long sentence kept on each side of a finding in inline evidence. */
const WINDOW_SIDE = 100;

/**
 * The table of sentences `indexes` (document sentence indexes, any order, repeats allowed),
 * in document order.
 *
 * @example
 * ```ts
 * sentenceTable(doc, [3, 0, 3]); // { '0': { start, end, text }, '3': { … } }
 * ```
 */
export function sentenceTable(doc: TifaDocument, indexes: Iterable<number>): SentenceTable {
  const sorted = [...new Set(indexes)].filter((i) => i >= 0 && i < doc.sentences.length).sort((a, b) => a - b);
  const table: SentenceTable = {};
  for (const i of sorted) {
    const s = doc.sentences[i]!;
    table[i] = { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) };
  }
  return table;
}

/**
 * The evidence sentence of a finding at original offsets `[start, end)`: its sentence as
 * written, or a window of about 100 characters on each side when the sentence is longer than
 * {@link MAX_SENTENCE} (a 1 MB line without a full stop is not repeated beside every finding);
 * '' when it has none. A finding that already carries its `sentenceText` (inline evidence) gives it.
 *
 * @example
 * ```ts
 * evidenceText(result.sentences, result.claims[0]); // '全年召开中心组学习会36次。'
 * ```
 */
export function evidenceText(
  table: SentenceTable | undefined,
  finding: { start: number; end: number; sentence: number | null; sentenceText?: string },
): string {
  if (finding.sentenceText !== undefined) return finding.sentenceText;
  const s = finding.sentence === null ? undefined : table?.[finding.sentence];
  if (!s) return '';
  if (s.end - s.start <= MAX_SENTENCE) return s.text;
  const { start, end } = finding;
  const a = Math.max(s.start, start - WINDOW_SIDE);
  const b = Math.min(s.end, Math.max(end, start) + WINDOW_SIDE);
  return (a > s.start ? '…' : '') + s.text.slice(a - s.start, b - s.start) + (b < s.end ? '…' : '');
}

/**
 * The evidence sentence for a finding at original offsets `[start, end)` in sentence `si`
 * of `doc` (see {@link evidenceText}), for findings outside a result (keyword in context).
 */
export function sentenceEvidence(doc: TifaDocument, si: number, start: number, end: number): string {
  const s = si >= 0 ? doc.sentences[si] : undefined;
  if (!s) return '';
  const entry = { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) };
  return evidenceText({ [si]: entry }, { start, end, sentence: si });
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
    sentence: si >= 0 ? si : null,
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

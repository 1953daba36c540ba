import type { Encoding } from './decode.js';
import type { DocumentFormat } from './formats/detect.js';
import type { Script } from './script.js';
import type { ExclusionReason, SectionRole } from './structure.js';

/** A span of the original text: `doc.text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** A token: `text` is `source.slice(start, end)` of the string that was segmented. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Part of speech (jieba tags; `m` number, `nz` dictionary term), when asked for. */
  pos?: string;
}

/** A section found from a heading. Offsets point into the original text. */
export interface Section extends Span {
  /** The heading as written (the lead sentence for `（一）…。` headings). */
  title: string;
  /** 1 for `一、`, 2 for `（一）`, 3 for `1.`, 4 for inline `一是…`. */
  level: number;
  /** The number in the heading (1 for 一). */
  number: number;
  /** Index of the enclosing section in `sections`, or -1. */
  parent: number;
  /** The role of its top-level section in the genre. */
  role: SectionRole;
  /** End of the heading text (original offsets). */
  headingEnd: number;
  /** Normalized-text offsets (internal). */
  nStart: number;
  nEnd: number;
}

/** A sentence with its enclosing (deepest) section index, or -1 for the preamble. */
export interface Sentence extends Span {
  section: number;
  nStart: number;
  nEnd: number;
}

/** Where the year of a document was read from. */
export type YearSource = 'metadata' | 'title' | 'date' | 'filename' | 'review-heading' | 'body';

/**
 * The central document type that flows through the pipeline.
 * `text` is the original decoded text; every offset tifa outputs points into it.
 * `normalized` is what analyzers read (simplified characters for a traditional text, digits
 * split by layout joined, full-width forms folded); {@link TifaDocument.span} converts its
 * offsets back.
 */
export interface TifaDocument {
  source: string;
  /** The file format, recognised by content (`txt` for a string). */
  format: DocumentFormat;
  /** The character encoding of a text or HTML file; `string` for text given as a string; null for docx, doc, pdf. */
  encoding: Encoding | 'string' | null;
  /** The script of `text`; a traditional or mixed text is analyzed as a simplified copy. */
  script: Script;
  /** The text offsets point into: the decoded file, or the text extracted from a docx, doc, pdf or web page. */
  text: string;
  normalized: string;
  /** normalized offset → original offset (length `normalized.length + 1`). */
  offsetMap: Int32Array;
  /** For a PDF: the original offset at which each page starts; null for formats without pages. */
  pageStarts: number[] | null;
  title: string | null;
  date: string | null;
  year: number | null;
  yearSource: YearSource | null;
  /** Boilerplate kept in the text but excluded from analysis. */
  excluded: Array<Span & { reason: ExclusionReason; nStart: number; nEnd: number }>;
  /** The analyzed body (normalized offsets): the text minus header zone and footer. */
  body: { nStart: number; nEnd: number };
  sections: Section[];
  paragraphs: Array<Span & { nStart: number; nEnd: number }>;
  sentences: Sentence[];
  /** Number of analyzed characters (non-space characters of the body, boilerplate excluded). */
  chars: number;
  /** Converts a normalized span to an original span. */
  span(nStart: number, nEnd: number): Span;
  /** Index of the sentence containing normalized offset `n` (or -1). */
  sentenceAt(n: number): number;
  /** Whether a normalized offset falls in excluded boilerplate or outside the body. */
  isExcluded(n: number): boolean;
  /** The 1-based page holding original offset `offset`, or null when the document has no pages. */
  pageAt(offset: number): number | null;
}

import type { TifaDocument } from '../document/types.js';
import type { SectionRole, ExclusionReason } from '../document/structure.js';

/** The `document` part of a result. */
export interface DocumentSummary {
  source: string;
  title: string | null;
  issuer: string | null;
  genre: string | null;
  date: string | null;
  year: number | null;
  yearSource: string | null;
  /** `txt`, `docx`, `doc`, `pdf` or `html`, recognised by content. */
  format: string;
  /** Null for formats that carry Unicode themselves (docx, doc, pdf). */
  encoding: string | null;
  /** `simplified`, `traditional` or `mixed`; traditional text is analyzed as a simplified copy. */
  script: string;
  /** Number of pages (PDF only). */
  pages?: number;
  /** Analyzed characters: non-space characters of the body, boilerplate excluded. */
  chars: number;
  /** Length of the decoded text in UTF-16 code units (offsets run from 0 to this). */
  length: number;
  paragraphs: number;
  sentences: number;
  sections: Array<{
    title: string;
    level: number;
    number: number;
    role: SectionRole;
    parent: number;
    start: number;
    end: number;
  }>;
  excluded: Array<{ reason: ExclusionReason; start: number; end: number; text: string }>;
}

/** Metadata that a manifest may add to a document. */
export interface DocumentMeta {
  title?: string;
  issuer?: string;
  genre?: string;
  year?: number;
}

/**
 * Summarizes a document for output.
 *
 * @example
 * ```ts
 * summarizeDocument(doc).sections.map((s) => s.title);
 * ```
 */
export function summarizeDocument(doc: TifaDocument, meta: DocumentMeta = {}): DocumentSummary {
  return {
    source: doc.source,
    title: meta.title ?? doc.title,
    issuer: meta.issuer ?? null,
    genre: meta.genre ?? null,
    date: doc.date,
    year: doc.year,
    yearSource: doc.yearSource,
    format: doc.format,
    encoding: doc.encoding,
    script: doc.script,
    ...(doc.pageStarts ? { pages: doc.pageStarts.length } : {}),
    chars: doc.chars,
    length: doc.text.length,
    paragraphs: doc.paragraphs.length,
    sentences: doc.sentences.length,
    sections: doc.sections.map((s) => ({
      title: s.title,
      level: s.level,
      number: s.number,
      role: s.role,
      parent: s.parent,
      start: s.start,
      end: s.end,
    })),
    excluded: doc.excluded.map((e) => ({
      reason: e.reason,
      start: e.start,
      end: e.end,
      text: doc.text.slice(e.start, e.end),
    })),
  };
}

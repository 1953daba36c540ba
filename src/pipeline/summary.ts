import type { TifaDocument } from '../document/types.js';
import type { SectionRole, ExclusionReason } from '../document/structure.js';
import type { DocumentMeta } from '../document/meta.js';
import { detectIssuer, type VariableSource } from '../document/issuer.js';

/** The `document` part of a result. */
export interface DocumentSummary {
  source: string;
  title: string | null;
  issuer: string | null;
  /** Where the issuer came from: `metadata` (manifest or options), `title`, `text` (first lines), or null. */
  issuerSource: VariableSource | null;
  genre: string | null;
  /** Where the genre came from, like `issuerSource`. */
  genreSource: VariableSource | null;
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

/**
 * Summarizes a document for output.
 */
export function summarizeDocument(doc: TifaDocument, meta: DocumentMeta = {}): DocumentSummary {
  const title = meta.title ?? doc.title;
  const detected = detectIssuer(title, doc.normalized);
  return {
    source: doc.source,
    title,
    issuer: meta.issuer ?? detected.issuer,
    issuerSource: meta.issuer ? 'metadata' : detected.issuerSource,
    genre: meta.genre ?? detected.genre,
    genreSource: meta.genre ? 'metadata' : detected.genreSource,
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

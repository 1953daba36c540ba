import type { TifaDocument, Token } from '../document/types.js';
import type { Dictionary } from '../dictionary/dictionary.js';
import type { Segmenter } from '../segment/segmenter.js';

/** A span of the normalized text claimed by one analyzer, so others leave it alone. */
export interface ReservedSpan {
  nStart: number;
  nEnd: number;
  by: string;
}

/**
 * What analyzers share while one document is analyzed: the dictionary, the segmenter,
 * tokens of the normalized text (computed once, on first use) and spans reserved by earlier
 * analyzers (formulations, so 四个意识 never becomes a claim of 4).
 */
export interface AnalyzeContext {
  dictionary: Dictionary;
  segmenter(): Segmenter;
  /** Tokens of `doc.normalized` (normalized offsets). */
  tokens(): Token[];
  reserved: ReservedSpan[];
}

/** An analyzer: a small function from a document to plain JSON-serializable data. */
export type Analyzer<R, O = unknown> = (doc: TifaDocument, ctx: AnalyzeContext, options?: O) => R;

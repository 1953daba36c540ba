import type { Span, TifaDocument, Token } from '../document/types.js';
import type { Dictionary } from '../dictionary/dictionary.js';
import type { Segmenter } from '../segment/segmenter.js';
import type { Formulations } from './slogans/formulations.js';

/**
 * What analyzers share while one document is analyzed. Everything is computed lazily, once,
 * on first request, and depends only on the document and the dictionary: no analyzer writes
 * into the context, so an analyzer's result never depends on which others ran.
 * Build one with `createContext` (pipeline).
 */
export interface AnalyzeContext {
  dictionary: Dictionary;
  segmenter(): Segmenter;
  /** Tokens of `doc.normalized` (normalized offsets). */
  tokens(): Token[];
  /**
   * The numbered formulations of the document (known to the dictionary and discovered with
   * the default settings), with the quotation and title marks they were read from.
   */
  formulations(): Formulations;
  /**
   * Normalized spans of every numbered formulation (四个意识, 两个维护, 以案三促), sorted and
   * without duplicates: the numeric-claims analyzer never reads 四个意识 as a claim of 4.
   */
  formulationSpans(): readonly Span[];
}

/** An analyzer: a function of the document and its options to plain JSON-serializable data. */
export type Analyzer<R, O = undefined> = (doc: TifaDocument, ctx: AnalyzeContext, options?: O) => R;

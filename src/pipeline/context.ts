import type { TifaDocument, Token } from '../document/types.js';
import type { Dictionary } from '../dictionary/dictionary.js';
import { createSegmenter, DEFAULT_BACKEND, type Segmenter, type SegmenterBackend } from '../segment/segmenter.js';
import type { AnalyzeContext } from '../analyzers/context.js';
import { findFormulations, DEFAULT_DISCOVERY, type Formulations } from '../analyzers/slogans/formulations.js';

/** What {@link createContext} needs besides the document. */
export interface ContextOptions {
  dictionary: Dictionary;
  /** A ready segmenter (default: one of `backend`, made on first use). */
  segmenter?: Segmenter;
  /** Segmenter backend (default {@link DEFAULT_BACKEND}, node-rs-jieba). */
  backend?: SegmenterBackend;
}

/**
 * Builds the context analyzers share for one document: the segmenter, the tokens and the
 * formulation spans are computed on first request, once, whichever analyzer asks first.
 *
 * @example
 * ```ts
 * const doc = createDocument('一、总体情况\n增强“四个意识”，全年召开会议36次。');
 * const ctx = createContext(doc, { dictionary: loadDictionary() });
 * claims(doc, ctx).claims.map((c) => c.text); // ['36次'] (四个意识 is a formulation)
 * ```
 */
export function createContext(doc: TifaDocument, options: ContextOptions): AnalyzeContext {
  const { dictionary } = options;
  let segmenter = options.segmenter;
  let tokens: Token[] | undefined;
  let formulations: Formulations | undefined;
  const ctx: AnalyzeContext = {
    dictionary,
    segmenter: () => (segmenter ??= createSegmenter({ backend: options.backend ?? DEFAULT_BACKEND, dictionary })),
    tokens: () => (tokens ??= ctx.segmenter().cut(doc.normalized)),
    formulations: () => (formulations ??= findFormulations(doc, dictionary, DEFAULT_DISCOVERY)),
    formulationSpans: () => ctx.formulations().spans,
  };
  return ctx;
}

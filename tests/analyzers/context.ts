import { loadDocument } from '../../src/document/document.js';
import { loadDictionary } from '../../src/dictionary/dictionary.js';
import { createSegmenter } from '../../src/segment/segmenter.js';
import type { AnalyzeContext } from '../../src/analyzers/context.js';
import { createContext } from '../../src/pipeline/context.js';
import type { TifaDocument } from '../../src/document/types.js';
import { SEED } from '../helpers.js';

/** The 2025 report and a fresh analysis context, as the pipeline builds them. */
export async function seedContext(): Promise<{ doc: TifaDocument; ctx: AnalyzeContext }> {
  const doc = await loadDocument(SEED);
  return { doc, ctx: contextFor(doc) };
}

/** A fresh analysis context for a document. */
export function contextFor(doc: TifaDocument): AnalyzeContext {
  const dictionary = loadDictionary();
  return createContext(doc, { dictionary, segmenter: createSegmenter({ dictionary }) });
}

import type { TifaDocument } from '../document/types.js';
import { sentenceTable, type SentenceTable } from '../analyzers/evidence.js';

/** A finding that refers to a sentence: an `Occurrence`, a claim, an agenda item. */
export interface SentenceRef {
  start: number;
  end: number;
  sentence: number | null;
  sentenceText?: string;
}

/** Result keys that hold no findings with evidence (skipped when walking a result). */
const NO_EVIDENCE = new Set([
  'schemaVersion',
  'producer',
  'document',
  'sentences',
  'keywords',
  'vocabulary',
  'quantities',
]);

function isRef(x: Record<string, unknown>): boolean {
  return typeof x.start === 'number' && typeof x.end === 'number' && 'sentence' in x && 'section' in x;
}

function walk(value: unknown, visit: (ref: SentenceRef) => void): void {
  if (Array.isArray(value)) {
    for (const v of value) walk(v, visit);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  if (isRef(o)) visit(o as unknown as SentenceRef);
  for (const k in o) {
    const v = o[k];
    if (v !== null && typeof v === 'object') walk(v, visit);
  }
}

/**
 * Calls `visit` on every finding of a result that refers to a sentence (term and slogan
 * occurrences, member checks, claims, problems, plans), in result order.
 *
 * @example
 * ```ts
 * forEachSentenceRef(result, (f) => console.log(f.start, f.sentence));
 * ```
 */
export function forEachSentenceRef(result: Record<string, unknown>, visit: (ref: SentenceRef) => void): void {
  for (const key in result) if (!NO_EVIDENCE.has(key)) walk(result[key], visit);
}

/**
 * The sentence table of a result: the sentences of `doc` its findings refer to, each once.
 *
 * @example
 * ```ts
 * result.sentences = referencedSentences(doc, result);
 * ```
 */
export function referencedSentences(doc: TifaDocument, result: Record<string, unknown>): SentenceTable {
  const indexes: number[] = [];
  forEachSentenceRef(result, (ref) => {
    if (ref.sentence !== null) indexes.push(ref.sentence);
  });
  return sentenceTable(doc, indexes);
}

import { createRequire } from 'node:module';

// natural's index pulls in database clients and dotenv, which prints to stdout on import;
// tifa loads only the modules it uses.
const require = createRequire(import.meta.url);

interface TfIdfTerm {
  term: string;
  tfidf: number;
}
/** natural's TfIdf, as tifa uses it. */
export interface NaturalTfIdf {
  addDocument(doc: string[] | string): void;
  listTerms(i: number): TfIdfTerm[];
}

/**
 * natural's TfIdf class.
 *
 * @example
 * ```ts
 * const tfidf = naturalTfIdf(); tfidf.addDocument(['廉政', '政治生态']);
 * ```
 */
export function naturalTfIdf(): NaturalTfIdf {
  const { TfIdf } = require('natural/lib/natural/tfidf/index.js') as { TfIdf: new () => NaturalTfIdf };
  return new TfIdf();
}

/**
 * natural's Jaro–Winkler similarity (1 = identical).
 *
 * @example
 * ```ts
 * jaroWinkler('城镇新增就业', '城镇新增就业人数'); // ≈ 0.95
 * ```
 */
export function jaroWinkler(a: string, b: string): number {
  const { JaroWinklerDistance } = require('natural/lib/natural/distance/index.js') as {
    JaroWinklerDistance: (a: string, b: string, o?: unknown) => number;
  };
  return JaroWinklerDistance(a, b, {});
}

/**
 * natural's Dice coefficient over character bigrams (1 = identical).
 *
 * @example
 * ```ts
 * dice('理论学习深度有待拓展', '理论学习深度不够');
 * ```
 */
export function dice(a: string, b: string): number {
  const { DiceCoefficient } = require('natural/lib/natural/distance/index.js') as {
    DiceCoefficient: (a: string, b: string) => number;
  };
  return DiceCoefficient(a, b);
}

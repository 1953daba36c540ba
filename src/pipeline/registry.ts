import { terms } from '../analyzers/terms.js';
import { keywords } from '../analyzers/keywords.js';

/**
 * The analyzers, in the order they run (later ones may use spans reserved by earlier ones).
 * Each writes its own keys into the result.
 */
export const ANALYZERS = {
  terms,
  keywords,
} as const;

/** Names of the analyzers. */
export type AnalyzerName = keyof typeof ANALYZERS;

/** The keys analyzers add to a result. */
export type AnalyzerResults = UnionToIntersection<{ [K in AnalyzerName]: ReturnType<(typeof ANALYZERS)[K]> }[AnalyzerName]>;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

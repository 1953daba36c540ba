/**
 * The analyzers, in the order they run (later ones may use spans reserved by earlier ones).
 * Each writes its own keys into the result.
 */
export const ANALYZERS = {} as const;

/** Names of the analyzers. */
export type AnalyzerName = keyof typeof ANALYZERS;

/** The keys analyzers add to a result. */
export type AnalyzerResults = Record<string, unknown>;

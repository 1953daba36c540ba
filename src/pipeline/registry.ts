import type { TifaDocument } from '../document/types.js';
import type { AnalyzeContext } from './context.js';
import { terms, type TermResult, type CategoryResult } from '../analyzers/terms.js';
import { keywords, type Keyword } from '../analyzers/keywords.js';
import { agenda, type AgendaItem } from '../analyzers/agenda.js';
import { claims, type Claim } from '../analyzers/claims.js';
import { slogans, type Slogan } from '../analyzers/slogans.js';

/** The keys analyzers add to a result (each analyzer writes its own). */
export interface AnalyzerResults {
  /** Dictionary terms found, most frequent first. */
  terms: TermResult[];
  /** Totals per term category, with a breakdown per top-level section. */
  termCategories: CategoryResult[];
  /** Top keywords (TF-IDF with the genre IDF table, and TextRank). */
  keywords: Keyword[];
  /** Every keyword candidate with its count, for corpus-level comparison. */
  vocabulary: Array<{ word: string; count: number }>;
  /** The problems the report lists about itself (self-criticism). */
  problems: AgendaItem[];
  /** The plans the report announces. */
  plans: AgendaItem[];
  /** Formulations (提法), quoted phrases, cited documents and parallel constructions. */
  slogans: Slogan[];
  /** Numeric claims with subject, verb, period, direction and modality. */
  claims: Claim[];
}

type AnyAnalyzer = (doc: TifaDocument, ctx: AnalyzeContext, options?: never) => Partial<AnalyzerResults>;

/**
 * The analyzers, in the order they run (later ones may use spans reserved by earlier ones).
 * Each writes its own keys into the result.
 */
export const ANALYZERS: Record<'terms' | 'slogans' | 'claims' | 'keywords' | 'agenda', AnyAnalyzer> = {
  terms,
  // slogans reserves formulation spans, so it runs before claims
  slogans,
  claims,
  keywords,
  agenda,
};

/** Names of the analyzers. */
export type AnalyzerName = keyof typeof ANALYZERS;

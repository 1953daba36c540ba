import type { Analyzer } from '../analyzers/context.js';
import { terms, type TermResult, type CategoryResult, type TermsOptions } from '../analyzers/terms.js';
import { keywords, type Keyword, type KeywordsOptions } from '../analyzers/keywords.js';
import { agenda, type AgendaItem } from '../analyzers/agenda.js';
import { claims, type Claim, type ClaimsOptions, type NonClaimQuantity } from '../analyzers/claims.js';
import { slogans, type Slogan, type SlogansOptions } from '../analyzers/slogans.js';

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
  /** Quantities that are not claims (years, dates, ordinals), only with the claims option `quantities`. */
  quantities?: NonClaimQuantity[];
}

/** Names of the analyzers. */
export type AnalyzerName = 'terms' | 'slogans' | 'claims' | 'keywords' | 'agenda';

/** The options each analyzer takes (`AnalyzeOptions.options`). */
export interface AnalyzerOptions {
  terms: TermsOptions;
  slogans: SlogansOptions;
  claims: ClaimsOptions;
  keywords: KeywordsOptions;
  agenda: undefined;
}

/** The keys each analyzer writes. */
export interface AnalyzerOutputs {
  terms: Pick<AnalyzerResults, 'terms' | 'termCategories'>;
  slogans: Pick<AnalyzerResults, 'slogans'>;
  claims: Pick<AnalyzerResults, 'claims' | 'quantities'>;
  keywords: Pick<AnalyzerResults, 'keywords' | 'vocabulary'>;
  agenda: Pick<AnalyzerResults, 'problems' | 'plans'>;
}

/**
 * The analyzers, in the order their keys appear in a result. Each is a function of the
 * document and its own options alone: what they share (formulation spans, tokens) the
 * context computes once, on request.
 */
export const ANALYZERS: { readonly [K in AnalyzerName]: Analyzer<AnalyzerOutputs[K], AnalyzerOptions[K]> } = {
  terms,
  slogans,
  claims,
  keywords,
  agenda,
};

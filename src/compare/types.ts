/** Version of the comparison format (see schema/comparison.schema.json). */
export const COMPARISON_SCHEMA_VERSION = '2.0.0';

/** A document variable that comparisons can group by. */
export type GroupVariable = 'year' | 'issuer' | 'genre';

/** The document variables comparisons can group by, in the order `--by` lists them. */
export const GROUP_VARIABLES: readonly GroupVariable[] = ['year', 'issuer', 'genre'];

/** The group value of a document whose issuer or genre is not known. */
export const UNKNOWN_VALUE = '(unknown)';

/** Evidence for a finding in one report. */
export interface Evidence {
  year: number;
  /** The group of the report (see {@link ComparisonGroup.id}). */
  group: string;
  source: string;
  start: number;
  end: number;
  sentence: string;
}

/** Options for `compareResults`. */
export interface CompareOptions {
  /**
   * Document variables to group by (default `['year']`): `['issuer']`, `['genre']`, or a panel
   * such as `['issuer', 'year']`. Several reports in one group are added together.
   */
  by?: GroupVariable[];
  /** Group whose keyness is measured, by its id (`2025`, `国务院`, `国务院/2025`; default: the last group). */
  target?: string | number;
  /**
   * Reference for keyness: all other groups (`rest`, the default), the previous group of the
   * same series (`previous`: the previous year of the same issuer in an issuer × year panel), or a
   * named group (its id).
   */
  reference?: 'rest' | 'previous' | (string & {});
  /** Keyness statistic to rank by (default G²). */
  measure?: 'g2' | 'chi2';
  /** Features with fewer occurrences in target + reference are left out (default 5). */
  minCount?: number;
  /** Keywords compared between consecutive years (default 20). */
  topKeywords?: number;
  /** Minimum similarity to line up claims by subject (default 0.85, Jaro–Winkler). */
  claimSimilarity?: number;
  /** Minimum similarity to line up problems (default 0.5, Dice on character bigrams). */
  problemSimilarity?: number;
}

/** A compared report and its document variables. */
export interface ComparedDocument {
  source: string;
  /** The path relative to the corpus root (the deepest folder holding every compared report), `/`-separated. */
  doc: string;
  title: string | null;
  year: number;
  issuer: string | null;
  /** Where the issuer came from: `metadata` (a manifest or `meta`), `title`, `text`, or null when unknown. */
  issuerSource: string | null;
  genre: string | null;
  /** Where the genre came from, like `issuerSource`. */
  genreSource: string | null;
  chars: number;
  /** The id of its group. */
  group: string;
}

/**
 * A group of reports: one column of the trends. Its `id` joins the values of the grouping
 * variables with `/` (`2025`, `国务院`, `国务院/2025`).
 */
export interface ComparisonGroup {
  id: string;
  year: number | null;
  issuer: string | null;
  genre: string | null;
  /** Number of reports in the group. */
  documents: number;
  chars: number;
  /** The distinct issuers and genres of its reports ({@link UNKNOWN_VALUE} for unknown ones). */
  issuers: string[];
  genres: string[];
  /** What the group pools that the grouping does not separate: several issuers, several genres. */
  pooled: Array<'issuer' | 'genre'>;
}

/** A report left out of the comparison, with the reason. */
export interface SkippedDocument {
  source: string;
  reason: string;
}

/** Counts of one dictionary term per group (`counts[i]` is group `i`). */
export interface TermTrend {
  term: string;
  category: string;
  kind: string;
  total: number;
  counts: number[];
  per10k: number[];
}

/** Counts of one term category per group. */
export interface CategoryTrend {
  category: string;
  total: number;
  counts: number[];
  per10k: number[];
}

/** One feature's keyness: the target group against the reference. */
export interface KeynessFeature {
  feature: string;
  type: 'term' | 'word';
  category: string | null;
  targetCount: number;
  referenceCount: number;
  targetPer10k: number;
  referencePer10k: number;
  g2: number;
  chi2: number;
  logRatio: number;
  example: Evidence | null;
}

/** What distinguishes the target group from the reference. */
export interface KeynessResult {
  target: string;
  reference: 'rest' | 'previous' | 'group';
  referenceGroups: string[];
  measure: 'g2' | 'chi2';
  minCount: number;
  features: KeynessFeature[];
}

/** When and where a formulation (提法) occurs. */
export interface FormulationTimeline {
  formulation: string;
  category: string | null;
  known: boolean;
  years: number[];
  firstYear: number;
  lastYear: number;
  countsByYear: Record<string, number>;
  /** Counts per group id (groups without it left out). */
  countsByGroup: Record<string, number>;
  first: Evidence | null;
}

/** Formulations new and dropped between a group and the previous year of its series. */
export interface FormulationChange {
  group: string;
  previousGroup: string;
  year: number;
  previousYear: number;
  new: string[];
  dropped: string[];
}

/** When one issuer first used a formulation, and how long after the first issuer. */
export interface IssuerAdoption {
  issuer: string;
  firstYear: number;
  /** Years after the first use by any issuer (0 for the first issuers). */
  lagYears: number;
  /**
   * True when `firstYear` is the year of the issuer's first report in the comparison: it may have
   * used the formulation earlier, in reports not compared (the 1982 Party Congress report is the
   * first of that issuer in the reference corpus).
   */
  leftCensored: boolean;
  /** The issuer's uses per year. */
  countsByYear: Record<string, number>;
  first: Evidence | null;
}

/** How a formulation (or dictionary term) spread from issuer to issuer. */
export interface FormulationDiffusion {
  formulation: string;
  /** A numbered formulation (四个全面, known or discovered) or another dictionary term (全面从严治党). */
  kind: 'formulation' | 'term';
  category: string | null;
  known: boolean;
  firstYear: number;
  /** The issuers that used it in `firstYear` (several when they did so in the same year). */
  firstIssuers: string[];
  /** Every issuer that used it, earliest first. */
  issuers: IssuerAdoption[];
}

/** One claim of a claim series. */
export interface ClaimPoint extends Evidence {
  value: number | null;
  min: number | null;
  max: number | null;
  approx: string | null;
  text: string;
  subject: string;
  /** Similarity of its subject to the series' subject (1 for the first). */
  score: number;
}

/** Numeric claims of one issuer lined up across years by subject. */
export interface ClaimSeries {
  issuer: string | null;
  subject: string;
  unit: string | null;
  kind: string;
  modality: string;
  series: ClaimPoint[];
  change: {
    from: number;
    to: number;
    fromValue: number;
    toValue: number;
    delta: number;
    ratio: number | null;
  } | null;
}

/** Keywords entering and leaving the top list between a group and the previous year of its series. */
export interface KeywordShift {
  group: string;
  previousGroup: string;
  year: number;
  previousYear: number;
  entered: string[];
  left: string[];
}

/** The most distinctive keywords of one report (TF-IDF over the compared reports). */
export interface DistinctiveKeywords {
  year: number;
  group: string;
  source: string;
  words: Array<{ word: string; tfidf: number }>;
}

/** An agenda item (problem or plan) of one report. */
export interface AgendaEvidence extends Evidence {
  text: string;
}

/** A problem of one issuer, with the years it comes back in. */
export interface ProblemThread {
  issuer: string | null;
  text: string;
  years: number[];
  recurring: boolean;
  items: Array<AgendaEvidence & { score: number }>;
}

/** A plan of one year that came back as a problem of the same issuer the next year. */
export interface PlanBecameProblem {
  plan: AgendaEvidence;
  problem: AgendaEvidence;
  score: number;
}

/** A comparison of several reports, grouped by year, issuer, genre or a panel of them. */
export interface ComparisonResult {
  schemaVersion: string;
  kind: 'comparison';
  /** The grouping variables. */
  by: GroupVariable[];
  documents: ComparedDocument[];
  /** Reports left out, with the reason (no year). */
  skipped: SkippedDocument[];
  /** The groups, in order: the columns of `termTrends` and `categoryTrends`. */
  groups: ComparisonGroup[];
  /** What was pooled without a grouping variable to separate it, one sentence per group. */
  warnings: string[];
  /** Every year of the compared reports. */
  years: number[];
  termTrends: TermTrend[];
  categoryTrends: CategoryTrend[];
  keyness: KeynessResult;
  formulations: FormulationTimeline[];
  formulationChanges: FormulationChange[];
  /** For each formulation and dictionary term, the first year per issuer and the lag behind the first issuer. */
  diffusion: FormulationDiffusion[];
  claims: ClaimSeries[];
  keywordShifts: KeywordShift[];
  distinctiveKeywords: DistinctiveKeywords[];
  problems: ProblemThread[];
  plansThatBecameProblems: PlanBecameProblem[];
}

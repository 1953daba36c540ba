import _ from 'lodash';
import type { TifaResult } from '../pipeline/analyze.js';
import { cmp } from '../util/order.js';
import { round3 } from '../analyzers/evidence.js';
import { naturalTfIdf } from '../util/natural.js';
import { typeError } from '../util/errors.js';
import { groupResults, parseBy, type Grouping } from './groups.js';
import { keynessOf, termCounts } from './trends.js';
import { formulationChanges, formulationsOf } from './formulations.js';
import { alignClaims, alignProblems, DEFAULT_CLAIM_SIMILARITY, DEFAULT_PROBLEM_SIMILARITY } from './align.js';
import {
  COMPARISON_SCHEMA_VERSION,
  type CompareOptions,
  type ComparisonResult,
  type DistinctiveKeywords,
  type KeywordShift,
} from './types.js';

export * from './types.js';

/** Default of {@link CompareOptions.topKeywords}. */
export const DEFAULT_TOP_KEYWORDS = 20;
/** Distinctive keywords listed per report. */
export const DISTINCTIVE_KEYWORDS = 10;

function keywordShifts(g: Grouping, topN: number): KeywordShift[] {
  const tops = g.groups.map((_group, i) =>
    _.uniq(g.docs.filter((d) => d.group === i).flatMap((d) => (d.r.keywords ?? []).slice(0, topN).map((k) => k.word))),
  );
  const shifts: KeywordShift[] = [];
  g.groups.forEach((group, i) => {
    const p = g.previous[i]!;
    if (p < 0) return;
    shifts.push({
      group: group.id,
      previousGroup: g.groups[p]!.id,
      year: group.year!,
      previousYear: g.groups[p]!.year!,
      entered: _.difference(tops[i]!, tops[p]!).sort(cmp),
      left: _.difference(tops[p]!, tops[i]!).sort(cmp),
    });
  });
  return shifts;
}

function distinctiveKeywords(g: Grouping): DistinctiveKeywords[] {
  const tfidf = naturalTfIdf();
  for (const d of g.docs)
    tfidf.addDocument((d.r.vocabulary ?? []).flatMap((v) => new Array<string>(v.count).fill(v.word)));
  return g.docs.map((d, i) => ({
    year: d.year,
    group: g.groups[d.group]!.id,
    source: d.r.document.source,
    words: _.orderBy(
      tfidf.listTerms(i).map((t) => ({ word: t.term, tfidf: round3(t.tfidf) })),
      ['tfidf', 'word'],
      ['desc', 'asc'],
    ).slice(0, DISTINCTIVE_KEYWORDS),
  }));
}

/**
 * Compares analysis results across groups of reports: by year (the default), issuer, genre or a
 * panel such as issuer × year. It gives term and category trends per group, keyness of a target
 * group (Dunning's G², chi² optional, log-ratio effect size), a formulations timeline with new
 * and dropped formulations, the diffusion of each formulation across issuers (first year, lag
 * behind the first issuer), numeric claims and problems lined up within each issuer, keyword
 * shifts and distinctive keywords (natural's TfIdf). Works on results only, never on text.
 * Several reports of one group are added together; a group that pools issuers or genres the
 * grouping does not separate is flagged (`groups[].pooled`, `warnings`).
 *
 * @example
 * ```ts
 * const results = await Promise.all(files.map((f) => analyze(f)));
 * compareResults(results).formulations.find((f) => f.formulation === '四个意识')?.firstYear;
 * compareResults(results, { by: ['issuer'] }).diffusion.find((f) => f.formulation === '四个全面')?.issuers;
 * ```
 */
export function compareResults(results: TifaResult[], options: CompareOptions = {}): ComparisonResult {
  if (!Array.isArray(results)) throw typeError('compareResults expects an array of results');
  const g = groupResults(results, parseBy(options.by));
  const tc = termCounts(g);
  const { timeline, diffusion } = formulationsOf(g);
  return {
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    kind: 'comparison',
    by: g.by,
    documents: g.documents,
    skipped: g.skipped,
    groups: g.groups,
    warnings: g.warnings,
    years: _.sortBy(_.uniq(g.docs.map((d) => d.year))),
    termTrends: tc.trends,
    categoryTrends: tc.categories,
    keyness: keynessOf(g, tc, options),
    formulations: timeline,
    formulationChanges: formulationChanges(g, timeline),
    diffusion,
    claims: alignClaims(g, options.claimSimilarity ?? DEFAULT_CLAIM_SIMILARITY),
    keywordShifts: keywordShifts(g, options.topKeywords ?? DEFAULT_TOP_KEYWORDS),
    distinctiveKeywords: distinctiveKeywords(g),
    ...alignProblems(g, options.problemSimilarity ?? DEFAULT_PROBLEM_SIMILARITY),
  };
}

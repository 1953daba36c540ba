import _ from 'lodash';
import { cmp } from '../util/order.js';
import { per10k, round3 } from '../analyzers/evidence.js';
import { typeError } from '../util/errors.js';
import { keyness } from './keyness.js';
import { evidenceOf, type Grouping } from './groups.js';
import type { CategoryTrend, CompareOptions, Evidence, KeynessFeature, KeynessResult, TermTrend } from './types.js';

/** Default of {@link CompareOptions.minCount}. */
export const DEFAULT_MIN_COUNT = 5;

/** Term counts per group, with the first occurrence of each term in each group as evidence. */
export interface TermCounts {
  trends: TermTrend[];
  categories: CategoryTrend[];
  /** term → group index → evidence of its first occurrence there. */
  examples: Map<string, Map<number, Evidence>>;
}

function zeros(n: number): number[] {
  return new Array<number>(n).fill(0);
}

/**
 * Adds up term and category counts per group and turns them into trends (per 10k characters of
 * the group), most frequent first.
 *
 * @example
 * ```ts
 * termCounts(grouping).trends[0]; // { term: '高质量发展', counts: [3, 5, 9], per10k: […], … }
 * ```
 */
export function termCounts(g: Grouping): TermCounts {
  const n = g.groups.length;
  const terms = new Map<string, { category: string; kind: string; counts: number[] }>();
  const examples = new Map<string, Map<number, Evidence>>();
  const categories = new Map<string, number[]>();
  for (const d of g.docs) {
    for (const t of d.r.terms ?? []) {
      const e = terms.get(t.term) ?? { category: t.category, kind: t.kind, counts: zeros(n) };
      terms.set(t.term, e);
      e.counts[d.group]! += t.count;
      const o = t.occurrences[0];
      const byGroup = examples.get(t.term) ?? new Map<number, Evidence>();
      examples.set(t.term, byGroup);
      if (o && !byGroup.has(d.group)) byGroup.set(d.group, evidenceOf(g, d, o));
    }
    for (const c of d.r.termCategories ?? []) {
      const counts = categories.get(c.category) ?? zeros(n);
      categories.set(c.category, counts);
      counts[d.group]! += c.count;
    }
  }
  const rates = (counts: number[]) => counts.map((c, i) => per10k(c, g.groups[i]!.chars));
  const trends = [...terms]
    .map(([term, e]) => ({
      term,
      category: e.category,
      kind: e.kind,
      total: _.sum(e.counts),
      counts: e.counts,
      per10k: rates(e.counts),
    }))
    .sort((a, b) => b.total - a.total || cmp(a.term, b.term));
  const categoryTrends = [...categories]
    .map(([category, counts]) => ({ category, total: _.sum(counts), counts, per10k: rates(counts) }))
    .sort((a, b) => b.total - a.total || cmp(a.category, b.category));
  return { trends, categories: categoryTrends, examples };
}

function targetIndex(g: Grouping, target: CompareOptions['target']): number {
  if (target === undefined) return g.groups.length - 1;
  const i = g.groups.findIndex((x) => x.id === String(target));
  if (i < 0)
    throw typeError(`compare: target ${target} is not among the groups ${g.groups.map((x) => x.id).join(', ')}`);
  return i;
}

function referenceOf(g: Grouping, ti: number, reference: string): { kind: KeynessResult['reference']; idx: number[] } {
  if (reference === 'rest') return { kind: 'rest', idx: _.range(g.groups.length).filter((i) => i !== ti) };
  if (reference === 'previous') {
    const p = g.previous[ti]!;
    return { kind: 'previous', idx: p >= 0 ? [p] : [] };
  }
  const i = g.groups.findIndex((x) => x.id === reference);
  if (i < 0 || i === ti)
    throw typeError(
      `compare: reference ${reference} is not rest, previous or another group (${g.groups.map((x) => x.id).join(', ')})`,
    );
  return { kind: 'group', idx: [i] };
}

/**
 * Keyness of the target group against the reference (the other groups, the previous year of the
 * same series, or a named group): dictionary terms and every other vocabulary word, ranked by
 * the chosen statistic, with an example sentence for terms.
 *
 * @example
 * ```ts
 * keynessOf(grouping, termCounts(grouping), { target: '国务院/2025', reference: 'previous' }).features[0];
 * ```
 */
export function keynessOf(g: Grouping, tc: TermCounts, options: CompareOptions): KeynessResult {
  const ti = targetIndex(g, options.target);
  const ref = referenceOf(g, ti, options.reference ?? 'rest');
  const measure = options.measure ?? 'g2';
  const minCount = options.minCount ?? DEFAULT_MIN_COUNT;
  const targetChars = g.groups[ti]!.chars;
  const refChars = _.sumBy(ref.idx, (i) => g.groups[i]!.chars);
  const termNames = new Set(tc.trends.map((t) => t.term));
  const words = new Map<string, number[]>();
  for (const d of g.docs)
    for (const v of d.r.vocabulary ?? []) {
      if (termNames.has(v.word)) continue;
      const counts = words.get(v.word) ?? zeros(g.groups.length);
      words.set(v.word, counts);
      counts[d.group]! += v.count;
    }
  const features: KeynessFeature[] = [];
  const add = (feature: string, type: 'term' | 'word', category: string | null, counts: number[]) => {
    const a = counts[ti]!;
    const b = _.sumBy(ref.idx, (i) => counts[i]!);
    if (a + b < minCount || refChars === 0) return;
    const k = keyness(a, b, targetChars, refChars);
    features.push({
      feature,
      type,
      category,
      targetCount: a,
      referenceCount: b,
      targetPer10k: per10k(a, targetChars),
      referencePer10k: per10k(b, refChars),
      g2: round3(k.g2),
      chi2: round3(k.chi2),
      logRatio: round3(k.logRatio),
      example: tc.examples.get(feature)?.get(ti) ?? null,
    });
  };
  for (const t of tc.trends) add(t.term, 'term', t.category, t.counts);
  for (const [word, counts] of words) add(word, 'word', null, counts);
  features.sort((x, y) => y[measure] - x[measure] || cmp(x.feature, y.feature));
  const id = (i: number) => g.groups[i]!.id;
  return { target: id(ti), reference: ref.kind, referenceGroups: ref.idx.map(id), measure, minCount, features };
}

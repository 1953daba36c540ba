import type { ComparisonResult, Evidence, FormulationTimeline } from '../../compare/compare.js';
import orderBy from 'lodash/orderBy.js';
import sortBy from 'lodash/sortBy.js';
import { diffusionData, type DiffusionData } from './diffusion.js';

/**
 * A sentence shown when the reader clicks a finding; `mark` is highlighted in it.
 *
 * @example
 * ```ts
 * const e: HtmlEvidence = { year: 2017, source: '2017.txt', sentence: '增强“四个意识”。', mark: '四个意识' };
 * ```
 */
export interface HtmlEvidence {
  year: number;
  source: string;
  sentence: string;
  mark: string;
}

/**
 * One bar of the keyness charts (short keys keep the embedded JSON small).
 *
 * @example
 * ```ts
 * data.keyness.positive[0]?.t; // count in the target year
 * ```
 */
export interface KeyBar {
  name: string;
  type: 'term' | 'word';
  category: string | null;
  /** Count in the target year and in the reference. */
  t: number;
  r: number;
  tp: number;
  rp: number;
  g2: number;
  chi2: number;
  lr: number;
  /** Index into {@link HtmlData.evidence}, or null. */
  ev: number | null;
}

/**
 * One row of the formulation heatmap.
 *
 * @example
 * ```ts
 * data.heat.rows.find((r) => r.name === '两个确立')?.firstYear; // 2022
 * ```
 */
export interface HeatRow {
  name: string;
  known: boolean;
  category: string | null;
  firstYear: number;
  lastYear: number;
  total: number;
  ev: number | null;
}

/**
 * The data the page's charts are drawn from (embedded as JSON in `#tifa-data`).
 *
 * @example
 * ```ts
 * const data = JSON.parse(document.getElementById('tifa-data')!.textContent!) as HtmlData;
 * ```
 */
export interface HtmlData {
  /** The group ids: the columns of the trends and the heatmap (years with the default grouping). */
  groups: string[];
  categories: Array<{ name: string; total: number; counts: number[]; per10k: number[] }>;
  terms: Array<{ name: string; category: string; total: number; counts: number[]; per10k: number[] }>;
  /** How many of the first `terms` are shown by default. */
  defaultTerms: number;
  heat: { rows: HeatRow[]; cells: Array<[number, number, number]>; max: number; total: number };
  keyness: { target: string; measure: 'g2' | 'chi2'; positive: KeyBar[]; negative: KeyBar[] };
  diffusion: DiffusionData;
  evidence: HtmlEvidence[];
}

/**
 * Limits of what the page shows.
 *
 * @example
 * ```ts
 * LIMITS.heatRows; // 60
 * ```
 */
export const LIMITS = {
  /** Terms offered in the term picker (the most frequent). */
  pickerTerms: 100,
  /** Terms drawn by default. */
  defaultTerms: 8,
  /** Rows of the formulation heatmap. */
  heatRows: 60,
  /** Over- and under-used features in the keyness charts. */
  positive: 20,
  negative: 10,
} as const;

/**
 * Collects the sentences the page can show, each once, and hands out their indexes
 * (in insertion order, so the output is deterministic).
 *
 * @example
 * ```ts
 * const reg = new EvidenceRegistry();
 * reg.add({ year: 2025, source: 'a.txt', start: 0, end: 4, sentence: '四个意识。' }, '四个意识'); // 0
 * ```
 */
export class EvidenceRegistry {
  readonly list: HtmlEvidence[] = [];
  private readonly index = new Map<string, number>();

  /**
   * Registers `e` (null or an empty sentence gives null) and returns its index.
   *
   * @example
   * ```ts
   * reg.add(null, 'x'); // null
   * ```
   */
  add(e: Evidence | null | undefined, mark: string): number | null {
    if (!e?.sentence) return null;
    const key = JSON.stringify([e.year, e.source, e.start, e.end, e.sentence, mark]);
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.list.length;
      this.list.push({ year: e.year, source: e.source, sentence: e.sentence, mark });
      this.index.set(key, i);
    }
    return i;
  }
}

/**
 * Picks the formulations for the heatmap: those occurring in at least one year shown; when there
 * are more than `limit`, the ones present in most years (then most frequent) are kept. The
 * result keeps the comparison's order (by first year, then name).
 *
 * @example
 * ```ts
 * heatFormulations(comparison.formulations, comparison.groups.map((g) => g.id), 60).length; // ≤ 60
 * ```
 */
export function heatFormulations(
  formulations: FormulationTimeline[],
  groups: string[],
  limit: number,
): { rows: FormulationTimeline[]; total: number } {
  const totalOf = (f: FormulationTimeline) => groups.reduce((s, g) => s + (f.countsByGroup[g] ?? 0), 0);
  const presentOf = (f: FormulationTimeline) => groups.filter((g) => (f.countsByGroup[g] ?? 0) > 0).length;
  const candidates = formulations
    .map((f, i) => ({ f, i, total: totalOf(f), present: presentOf(f) }))
    .filter((x) => x.total > 0);
  if (candidates.length <= limit) return { rows: candidates.map((x) => x.f), total: candidates.length };
  const kept = sortBy(orderBy(candidates, ['present', 'total', 'i'], ['desc', 'desc', 'asc']).slice(0, limit), 'i');
  return { rows: kept.map((x) => x.f), total: candidates.length };
}

/**
 * Builds the chart data of the page from a comparison, registering the sentences the charts
 * can show in `reg`.
 *
 * @example
 * ```ts
 * const reg = new EvidenceRegistry();
 * const data = buildHtmlData(comparison, reg); // then embed jsonForScript(data)
 * ```
 */
export function buildHtmlData(c: ComparisonResult, reg: EvidenceRegistry): HtmlData {
  const groups = c.groups.map((g) => g.id);
  const categories = c.categoryTrends.map((t) => ({
    name: t.category,
    total: t.total,
    counts: t.counts,
    per10k: t.per10k,
  }));
  const terms = c.termTrends
    .slice(0, LIMITS.pickerTerms)
    .map((t) => ({ name: t.term, category: t.category, total: t.total, counts: t.counts, per10k: t.per10k }));

  const heat = heatFormulations(c.formulations, groups, LIMITS.heatRows);
  const rows: HeatRow[] = heat.rows.map((f) => ({
    name: f.formulation,
    known: f.known,
    category: f.category,
    firstYear: f.firstYear,
    lastYear: f.lastYear,
    total: groups.reduce((s, g) => s + (f.countsByGroup[g] ?? 0), 0),
    ev: reg.add(f.first, f.formulation),
  }));
  const cells: Array<[number, number, number]> = [];
  let max = 0;
  heat.rows.forEach((f, r) => {
    groups.forEach((g, x) => {
      const n = f.countsByGroup[g] ?? 0;
      if (n > 0) {
        cells.push([x, r, n]);
        if (n > max) max = n;
      }
    });
  });

  const m = c.keyness.measure;
  const bar = (f: ComparisonResult['keyness']['features'][number]): KeyBar => ({
    name: f.feature,
    type: f.type,
    category: f.category,
    t: f.targetCount,
    r: f.referenceCount,
    tp: f.targetPer10k,
    rp: f.referencePer10k,
    g2: f.g2,
    chi2: f.chi2,
    lr: f.logRatio,
    ev: reg.add(f.example, f.feature),
  });
  const positive = c.keyness.features
    .filter((f) => f[m] > 0)
    .slice(0, LIMITS.positive)
    .map(bar);
  const negative = c.keyness.features
    .filter((f) => f[m] < 0)
    .slice(-LIMITS.negative)
    .reverse()
    .map(bar);

  return {
    groups,
    categories,
    terms,
    defaultTerms: Math.min(LIMITS.defaultTerms, terms.length),
    heat: { rows, cells, max, total: heat.total },
    keyness: { target: c.keyness.target, measure: m, positive, negative },
    diffusion: diffusionData(c, reg),
    evidence: reg.list,
  };
}

import _ from 'lodash';
import type { ComparisonResult, FormulationDiffusion } from '../../compare/compare.js';
import type { EvidenceRegistry } from './view.js';

/**
 * One formulation of the diffusion chart. `cells` are `[x, y, count, lagYears, evidence,
 * firstUse]`: x indexes `years`, y indexes `issuers`; `firstUse` is 1 on each issuer's first
 * year (2 for the first issuers overall), 0 elsewhere; `lagYears` and `evidence` are set on
 * first uses only.
 *
 * @example
 * ```ts
 * data.diffusion.formulations[0]?.cells.filter((c) => c[5] > 0).length; // issuers that used it
 * ```
 */
export interface DiffusionRow {
  name: string;
  firstYear: number;
  firstIssuers: string[];
  cells: Array<[number, number, number, number | null, number | null, 0 | 1 | 2]>;
}

/** The diffusion chart: issuers as rows, years as columns, one formulation at a time. */
export interface DiffusionData {
  issuers: string[];
  years: number[];
  /** Formulations used by two issuers or more: numbered formulations first, then terms; most issuers first. */
  formulations: DiffusionRow[];
  /** How many formulations two issuers or more share (some may be left out of `formulations`). */
  total: number;
}

/** Formulations offered in the diffusion chart's picker. */
export const DIFFUSION_LIMIT = 100;

function rowOf(f: FormulationDiffusion, issuers: string[], years: number[], reg: EvidenceRegistry): DiffusionRow {
  const x = new Map(years.map((y, i) => [y, i]));
  const y = new Map(issuers.map((s, i) => [s, i]));
  const cells: DiffusionRow['cells'] = [];
  for (const a of f.issuers)
    for (const [year, n] of Object.entries(a.countsByYear)) {
      const first = Number(year) === a.firstYear;
      cells.push([
        x.get(Number(year))!,
        y.get(a.issuer)!,
        n,
        first ? a.lagYears : null,
        first ? reg.add(a.first, f.formulation) : null,
        first ? (a.lagYears === 0 ? 2 : 1) : 0,
      ]);
    }
  return { name: f.formulation, firstYear: f.firstYear, firstIssuers: f.firstIssuers, cells };
}

/**
 * Builds the diffusion chart's data: the formulations that two issuers or more use (most issuers
 * first, then earliest), each with its uses per issuer and year and every issuer's first use.
 * Issuers are ordered by their earliest first use, then by name.
 *
 * @example
 * ```ts
 * diffusionData(comparison, new EvidenceRegistry()).issuers; // ['国务院', '中国共产党全国代表大会']
 * ```
 */
export function diffusionData(c: ComparisonResult, reg: EvidenceRegistry): DiffusionData {
  const shared = _.orderBy(
    c.diffusion.filter((f) => f.issuers.length > 1),
    [(f) => (f.kind === 'formulation' ? 0 : 1), (f) => f.issuers.length, 'firstYear', 'formulation'],
    ['asc', 'desc', 'asc', 'asc'],
  );
  const shown = shared.slice(0, DIFFUSION_LIMIT);
  const start = new Map<string, number>();
  for (const f of shown)
    for (const a of f.issuers) start.set(a.issuer, Math.min(start.get(a.issuer) ?? a.firstYear, a.firstYear));
  const issuers = _.orderBy([...start], [([, y]) => y, ([s]) => s]).map(([s]) => s);
  const years = c.years;
  return { issuers, years, formulations: shown.map((f) => rowOf(f, issuers, years, reg)), total: shared.length };
}

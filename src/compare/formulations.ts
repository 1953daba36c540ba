import _ from 'lodash';
import type { TifaResult } from '../pipeline/analyze.js';
import { FORMULATION_CONFIDENCE } from '../analyzers/slogans.js';
import { cmp } from '../util/order.js';
import { evidenceOf, type GroupedDoc, type Grouping } from './groups.js';
import type { Evidence, FormulationChange, FormulationDiffusion, FormulationTimeline } from './types.js';

/** One formulation (or, for the diffusion, dictionary term) as one report uses it. */
interface FormulationUse {
  name: string;
  /** Dictionary terms (全面从严治党, 新质生产力) count in the diffusion, not in the formulation timeline. */
  kind: 'formulation' | 'term';
  category: string | null;
  known: boolean;
  count: number;
  occurrence: { start: number; end: number; sentence: number | null } | undefined;
}

/**
 * The formulations a result uses: every dictionary entry from its terms (numbered formulations
 * such as 四个意识 with their variants, and terms such as 全面从严治党 in that exact wording, not
 * an alias), and discovered numbered formulations from its slogans (at or above
 * {@link FORMULATION_CONFIDENCE}).
 *
 * @example
 * ```ts
 * formulationUses(result).map((u) => u.name); // ['四个意识', '全面从严治党', …]
 * ```
 */
export function formulationUses(r: TifaResult): FormulationUse[] {
  const uses: FormulationUse[] = [];
  for (const t of r.terms ?? []) {
    // A term's aliases are other wordings (从严治党 for 全面从严治党): its diffusion dates its own wording.
    const occurrences = t.kind === 'term' ? t.occurrences.filter((o) => o.surface === t.term) : t.occurrences;
    if (occurrences.length === 0) continue;
    uses.push({
      name: t.term,
      kind: t.kind,
      category: t.category,
      known: true,
      count: occurrences.length,
      occurrence: occurrences[0],
    });
  }
  for (const s of r.slogans ?? [])
    if (s.kind === 'numbered' && !s.known && s.confidence >= FORMULATION_CONFIDENCE)
      uses.push({
        name: s.canonical,
        kind: 'formulation',
        category: s.category,
        known: false,
        count: s.count,
        occurrence: s.occurrences[0],
      });
  return uses;
}

interface Tally {
  kind: 'formulation' | 'term';
  category: string | null;
  known: boolean;
  byYear: Map<number, number>;
  byGroup: Map<number, number>;
  first: Evidence | null;
  firstYear: number;
  /** issuer → first year, evidence, uses per year. */
  issuers: Map<string, { firstYear: number; first: Evidence | null; byYear: Map<number, number> }>;
}

function tally(g: Grouping): Map<string, Tally> {
  const out = new Map<string, Tally>();
  const byYear = _.sortBy(g.docs, (d: GroupedDoc) => d.year);
  for (const d of byYear)
    for (const u of formulationUses(d.r)) {
      let t = out.get(u.name);
      if (!t) {
        const first = u.occurrence ? evidenceOf(g, d, u.occurrence) : null;
        t = {
          kind: u.kind,
          category: u.category,
          known: u.known,
          byYear: new Map(),
          byGroup: new Map(),
          first,
          firstYear: d.year,
          issuers: new Map(),
        };
        out.set(u.name, t);
      }
      t.byYear.set(d.year, (t.byYear.get(d.year) ?? 0) + u.count);
      t.byGroup.set(d.group, (t.byGroup.get(d.group) ?? 0) + u.count);
      if (d.issuer === null) continue;
      const a = t.issuers.get(d.issuer) ?? {
        firstYear: d.year,
        first: u.occurrence ? evidenceOf(g, d, u.occurrence) : null,
        byYear: new Map<number, number>(),
      };
      t.issuers.set(d.issuer, a);
      a.byYear.set(d.year, (a.byYear.get(d.year) ?? 0) + u.count);
    }
  return out;
}

function timeline(g: Grouping, name: string, t: Tally): FormulationTimeline {
  const years = [...t.byYear.keys()].sort((a, b) => a - b);
  const groups = [...t.byGroup.keys()].sort((a, b) => a - b);
  return {
    formulation: name,
    category: t.category,
    known: t.known,
    years,
    firstYear: years[0]!,
    lastYear: years[years.length - 1]!,
    countsByYear: Object.fromEntries(years.map((y) => [String(y), t.byYear.get(y)!])),
    countsByGroup: Object.fromEntries(groups.map((i) => [g.groups[i]!.id, t.byGroup.get(i)!])),
    first: t.first,
  };
}

function diffusionOf(name: string, t: Tally, since: Map<string, number>): FormulationDiffusion | null {
  if (t.issuers.size === 0) return null;
  const issuers = _.orderBy(
    [...t.issuers].map(([issuer, a]) => ({ issuer, ...a })),
    ['firstYear', 'issuer'],
    ['asc', 'asc'],
  );
  const firstYear = issuers[0]!.firstYear;
  return {
    formulation: name,
    kind: t.kind,
    category: t.category,
    known: t.known,
    firstYear,
    firstIssuers: issuers.filter((a) => a.firstYear === firstYear).map((a) => a.issuer),
    issuers: issuers.map((a) => ({
      issuer: a.issuer,
      firstYear: a.firstYear,
      lagYears: a.firstYear - firstYear,
      leftCensored: a.firstYear === since.get(a.issuer),
      countsByYear: Object.fromEntries([...a.byYear].map(([y, n]) => [String(y), n])),
      first: a.first,
    })),
  };
}

/**
 * The formulations (提法) of the compared reports: a timeline of each numbered formulation (years,
 * counts per year and per group, the first occurrence) and the diffusion across issuers of every
 * formulation and dictionary term (the first year of each issuer, the issuers that used it
 * first, each issuer's lag in years). Reports of an unknown issuer count in the timeline but not
 * in the diffusion.
 *
 * @example
 * ```ts
 * formulationsOf(grouping).diffusion.find((f) => f.formulation === '四个全面')?.issuers;
 * // [{ issuer: '国务院', firstYear: 2015, lagYears: 0, … }, { issuer: '中国共产党全国代表大会', firstYear: 2017, lagYears: 2, … }]
 * ```
 */
export function formulationsOf(g: Grouping): { timeline: FormulationTimeline[]; diffusion: FormulationDiffusion[] } {
  const tallies = [...tally(g)];
  const since = new Map<string, number>();
  for (const d of g.docs) if (d.issuer !== null) since.set(d.issuer, Math.min(since.get(d.issuer) ?? d.year, d.year));
  const byFirst = <T extends { firstYear: number; formulation: string }>(list: T[]) =>
    list.sort((a, b) => a.firstYear - b.firstYear || cmp(a.formulation, b.formulation));
  return {
    timeline: byFirst(tallies.filter(([, t]) => t.kind === 'formulation').map(([name, t]) => timeline(g, name, t))),
    diffusion: byFirst(tallies.map(([name, t]) => diffusionOf(name, t, since)).filter((d) => d !== null)),
  };
}

/**
 * For each group with a previous year in its series, the formulations it uses that the previous
 * year did not (new) and the other way round (dropped).
 *
 * @example
 * ```ts
 * formulationChanges(grouping, timeline).find((c) => c.year === 2016)?.new; // ['中央八项规定', '四风']
 * ```
 */
export function formulationChanges(g: Grouping, timeline: FormulationTimeline[]): FormulationChange[] {
  const namesIn = (i: number) => timeline.filter((f) => f.countsByGroup[g.groups[i]!.id]).map((f) => f.formulation);
  const changes: FormulationChange[] = [];
  g.groups.forEach((group, i) => {
    const p = g.previous[i]!;
    if (p < 0) return;
    const now = namesIn(i);
    const before = namesIn(p);
    changes.push({
      group: group.id,
      previousGroup: g.groups[p]!.id,
      year: group.year!,
      previousYear: g.groups[p]!.year!,
      new: _.difference(now, before).sort(cmp),
      dropped: _.difference(before, now).sort(cmp),
    });
  });
  return changes;
}

import { dirname, relative, resolve, sep } from 'node:path';
import _ from 'lodash';
import type { TifaResult } from '../pipeline/analyze.js';
import { cmp } from '../util/order.js';
import { evidenceText } from '../analyzers/evidence.js';
import { typeError } from '../util/errors.js';
import {
  GROUP_VARIABLES,
  UNKNOWN_VALUE,
  type ComparedDocument,
  type ComparisonGroup,
  type Evidence,
  type GroupVariable,
  type SkippedDocument,
} from './types.js';

/** A compared report with its document variables and the index of its group. */
export interface GroupedDoc {
  r: TifaResult;
  year: number;
  issuer: string | null;
  genre: string | null;
  /** Index into {@link Grouping.groups}. */
  group: number;
}

/** Reports sorted into groups, with what each group pools. */
export interface Grouping {
  by: GroupVariable[];
  docs: GroupedDoc[];
  groups: ComparisonGroup[];
  documents: ComparedDocument[];
  skipped: SkippedDocument[];
  warnings: string[];
  /**
   * Groups that differ only by year, each list ordered by year (the previous year of a group is
   * the one before it in its series). Empty when the grouping has no `year`.
   */
  series: number[][];
  /** For each group, the index of the previous group of its series, or -1. */
  previous: number[];
}

const SKIP_NO_YEAR = 'no year found (give one in a manifest or the file name)';

/**
 * Checks a `by` list: known variables, no repeats, at least one.
 *
 * @example
 * ```ts
 * parseBy('issuer,year'); // ['issuer', 'year']
 * ```
 */
export function parseBy(by: string | readonly string[] | undefined): GroupVariable[] {
  const list = by === undefined ? ['year'] : typeof by === 'string' ? by.split(',').map((s) => s.trim()) : [...by];
  if (list.length === 0) throw typeError('compare: group by at least one variable (year, issuer, genre)');
  for (const v of list)
    if (!GROUP_VARIABLES.includes(v as GroupVariable))
      throw typeError(`compare: cannot group by ${JSON.stringify(v)} (known: ${GROUP_VARIABLES.join(', ')})`);
  if (new Set(list).size !== list.length) throw typeError(`compare: a variable is repeated in ${list.join(',')}`);
  return list as GroupVariable[];
}

function groupValue(d: Omit<GroupedDoc, 'group'>, v: GroupVariable): string {
  if (v === 'year') return String(d.year);
  return d[v] ?? UNKNOWN_VALUE;
}

/** The deepest folder holding every source: the corpus root that `doc` paths are relative to. */
function corpusRoot(sources: string[]): string {
  const dirs = sources.map((s) => dirname(resolve(s)).split(sep));
  if (dirs.length === 0) return resolve('.');
  let n = dirs[0]!.length;
  for (const d of dirs) {
    let i = 0;
    while (i < n && i < d.length && d[i] === dirs[0]![i]) i++;
    n = i;
  }
  return dirs[0]!.slice(0, n).join(sep) || sep;
}

/**
 * The path of a report relative to the corpus root, `/`-separated.
 *
 * @example
 * ```ts
 * relativeDoc('../shared/corpus/gov-work-reports/1982.txt', '/work/shared/corpus'); // 'gov-work-reports/1982.txt'
 * ```
 */
export function relativeDoc(source: string, root: string): string {
  return relative(root, resolve(source)).split(sep).join('/');
}

/**
 * The corpus root of a set of results: the deepest folder holding all their sources.
 *
 * @example
 * ```ts
 * resultsRoot(results); // '/work/shared/corpus'
 * ```
 */
export function resultsRoot(results: TifaResult[]): string {
  return corpusRoot(results.map((r) => r.document.source));
}

function makeGroup(id: string, by: GroupVariable[], members: Array<Omit<GroupedDoc, 'group'>>): ComparisonGroup {
  const first = members[0]!;
  const issuers = _.uniq(members.map((d) => d.issuer ?? UNKNOWN_VALUE)).sort(cmp);
  const genres = _.uniq(members.map((d) => d.genre ?? UNKNOWN_VALUE)).sort(cmp);
  const pooled: ComparisonGroup['pooled'] = [];
  if (!by.includes('issuer') && issuers.length > 1) pooled.push('issuer');
  if (!by.includes('genre') && genres.length > 1) pooled.push('genre');
  return {
    id,
    year: by.includes('year') ? first.year : null,
    issuer: by.includes('issuer') ? first.issuer : null,
    genre: by.includes('genre') ? first.genre : null,
    documents: members.length,
    chars: _.sumBy(members, (d) => d.r.document.chars),
    issuers,
    genres,
    pooled,
  };
}

function poolWarning(g: ComparisonGroup): string {
  const parts = g.pooled.map((v) =>
    v === 'issuer'
      ? `${g.issuers.length} issuers (${g.issuers.join(', ')})`
      : `${g.genres.length} genres (${g.genres.join(', ')})`,
  );
  return `group ${g.id} pools ${g.documents} reports of ${parts.join(' and ')}; group by issuer or genre to separate them`;
}

/** Orders groups by the grouping variables in turn: years as numbers, names as strings. */
function compareKeys(by: GroupVariable[], a: Omit<GroupedDoc, 'group'>, b: Omit<GroupedDoc, 'group'>): number {
  for (const v of by) {
    const c = v === 'year' ? a.year - b.year : cmp(groupValue(a, v), groupValue(b, v));
    if (c !== 0) return c;
  }
  return 0;
}

function seriesOf(by: GroupVariable[], groups: ComparisonGroup[]): { series: number[][]; previous: number[] } {
  const previous = groups.map(() => -1);
  if (!by.includes('year')) return { series: [], previous };
  const rest = by.filter((v) => v !== 'year');
  const keyOf = (g: ComparisonGroup) => JSON.stringify(rest.map((v) => g[v]));
  const series = Object.values(_.groupBy(_.range(groups.length), (i) => keyOf(groups[i]!))).map((list) =>
    _.sortBy(list, (i) => groups[i]!.year),
  );
  for (const list of series) for (let k = 1; k < list.length; k++) previous[list[k]!] = list[k - 1]!;
  return { series, previous };
}

/**
 * Sorts results into groups by document variables (`year`, `issuer`, `genre`), in the order of
 * `by`. Reports without a year are skipped. A group that holds reports of several issuers or
 * genres without `by` separating them is flagged in `pooled` and gets a warning: with
 * `by: ['year']`, 1982 holds both the Government Work Report and the Party Congress report.
 *
 * @example
 * ```ts
 * groupResults(results, ['issuer', 'year']).groups.map((g) => g.id); // ['国务院/2024', '国务院/2025', …]
 * ```
 */
export function groupResults(results: TifaResult[], by: GroupVariable[]): Grouping {
  const skipped: SkippedDocument[] = [];
  const kept: Array<Omit<GroupedDoc, 'group'>> = [];
  for (const r of results) {
    const { year, issuer, genre } = r.document;
    if (year === null) skipped.push({ source: r.document.source, reason: SKIP_NO_YEAR });
    else kept.push({ r, year, issuer: issuer ?? null, genre: genre ?? null });
  }
  if (kept.length === 0) throw typeError('compareResults: no report has a year');
  kept.sort((a, b) => compareKeys(by, a, b) || a.year - b.year || cmp(a.r.document.source, b.r.document.source));
  const idOf = (d: Omit<GroupedDoc, 'group'>) => by.map((v) => groupValue(d, v)).join('/');
  const ids = _.sortedUniq(kept.map(idOf));
  const members = _.groupBy(kept, idOf);
  const groups = ids.map((id) => makeGroup(id, by, members[id]!));
  const index = new Map(ids.map((id, i) => [id, i]));
  const docs = kept.map((d) => ({ ...d, group: index.get(idOf(d))! }));
  const root = resultsRoot(results);
  const documents = docs.map((d): ComparedDocument => {
    const s = d.r.document;
    return {
      source: s.source,
      doc: relativeDoc(s.source, root),
      title: s.title,
      year: d.year,
      issuer: d.issuer,
      issuerSource: s.issuerSource ?? null,
      genre: d.genre,
      genreSource: s.genreSource ?? null,
      chars: s.chars,
      group: groups[d.group]!.id,
    };
  });
  const warnings = groups.filter((g) => g.pooled.length > 0).map(poolWarning);
  return { by, docs, groups, documents, skipped, warnings, ...seriesOf(by, groups) };
}

/**
 * Evidence of a finding at `o` in a grouped report, with its sentence text from the report's
 * sentence table.
 *
 * @example
 * ```ts
 * evidenceOf(grouping, doc, term.occurrences[0]);
 * ```
 */
export function evidenceOf(
  grouping: Pick<Grouping, 'groups'>,
  d: GroupedDoc,
  o: { start: number; end: number; sentence: number | null },
): Evidence {
  return {
    year: d.year,
    group: grouping.groups[d.group]!.id,
    source: d.r.document.source,
    start: o.start,
    end: o.end,
    sentence: evidenceText(d.r.sentences, o),
  };
}

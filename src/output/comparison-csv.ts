import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ComparisonResult } from '../compare/compare.js';
import { TifaError } from '../util/errors.js';
import { writeFileAtomic } from '../util/write.js';
import { relativeDoc, resultsRoot } from '../compare/groups.js';
import type { TifaResult } from '../pipeline/analyze.js';
import type { AgendaItem } from '../analyzers/agenda.js';
import { CLAIM_COLUMNS, type CsvValue, claimRows, renderCsv, renderCsvRows } from './csv.js';

type Cell = CsvValue;
const csv = renderCsvRows;

/** The columns every per-document table starts with. */
const DOC_COLUMNS = ['doc', 'year', 'title', 'issuer'];

function docCells(r: TifaResult, root: string): Cell[] {
  return [relativeDoc(r.document.source, root), r.document.year, r.document.title, r.document.issuer];
}

/**
 * Tidy CSV of analysis results, one row per document × feature:
 * `doc, year, title, issuer, feature_type, feature, category, count, per10k`. `doc` is the path
 * relative to the corpus root (the deepest folder holding every report). Feature types: term,
 * formulation, category, keyword, candidate-formulation. UTF-8 with BOM so Excel shows Chinese.
 *
 * @example
 * ```ts
 * writeFileSync('terms.csv', renderTidyCsv(results));
 * ```
 */
export function renderTidyCsv(results: TifaResult[], root = resultsRoot(results)): string {
  const rows: Cell[][] = [];
  for (const r of results) {
    const doc = docCells(r, root);
    for (const t of r.terms ?? [])
      rows.push([...doc, t.kind === 'formulation' ? 'formulation' : 'term', t.term, t.category, t.count, t.per10k]);
    for (const c of r.termCategories ?? []) rows.push([...doc, 'category', c.category, c.category, c.count, c.per10k]);
    for (const k of r.keywords ?? []) rows.push([...doc, 'keyword', k.word, null, k.count, null]);
    for (const s of r.slogans ?? [])
      if (s.kind === 'numbered' && !s.known)
        rows.push([...doc, 'candidate-formulation', s.canonical, s.category, s.count, null]);
  }
  return csv([...DOC_COLUMNS, 'feature_type', 'feature', 'category', 'count', 'per10k'], rows);
}

/**
 * Tidy CSV of the numeric claims of results, one row per claim, in the columns of
 * `tifa numbers --format csv` ({@link CLAIM_COLUMNS}), `doc` relative to the corpus root.
 *
 * @example
 * ```ts
 * writeFileSync('claims.csv', renderClaimsCsv(results));
 * ```
 */
export function renderClaimsCsv(results: TifaResult[], root = resultsRoot(results)): string {
  return renderCsv(
    CLAIM_COLUMNS,
    results.flatMap((r) => claimRows(r, relativeDoc(r.document.source, root))),
  );
}

/**
 * Tidy CSV of the problems or the plans of results, one row per item: `doc, year, title, issuer,
 * text, from, section, sentence, start, end`, and for problems `thread`: the number (1-based) of
 * the comparison's problem it was lined up with, so recurring problems share a thread.
 *
 * @example
 * ```ts
 * writeFileSync('problems.csv', renderAgendaCsv(results, 'problems', comparison));
 * ```
 */
export function renderAgendaCsv(
  results: TifaResult[],
  which: 'problems' | 'plans',
  comparison?: ComparisonResult,
  root = resultsRoot(results),
): string {
  const thread = new Map<string, number>();
  comparison?.problems.forEach((p, i) => {
    for (const it of p.items) thread.set(`${it.source}\0${it.start}`, i + 1);
  });
  const withThread = which === 'problems' && comparison !== undefined;
  const rows = results.flatMap((r) =>
    (r[which] ?? []).map((a: AgendaItem): Cell[] => {
      const cells: Cell[] = [...docCells(r, root), a.text, a.from, a.section, a.sentence, a.start, a.end];
      if (withThread) cells.push(thread.get(`${r.document.source}\0${a.start}`) ?? null);
      return cells;
    }),
  );
  const header = [...DOC_COLUMNS, 'text', 'from', 'section', 'sentence', 'start', 'end'];
  return csv(withThread ? [...header, 'thread'] : header, rows);
}

/**
 * Tidy CSV of the diffusion of formulations, one row per formulation × issuer:
 * `formulation, issuer, firstYear, lagYears`.
 *
 * @example
 * ```ts
 * writeFileSync('diffusion.csv', renderDiffusionCsv(comparison));
 * // 四个全面,国务院,2015,0
 * // 四个全面,中国共产党全国代表大会,2017,2
 * ```
 */
export function renderDiffusionCsv(c: ComparisonResult): string {
  const rows = c.diffusion.flatMap((f) =>
    f.issuers.map((a): Cell[] => [f.formulation, a.issuer, a.firstYear, a.lagYears]),
  );
  return csv(['formulation', 'issuer', 'firstYear', 'lagYears'], rows);
}

/**
 * Tidy CSV of the compared documents: `doc, year, title, issuer, issuerSource, genre,
 * genreSource, chars, group`.
 *
 * @example
 * ```ts
 * writeFileSync('documents.csv', renderDocumentsCsv(comparison));
 * ```
 */
export function renderDocumentsCsv(c: ComparisonResult): string {
  const rows = c.documents.map((d): Cell[] => [
    d.doc,
    d.year,
    d.title,
    d.issuer,
    d.issuerSource,
    d.genre,
    d.genreSource,
    d.chars,
    d.group,
  ]);
  return csv([...DOC_COLUMNS, 'issuerSource', 'genre', 'genreSource', 'chars', 'group'], rows);
}

/**
 * The CSV tables of a comparison, by file name, for `tifa compare --format csv --out DIR`:
 * `documents.csv`, `terms.csv`, `claims.csv`, `problems.csv`, `plans.csv`, `diffusion.csv`.
 * One file per table, each tidy (one row per item, the same `doc, year, title, issuer` columns
 * first), so each loads with one `pd.read_csv` or `readr::read_csv` and they join on `doc`.
 *
 * @example
 * ```ts
 * for (const [name, text] of Object.entries(comparisonCsvTables(c, results))) writeFileSync(join(dir, name), text);
 * ```
 */
export function comparisonCsvTables(c: ComparisonResult, results: TifaResult[]): Record<string, string> {
  const root = resultsRoot(results);
  return {
    'documents.csv': renderDocumentsCsv(c),
    'terms.csv': renderTidyCsv(results, root),
    'claims.csv': renderClaimsCsv(results, root),
    'problems.csv': renderAgendaCsv(results, 'problems', c, root),
    'plans.csv': renderAgendaCsv(results, 'plans', undefined, root),
    'diffusion.csv': renderDiffusionCsv(c),
  };
}

/**
 * Writes the CSV tables of a comparison into a folder (created if needed), each file atomically.
 *
 * @example
 * ```ts
 * await writeComparisonCsvTables('out/', comparison, results); // out/terms.csv, out/claims.csv, …
 * ```
 */
export async function writeComparisonCsvTables(
  dir: string,
  c: ComparisonResult,
  results: TifaResult[],
): Promise<string[]> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw new TifaError('EOUT', `tifa: ${dir}: cannot create the output folder (${(e as Error).message})`, dir, {
      cause: e,
    });
  }
  const written: string[] = [];
  for (const [name, text] of Object.entries(comparisonCsvTables(c, results))) {
    await writeFileAtomic(join(dir, name), text);
    written.push(join(dir, name));
  }
  return written;
}

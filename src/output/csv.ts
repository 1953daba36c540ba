import type { TifaResult } from '../pipeline/analyze.js';
import { evidenceText } from '../analyzers/evidence.js';

/** A CSV cell value: empty for null and undefined. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Quotes a CSV field when needed (RFC 4180): fields holding `"`, `,`, CR or LF are quoted,
 * quotes doubled. null and undefined are empty; booleans are `true`/`false`.
 *
 * @example
 * ```ts
 * csvField('全年召开会议36次,专题研讨8次'); // '"全年召开会议36次,专题研讨8次"'
 * ```
 */
export function csvField(v: CsvValue): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A tidy CSV table: header plus one line per row, UTF-8 with a BOM (so Excel shows Chinese)
 * and CRLF line ends (RFC 4180). Rows are objects; `columns` fixes which keys are written and
 * in what order (pandas `read_csv(encoding='utf-8-sig')`, R `readr::read_csv` load it as is).
 *
 * @example
 * ```ts
 * renderCsv(['doc', 'count'], [{ doc: '2024.txt', count: 3 }]); // '\uFEFFdoc,count\r\n2024.txt,3\r\n'
 * ```
 */
export function renderCsv<K extends string>(columns: readonly K[], rows: ReadonlyArray<Record<K, CsvValue>>): string {
  return renderCsvRows(
    columns,
    rows.map((row) => columns.map((c) => row[c])),
  );
}

/**
 * The same table from rows given as arrays of cells in header order.
 *
 * @example
 * ```ts
 * renderCsvRows(['formulation', 'issuer', 'firstYear'], [['两个确立', '国务院', 2022]]);
 * ```
 */
export function renderCsvRows(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  const line = (cells: readonly CsvValue[]) => cells.map(csvField).join(',');
  return `\uFEFF${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}

/** The columns of the claims table, in order. */
export const CLAIM_COLUMNS = [
  'doc',
  'year',
  'title',
  'issuer',
  'subject',
  'verb',
  'text',
  'value',
  'min',
  'max',
  'unit',
  'approx',
  'modality',
  'period',
  'section',
  'sentence',
  'start',
  'end',
  'page',
] as const;

/** One row of the claims table. */
export type ClaimRow = Record<(typeof CLAIM_COLUMNS)[number], CsvValue>;

/**
 * Flattens a result's claims into tidy rows, one per claim, with the document's `doc` path
 * (relative to the corpus root, as the caller gives it), year, title and issuer on every row.
 * `page` stays empty until page-aware formats (PDF) are read.
 *
 * @example
 * ```ts
 * renderCsv(CLAIM_COLUMNS, claimRows(result, 'gov-work-reports/2024.txt'));
 * ```
 */
export function claimRows(result: TifaResult, doc: string): ClaimRow[] {
  const d = result.document;
  return (result.claims ?? []).map((c) => ({
    doc,
    year: d.year,
    title: d.title,
    issuer: d.issuer,
    subject: c.subject,
    verb: c.verb,
    text: c.text,
    value: c.value,
    min: c.min,
    max: c.max,
    unit: c.unit,
    approx: c.approx,
    modality: c.modality,
    period: c.period,
    section: c.section,
    sentence: evidenceText(result.sentences, c),
    start: c.start,
    end: c.end,
    page: null,
  }));
}

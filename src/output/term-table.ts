import type { TifaResult } from '../pipeline/analyze.js';
import { mdCell } from './markdown-util.js';
import { renderCsv } from './csv.js';

export { csvField } from './csv.js';

/** One row of the document × term (or document × category) table. */
export interface TermRow {
  doc: string;
  year: number | null;
  feature: string;
  category: string;
  count: number;
  per10k: number;
}

/**
 * Flattens results into a document × term table, or with `categories` a document × category
 * table (quanteda-style dictionary analysis).
 *
 * @example
 * ```ts
 * termRows(result, true).map((r) => [r.category, r.count]);
 * ```
 */
export function termRows(result: TifaResult, categories: boolean): TermRow[] {
  const doc = result.document.source;
  const year = result.document.year;
  if (categories)
    return (result.termCategories ?? []).map((c) => ({
      doc,
      year,
      feature: c.category,
      category: c.category,
      count: c.count,
      per10k: c.per10k,
    }));
  return (result.terms ?? []).map((t) => ({
    doc,
    year,
    feature: t.term,
    category: t.category,
    count: t.count,
    per10k: t.per10k,
  }));
}

const TERM_COLUMNS = ['doc', 'year', 'feature', 'category', 'count', 'per10k'] as const;

/**
 * Renders term rows as JSON, CSV (UTF-8 with BOM, for Excel) or a Markdown table.
 *
 * @example
 * ```ts
 * renderTermRows(rows, 'csv');
 * ```
 */
export function renderTermRows(rows: TermRow[], format: 'json' | 'csv' | 'md'): string {
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'csv') return renderCsv(TERM_COLUMNS, rows);
  const out = ['| doc | year | feature | category | count | per 10k |', '|---|---:|---|---|---:|---:|'];
  for (const r of rows)
    out.push(
      `| ${mdCell(r.doc)} | ${r.year ?? ''} | ${mdCell(r.feature)} | ${mdCell(r.category)} | ${r.count} | ${r.per10k} |`,
    );
  return `${out.join('\n')}\n`;
}

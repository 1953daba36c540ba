import type { ComparisonResult } from '../compare/compare.js';
import type { TifaResult } from '../pipeline/analyze.js';
import { mdCell as esc } from './markdown-util.js';
import { csvField } from './term-table.js';

/**
 * Markdown report of a comparison: documents, category trends, keyness of the target year,
 * formulations new and dropped by year, aligned claims, keyword shifts and recurring problems.
 *
 * @example
 * ```ts
 * console.log(renderComparisonMarkdown(compareResults(results)));
 * ```
 */
export function renderComparisonMarkdown(c: ComparisonResult, limits: { rows?: number } = {}): string {
  const rows = limits.rows ?? 20;
  const out: string[] = [];
  out.push(`# Comparison of ${c.documents.length} reports, ${c.years[0]}–${c.years[c.years.length - 1]}`, '');
  if (c.skipped.length)
    out.push(`Skipped: ${c.skipped.map((s) => `\`${esc(s.source)}\` (${esc(s.reason)})`).join('; ')}`, '');
  out.push('## Categories per 10k characters', '');
  const shown = c.years.length > 12 ? c.years.map((_, i) => i).slice(-12) : c.years.map((_, i) => i);
  out.push(`| category | ${shown.map((i) => c.years[i]).join(' | ')} |`, `|---|${shown.map(() => '---:').join('|')}|`);
  for (const t of c.categoryTrends) out.push(`| ${esc(t.category)} | ${shown.map((i) => t.per10k[i]).join(' | ')} |`);
  if (c.years.length > 12) out.push('', `_Last 12 of ${c.years.length} years shown; the JSON and CSV have all._`);
  const k = c.keyness;
  out.push(
    '',
    `## What distinguishes ${k.target} (keyness, ${k.measure === 'g2' ? 'log-likelihood G²' : 'chi²'} against ${k.reference === 'rest' ? 'all other years' : `${k.referenceYears.join(', ')}`}; features with fewer than ${k.minCount} occurrences left out)`,
    '',
  );
  out.push(
    `| feature | type | ${k.target} | reference | per10k ${k.target} | per10k ref. | G² | log ratio |`,
    '|---|---|---:|---:|---:|---:|---:|---:|',
  );
  for (const f of k.features.slice(0, rows))
    out.push(
      `| ${esc(f.feature)} | ${f.type} | ${f.targetCount} | ${f.referenceCount} | ${f.targetPer10k} | ${f.referencePer10k} | ${f.g2} | ${f.logRatio} |`,
    );
  out.push('', '## Formulations (提法): first appearance', '');
  out.push('| formulation | category | first | last | years |', '|---|---|---:|---:|---:|');
  for (const f of c.formulations)
    out.push(
      `| ${esc(f.formulation)}${f.known ? '' : ' _(discovered)_'} | ${esc(f.category ?? '')} | ${f.firstYear} | ${f.lastYear} | ${f.years.length} |`,
    );
  out.push('', '### New and dropped formulations', '');
  for (const ch of c.formulationChanges)
    if (ch.new.length || ch.dropped.length)
      out.push(
        `- **${ch.year}** (vs ${ch.previousYear}): new ${ch.new.map(esc).join('、') || '—'}; dropped ${ch.dropped.map(esc).join('、') || '—'}`,
      );
  if (c.claims.length) {
    out.push('', '## Claims lined up across years', '');
    out.push('| subject | unit | modality | series | change |', '|---|---|---|---|---|');
    for (const s of c.claims.slice(0, rows)) {
      out.push(
        `| ${esc(s.subject)} | ${esc(s.unit ?? '')} | ${s.modality} | ${s.series.map((x) => `${x.year}: ${esc(x.text)}${x.score < 1 ? ` (${x.score})` : ''}`).join('; ')} | ${s.change ? `${s.change.fromValue} → ${s.change.toValue}` : ''} |`,
      );
    }
  }
  out.push('', '## Keyword shifts', '');
  for (const s of c.keywordShifts)
    out.push(
      `- **${s.year}**: entered ${s.entered.map(esc).join('、') || '—'}; left ${s.left.map(esc).join('、') || '—'}`,
    );
  const recurring = c.problems.filter((p) => p.recurring);
  out.push('', '## Recurring problems (self-criticism)', '');
  if (recurring.length === 0) out.push('_None recur._');
  for (const p of recurring.slice(0, rows)) out.push(`- ${esc(p.text)} — ${p.years.join(', ')}`);
  if (c.plansThatBecameProblems.length) {
    out.push('', '### Plans that came back as problems the next year', '');
    for (const p of c.plansThatBecameProblems.slice(0, rows))
      out.push(
        `- ${p.plan.year} plan «${esc(p.plan.text)}» → ${p.problem.year} problem «${esc(p.problem.text)}» (${p.score})`,
      );
  }
  return `${out.join('\n')}\n`;
}

/**
 * Tidy CSV of analysis results — one row per document × feature:
 * `doc, year, feature_type, feature, category, count, per10k`, UTF-8 with BOM so Excel shows
 * Chinese, CRLF line ends. Feature types: term, formulation, category, keyword, candidate-formulation.
 *
 * @example
 * ```ts
 * writeFileSync('terms.csv', renderTidyCsv(results));
 * ```
 */
export function renderTidyCsv(results: TifaResult[]): string {
  const lines = ['doc,year,feature_type,feature,category,count,per10k'];
  const row = (
    r: TifaResult,
    type: string,
    feature: string,
    category: string | null,
    count: number,
    per10k: number | null,
  ) => lines.push([r.document.source, r.document.year, type, feature, category, count, per10k].map(csvField).join(','));
  for (const r of results) {
    for (const t of r.terms ?? [])
      row(r, t.kind === 'formulation' ? 'formulation' : 'term', t.term, t.category, t.count, t.per10k);
    for (const c of r.termCategories ?? []) row(r, 'category', c.category, c.category, c.count, c.per10k);
    for (const k of r.keywords ?? []) row(r, 'keyword', k.word, null, k.count, null);
    const slogans =
      (
        r as {
          slogans?: Array<{
            kind: string;
            known: boolean;
            canonical?: string;
            text: string;
            category?: string | null;
            count: number;
          }>;
        }
      ).slogans ?? [];
    for (const s of slogans)
      if (s.kind === 'numbered' && !s.known)
        row(r, 'candidate-formulation', s.canonical ?? s.text, s.category ?? null, s.count, null);
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

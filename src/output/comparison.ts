import _ from 'lodash';
import type { ComparisonResult } from '../compare/compare.js';
import { mdCell as esc } from './markdown-util.js';

export { renderTidyCsv } from './comparison-csv.js';

/** Group columns shown in the Markdown trend table (the JSON and CSV have all). */
const MAX_COLUMNS = 12;
/** Issuers listed per formulation in the Markdown diffusion table. */
const MAX_DIFFUSION_ISSUERS = 8;

function byText(c: ComparisonResult): string {
  return c.by.join(' × ');
}

function head(c: ComparisonResult): string[] {
  const years = c.years.length ? `, ${c.years[0]}–${c.years[c.years.length - 1]}` : '';
  const out = [`# Comparison of ${c.documents.length} reports${years}, by ${byText(c)}`, ''];
  if (c.skipped.length)
    out.push(`Skipped: ${c.skipped.map((s) => `\`${esc(s.source)}\` (${esc(s.reason)})`).join('; ')}`, '');
  for (const w of c.warnings) out.push(`> **Pooled:** ${esc(w)}`, '');
  if (c.by.length > 1 || c.by[0] !== 'year') {
    out.push('## Groups', '', '| group | reports | chars | issuers | genres |', '|---|---:|---:|---|---|');
    for (const g of c.groups)
      out.push(
        `| ${esc(g.id)} | ${g.documents} | ${g.chars} | ${g.issuers.map(esc).join('、')} | ${g.genres.map(esc).join('、')} |`,
      );
    out.push('');
  }
  return out;
}

function categories(c: ComparisonResult): string[] {
  const n = c.groups.length;
  const shown = Array.from({ length: n }, (_, i) => i).slice(-MAX_COLUMNS);
  const out = ['## Categories per 10k characters', ''];
  out.push(
    `| category | ${shown.map((i) => esc(c.groups[i]!.id)).join(' | ')} |`,
    `|---|${shown.map(() => '---:').join('|')}|`,
  );
  for (const t of c.categoryTrends) out.push(`| ${esc(t.category)} | ${shown.map((i) => t.per10k[i]).join(' | ')} |`);
  if (n > MAX_COLUMNS) out.push('', `_Last ${MAX_COLUMNS} of ${n} groups shown; the JSON and CSV have all._`);
  return out;
}

function keynessPart(c: ComparisonResult, rows: number): string[] {
  const k = c.keyness;
  const ref = k.reference === 'rest' ? 'all other groups' : `${k.referenceGroups.join(', ') || '—'} (${k.reference})`;
  const out = [
    '',
    `## What distinguishes ${esc(k.target)} (keyness, ${k.measure === 'g2' ? 'log-likelihood G²' : 'chi²'} against ${esc(ref)}; features with fewer than ${k.minCount} occurrences left out)`,
    '',
    `| feature | type | target | reference | per10k target | per10k ref. | G² | log ratio |`,
    '|---|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const f of k.features.slice(0, rows))
    out.push(
      `| ${esc(f.feature)} | ${f.type} | ${f.targetCount} | ${f.referenceCount} | ${f.targetPer10k} | ${f.referencePer10k} | ${f.g2} | ${f.logRatio} |`,
    );
  return out;
}

function formulationsPart(c: ComparisonResult): string[] {
  const out = ['', '## Formulations (提法): first appearance', ''];
  out.push('| formulation | category | first | last | years |', '|---|---|---:|---:|---:|');
  for (const f of c.formulations)
    out.push(
      `| ${esc(f.formulation)}${f.known ? '' : ' _(discovered)_'} | ${esc(f.category ?? '')} | ${f.firstYear} | ${f.lastYear} | ${f.years.length} |`,
    );
  if (c.formulationChanges.length) out.push('', '### New and dropped formulations', '');
  for (const ch of c.formulationChanges)
    if (ch.new.length || ch.dropped.length)
      out.push(
        `- **${esc(ch.group)}** (vs ${esc(ch.previousGroup)}): new ${ch.new.map(esc).join('、') || '—'}; dropped ${ch.dropped.map(esc).join('、') || '—'}`,
      );
  return out;
}

function diffusionPart(c: ComparisonResult, rows: number): string[] {
  // Numbered formulations before other terms, the most recent first.
  const shared = _.orderBy(
    c.diffusion.filter((f) => f.issuers.length > 1),
    [(f) => (f.kind === 'formulation' ? 0 : 1), 'firstYear'],
    ['asc', 'desc'],
  );
  if (shared.length === 0) return [];
  const out = ['', '## Diffusion: who used a formulation first, and how many years later the others followed', ''];
  out.push('| formulation | first | first used by | then (first year, lag in years) |', '|---|---:|---|---|');
  for (const f of shared.slice(0, rows)) {
    const then = f.issuers
      .filter((a) => a.lagYears > 0)
      .slice(0, MAX_DIFFUSION_ISSUERS)
      .map((a) => `${esc(a.issuer)} ${a.firstYear}${a.leftCensored ? '*' : ''} (+${a.lagYears})`)
      .join('; ');
    out.push(`| ${esc(f.formulation)} | ${f.firstYear} | ${f.firstIssuers.map(esc).join('、')} | ${then || '—'} |`);
  }
  out.push('', '_\\* the issuer’s first report compared: it may have used it earlier._');
  if (shared.length > rows)
    out.push('', `_${rows} of ${shared.length} shared formulations shown; the JSON and CSV have all._`);
  return out;
}

function claimsPart(c: ComparisonResult, rows: number): string[] {
  if (c.claims.length === 0) return [];
  const out = ['', '## Claims lined up across years (within each issuer)', ''];
  out.push('| issuer | subject | unit | modality | series | change |', '|---|---|---|---|---|---|');
  for (const s of c.claims.slice(0, rows))
    out.push(
      `| ${esc(s.issuer ?? '')} | ${esc(s.subject)} | ${esc(s.unit ?? '')} | ${s.modality} | ${s.series.map((x) => `${x.year}: ${esc(x.text)}${x.score < 1 ? ` (${x.score})` : ''}`).join('; ')} | ${s.change ? `${s.change.fromValue} → ${s.change.toValue}` : ''} |`,
    );
  return out;
}

function agendaPart(c: ComparisonResult, rows: number): string[] {
  const out = ['', '## Keyword shifts', ''];
  for (const s of c.keywordShifts)
    out.push(
      `- **${esc(s.group)}** (vs ${esc(s.previousGroup)}): entered ${s.entered.map(esc).join('、') || '—'}; left ${s.left.map(esc).join('、') || '—'}`,
    );
  const recurring = c.problems.filter((p) => p.recurring);
  out.push('', '## Recurring problems (self-criticism)', '');
  if (recurring.length === 0) out.push('_None recur._');
  for (const p of recurring.slice(0, rows))
    out.push(`- ${esc(p.text)} — ${p.issuer ? `${esc(p.issuer)} ` : ''}${p.years.join(', ')}`);
  if (c.plansThatBecameProblems.length) {
    out.push('', '### Plans that came back as problems the next year', '');
    for (const p of c.plansThatBecameProblems.slice(0, rows))
      out.push(
        `- ${p.plan.year} plan «${esc(p.plan.text)}» → ${p.problem.year} problem «${esc(p.problem.text)}» (${p.score})`,
      );
  }
  return out;
}

/**
 * Markdown report of a comparison: documents and groups (with what was pooled), category
 * trends per group, keyness of the target group, formulations new and dropped, their diffusion
 * across issuers, aligned claims, keyword shifts and recurring problems.
 *
 * @example
 * ```ts
 * console.log(renderComparisonMarkdown(compareResults(results, { by: ['issuer', 'year'] })));
 * ```
 */
export function renderComparisonMarkdown(c: ComparisonResult, limits: { rows?: number } = {}): string {
  const rows = limits.rows ?? 20;
  const out = [
    ...head(c),
    ...categories(c),
    ...keynessPart(c, rows),
    ...formulationsPart(c),
    ...diffusionPart(c, rows),
    ...claimsPart(c, rows),
    ...agendaPart(c, rows),
  ];
  return `${out.join('\n')}\n`;
}

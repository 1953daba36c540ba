import type { NumberedSlogan, ParallelSlogan, Slogan } from '../../analyzers/slogans.js';
import { mdCell as cell } from '../markdown-util.js';
import countBy from 'lodash/countBy.js';

const clip = (s: string, n = 40): string => (s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * The "Formulations (提法)" section of the one-page Markdown summary: known formulations with
 * counts and categories, discovered candidates with confidence and evidence, member-check
 * findings, cited documents 《…》, quoted slogans and parallel constructions. Returns null when
 * the result has no `slogans` key (the analyzer did not run).
 *
 * @example
 * ```ts
 * const md = slogansMarkdown(await analyze('report.txt'));
 * if (md) console.log(md); // '## Formulations (提法)\n\n### Known formulations …'
 * ```
 */
export function slogansMarkdown(result: { slogans?: Slogan[] }): string | null {
  const list = result.slogans;
  if (!Array.isArray(list)) return null;
  const out: string[] = ['## Formulations (提法)', ''];
  if (list.length === 0) {
    out.push('_No formulations, quoted phrases, cited documents or parallel constructions found._');
    return out.join('\n');
  }
  const numbered = list.filter((s) => s.kind === 'numbered');
  const known = numbered.filter((s) => s.known);
  const discovered = numbered.filter((s) => !s.known);
  const quoted = list.filter((s) => s.kind === 'quoted');
  const documents = list.filter((s) => s.kind === 'document');
  const parallel = list.filter((s) => s.kind === 'parallel');

  out.push(...knownLines(known));
  out.push('### Discovered candidates');
  out.push('');
  if (discovered.length === 0) out.push('_None beyond the dictionary._');
  else {
    out.push('| candidate | confidence | count | evidence |');
    out.push('|---|---:|---:|---|');
    for (const s of discovered)
      out.push(
        `| ${cell(s.canonical)} | ${s.confidence.toFixed(2)} | ${s.count} | ${cell((s.evidence ?? []).join('; '))} |`,
      );
  }
  out.push('');

  const checks = known.flatMap((s) => s.memberChecks ?? []);
  out.push('### Member check');
  out.push('');
  if (checks.length === 0) out.push('_No listing of a formulation’s members._');
  else {
    out.push('| formulation | listed | missing | extra | verdict | section |');
    out.push('|---|---|---|---|---|---|');
    for (const c of checks) {
      const verdict = c.complete ? 'complete' : c.extra.length > 0 ? 'differs' : 'incomplete';
      out.push(
        `| ${cell(c.formulation)}${c.named ? '' : ' (unnamed)'} | ${cell(clip(c.listed.join('、'), 60))} | ${cell(c.missing.join('、'))} | ${cell(c.extra.join('、'))} | ${verdict} | ${cell(clip(c.section ?? '', 24))} |`,
      );
    }
  }
  out.push('');

  out.push('### Cited documents');
  out.push('');
  if (documents.length === 0) out.push('_None._');
  else {
    out.push('| document | count |');
    out.push('|---|---:|');
    for (const s of documents) out.push(`| 《${cell(s.canonical)}》 | ${s.count} |`);
  }
  out.push('');

  if (quoted.length > 0) {
    const by = countBy(quoted, (s) => s.classification ?? 'other');
    const parts = ['known-formulation', 'candidate-formulation', 'slogan', 'other'].map((k) => `${by[k] ?? 0} ${k}`);
    out.push('### Quoted phrases');
    out.push('');
    out.push(`${quoted.length} distinct: ${parts.join(', ')}.`);
    const slogansQ = quoted.filter((s) => s.classification === 'slogan');
    if (slogansQ.length > 0)
      out.push(
        `Slogans: ${slogansQ.map((s) => `“${cell(s.canonical)}”${s.count > 1 ? ` ×${s.count}` : ''}`).join('; ')}`,
      );
    out.push('');
  }

  out.push(...parallelLines(parallel));
  return out.join('\n');
}

function knownLines(known: readonly NumberedSlogan[]): string[] {
  const out: string[] = [];
  out.push('### Known formulations');
  out.push('');
  if (known.length === 0) out.push('_None._');
  else {
    out.push('| formulation | category | count | as written | members |');
    out.push('|---|---|---:|---|---|');
    for (const s of known) {
      const written = (s.surfaces ?? []).filter((x) => x !== s.canonical);
      const members = s.members
        ? `${s.membersFrom === 'text' ? '(in text) ' : ''}${clip(s.members.join('、'), 60)}`
        : '';
      out.push(
        `| ${cell(s.canonical)} | ${cell(s.category ?? '')} | ${s.count} | ${cell(written.join('、'))} | ${cell(members)} |`,
      );
    }
  }
  out.push('');

  return out;
}

function parallelLines(parallel: readonly ParallelSlogan[]): string[] {
  const out: string[] = [];
  out.push('### Parallel constructions');
  out.push('');
  if (parallel.length === 0) out.push('_None._');
  else {
    out.push('| construction | items | shared | count |');
    out.push('|---|---|---|---:|');
    for (const s of parallel) {
      const items = s.items;
      const shown = s.construction === 'enumeration' ? items.join('、') : items.map((x) => clip(x, 16)).join(' / ');
      const shared = s.shared ? s.shared.pattern : s.construction === 'enumeration' ? '(same length)' : '—';
      const what = `${s.construction}${s.formulation ? ` → ${s.formulation}` : ''}`;
      out.push(`| ${cell(what)} | ${cell(clip(shown, 80))} | ${cell(shared)} | ${s.count} |`);
    }
  }
  return out;
}

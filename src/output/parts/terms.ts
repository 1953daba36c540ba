import type { CategoryResult, TermResult } from '../../analyzers/terms.js';
import type { Keyword } from '../../analyzers/keywords.js';
import { mdCell as esc } from '../markdown-util.js';

/**
 * Markdown: top keywords of a report.
 *
 * @example
 * ```ts
 * keywordsMarkdown({ keywords: result.keywords });
 * ```
 */
export function keywordsMarkdown(r: { keywords?: Keyword[] }): string | null {
  if (!r.keywords) return null;
  const out = ['## Keywords', ''];
  if (r.keywords.length === 0) return out.concat('_None._').join('\n');
  out.push(
    r.keywords.map((k, i) => `${i + 1}. **${esc(k.word)}** ×${k.count} _(${k.reason}, ${k.weight})_`).join('\n'),
  );
  return out.join('\n');
}

/**
 * Markdown: term categories and the top terms of each (count and per 10,000 characters).
 *
 * @example
 * ```ts
 * termsMarkdown({ terms: result.terms, termCategories: result.termCategories });
 * ```
 */
export function termsMarkdown(
  r: { terms?: TermResult[]; termCategories?: CategoryResult[] },
  perCategory = 5,
): string | null {
  if (!r.terms || !r.termCategories) return null;
  const out = ['## Terms by category', ''];
  if (r.termCategories.length === 0) return out.concat('_No dictionary term occurs._').join('\n');
  out.push('| category | count | per 10k | distinct terms | top terms |');
  out.push('|---|---:|---:|---:|---|');
  for (const c of r.termCategories) {
    const top = r.terms
      .filter((t) => t.category === c.category)
      .slice(0, perCategory)
      .map((t) => `${esc(t.term)} ${t.count} (${t.per10k})`)
      .join('、');
    out.push(`| ${esc(c.category)} | ${c.count} | ${c.per10k} | ${c.terms} | ${top} |`);
  }
  const sections = r.termCategories[0]?.bySection ?? [];
  if (sections.length > 0) {
    out.push('', '### Where each category is discussed (per 10k characters of each top-level section)', '');
    out.push(`| category | ${sections.map((s) => esc(s.section)).join(' | ')} |`);
    out.push(`|---|${sections.map(() => '---:').join('|')}|`);
    for (const c of r.termCategories)
      out.push(`| ${esc(c.category)} | ${c.bySection.map((s) => `${s.per10k}`).join(' | ')} |`);
  }
  return out.join('\n');
}

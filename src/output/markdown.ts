import type { TifaResult } from '../pipeline/analyze.js';
import { mdCell as esc } from './markdown-util.js';
import { keywordsMarkdown, termsMarkdown } from './parts/terms.js';
import { claimsMarkdown } from './parts/claims.js';
import { slogansMarkdown } from './parts/slogans.js';

/** A section of the Markdown summary for one analyzer's result (null when absent). */
type MarkdownPart = (result: TifaResult) => string | null;

/** The analyzers' parts, in page order. */
const parts: MarkdownPart[] = [keywordsMarkdown, termsMarkdown, slogansMarkdown, claimsMarkdown];

/**
 * Renders a one-page Markdown summary of a result: title, year, length, section outline,
 * then one part per analyzer. Generated from the result object only.
 *
 * @example
 * ```ts
 * console.log(renderMarkdown(await analyze('report.txt')));
 * ```
 */
export function renderMarkdown(result: TifaResult): string {
  const d = result.document;
  const out: string[] = [];
  out.push(`# ${esc(d.title ?? d.source)}`);
  out.push('');
  const facts: string[] = [];
  if (d.issuer) facts.push(`发文单位 issuer: ${esc(d.issuer)}`);
  if (d.genre) facts.push(`genre: ${esc(d.genre)}`);
  facts.push(`year: ${d.year ?? 'unknown'}${d.yearSource ? ` (from ${d.yearSource})` : ''}`);
  if (d.date) facts.push(`date: ${d.date}`);
  facts.push(`length: ${d.chars} characters analyzed, ${d.sentences} sentences, ${d.paragraphs} paragraphs`);
  facts.push(`source: \`${d.source}\` (${d.encoding})`);
  for (const f of facts) out.push(`- ${f}`);
  if (d.excluded.length > 0)
    out.push(
      `- excluded as scraped boilerplate: ${d.excluded.map((e) => `${e.reason} «${esc(e.text.slice(0, 20))}${e.text.length > 20 ? '…' : ''}»`).join('; ')}`,
    );
  out.push('');
  out.push('## Outline');
  out.push('');
  const top = d.sections.filter((s) => s.level <= 2);
  if (top.length === 0) out.push('_No headings found._');
  for (const s of top) out.push(`${'  '.repeat(s.level - 1)}- ${esc(s.title)}${s.level === 1 ? ` _(${s.role})_` : ''}`);
  out.push('');
  for (const p of parts) {
    const text = p(result);
    if (text) {
      out.push(text.trimEnd());
      out.push('');
    }
  }
  return out.join('\n');
}

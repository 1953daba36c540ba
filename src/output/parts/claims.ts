import type { Claim } from '../../analyzers/claims.js';
import { mdCell as esc } from '../markdown-util.js';

function value(c: Claim): string {
  if (c.value === null && c.min !== null) return `${c.min}–${c.max}`;
  return c.value === null ? '?' : String(c.value);
}

/**
 * Markdown: the headline numbers of a report, achievements and targets in two tables.
 *
 * @example
 * ```ts
 * claimsMarkdown({ claims: result.claims });
 * ```
 */
export function claimsMarkdown(r: { claims?: Claim[] }, limit = 25): string | null {
  if (!r.claims) return null;
  const out = ['## Headline numbers', ''];
  const named = r.claims.filter((c) => c.subject !== null);
  if (named.length === 0) return out.concat('_No numeric claim._').join('\n');
  const table = (title: string, list: Claim[]) => {
    if (list.length === 0) return;
    out.push(
      `### ${title}`,
      '',
      '| subject | as written | value | unit | approx | verb | period |',
      '|---|---|---:|---|---|---|---|',
    );
    for (const c of list.slice(0, limit))
      out.push(
        `| ${esc(c.subject ?? '')} | ${esc(c.text)} | ${value(c)} | ${esc(c.unit ?? '')} | ${c.approx ?? ''} | ${esc(c.verb ?? '')}${c.negated ? ' (denied)' : ''} | ${esc(c.period ?? '')} |`,
      );
    if (list.length > limit) out.push('', `_${list.length - limit} more in the JSON result._`);
    out.push('');
  };
  table(
    'Reported as achieved',
    named.filter((c) => c.modality !== 'target'),
  );
  table(
    'Targets and plans',
    named.filter((c) => c.modality === 'target'),
  );
  return out.join('\n');
}

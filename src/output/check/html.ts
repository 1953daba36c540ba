import type { CheckResult, Diagnostic, Severity } from '../../check/types.js';
import { escapeHtml } from '../html/escape.js';
import { lineColumn } from './text.js';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

const STYLE = `
body{font:15px/1.6 "Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;margin:0;color:#222;background:#fafafa}
header{padding:12px 24px;background:#263238;color:#fff}
h1{font-size:20px;margin:0}
section.file{margin:16px 24px;padding:12px 16px;background:#fff;border:1px solid #ddd}
h2{font-size:17px;margin:4px 0}
h3{font-size:15px;margin:12px 0 4px}
ol{margin:0;padding-left:24px}
li{margin:2px 0}
.sev{display:inline-block;min-width:4.5em;font-size:12px;font-weight:bold}
.sev-error .sev{color:#c62828}.sev-warning .sev{color:#ef6c00}.sev-info .sev{color:#1565c0}
.fix{color:#2e7d32}
pre.text{white-space:pre-wrap;word-break:break-all;font:inherit;background:#fff;border-top:1px solid #eee;padding-top:8px}
mark{padding:0 1px;border-radius:2px}
mark.sev-error{background:#ffcdd2}mark.sev-warning{background:#ffe0b2}mark.sev-info{background:#bbdefb}
a.anchor:target+mark,mark:target{outline:3px solid #6a1b9a}
`;

function counts(diagnostics: Diagnostic[]): string {
  const n = (s: Severity) => diagnostics.filter((d) => d.severity === s).length;
  return `${n('error')} error(s), ${n('warning')} warning(s), ${n('info')} info`;
}

function ruleList(fileId: string, text: string, diagnostics: Diagnostic[]): string {
  const byRule = new Map<string, number[]>();
  diagnostics.forEach((d, i) => {
    const list = byRule.get(d.rule) ?? [];
    list.push(i);
    byRule.set(d.rule, list);
  });
  const parts: string[] = [];
  for (const rule of [...byRule.keys()].sort()) {
    const items = byRule.get(rule)!.map((i) => {
      const d = diagnostics[i]!;
      const { line, column } = lineColumn(text, d.start);
      const fix = d.suggestion !== undefined ? ` <span class="fix">→ ${escapeHtml(d.suggestion)}</span>` : '';
      return `<li class="sev-${d.severity}"><span class="sev">${d.severity}</span> <a href="#${fileId}-d${i}">${line}:${column}</a> ${escapeHtml(d.message)}${fix}</li>`;
    });
    parts.push(
      `<h3 id="${fileId}-${escapeHtml(rule)}">${escapeHtml(rule)} (${items.length})</h3>\n<ol>\n${items.join('\n')}\n</ol>`,
    );
  }
  return parts.join('\n');
}

/** The text with every diagnostic's span in a <mark>, split where spans overlap, with an anchor at each start. */
function highlighted(fileId: string, text: string, diagnostics: Diagnostic[]): string {
  const cuts = new Set<number>([0, text.length]);
  for (const d of diagnostics) cuts.add(d.start).add(Math.max(d.end, d.start));
  const points = [...cuts].sort((a, b) => a - b);
  const startsAt = new Map<number, number[]>();
  diagnostics.forEach((d, i) => {
    const list = startsAt.get(d.start) ?? [];
    list.push(i);
    startsAt.set(d.start, list);
  });
  const out: string[] = [];
  for (let k = 0; k < points.length; k++) {
    const at = points[k]!;
    for (const i of startsAt.get(at) ?? []) out.push(`<a class="anchor" id="${fileId}-d${i}"></a>`);
    const next = points[k + 1];
    if (next === undefined) break;
    const piece = escapeHtml(text.slice(at, next));
    const covering = diagnostics.filter((d) => d.start <= at && next <= d.end);
    if (covering.length === 0) {
      out.push(piece);
      continue;
    }
    const worst = covering.reduce((a, d) => (RANK[d.severity] > RANK[a.severity] ? d : a));
    const title = escapeHtml(covering.map((d) => `${d.rule}: ${d.message}`).join('\n'));
    out.push(`<mark class="sev-${worst.severity}" title="${title}">${piece}</mark>`);
  }
  return out.join('');
}

/**
 * Renders check results as one self-contained, offline HTML page: per file, the diagnostics
 * grouped by rule, each linking to its place in the report text, where its span is highlighted.
 *
 * @example
 * ```ts
 * await writeFileAtomic('check.html', renderCheckHtml([{ result, text: doc.text }]));
 * ```
 */
export function renderCheckHtml(files: Array<{ result: CheckResult; text: string }>): string {
  const sections = files.map(({ result, text }, f) => {
    const id = `f${f}`;
    return `<section class="file" id="${id}">
<h2>${escapeHtml(result.source)}</h2>
<p class="summary">${counts(result.diagnostics)}</p>
${ruleList(id, text, result.diagnostics)}
<pre class="text">${highlighted(id, text, result.diagnostics)}</pre>
</section>`;
  });
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>tifa check</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>tifa check</h1></header>
${sections.join('\n')}
</body>
</html>
`;
}

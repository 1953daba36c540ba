import type { CheckResult, Diagnostic, Severity } from '../../check/types.js';

/** Characters of context shown on each side of a span in the excerpt line. */
const CONTEXT = 20;
/** Longest span shown whole; longer spans are cut with …. */
const MAX_SPAN = 40;

/** Terminal width of a string: CJK and full-width characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
}

/**
 * 1-based line and column (in characters) of an offset.
 *
 * @example
 * ```ts
 * lineColumn('一\n二三', 3); // { line: 2, column: 2 }
 * ```
 */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = before.indexOf('\n'); i >= 0; i = before.indexOf('\n', i + 1)) line++;
  return { line, column: [...text.slice(lineStart, offset)].length + 1 };
}

function excerpt(text: string, d: Diagnostic): [string, string] {
  const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
  const nl = text.indexOf('\n', d.start);
  const lineEnd = nl < 0 ? text.length : nl;
  const from = Math.max(lineStart, d.start - CONTEXT);
  const spanEnd = Math.min(d.end, lineEnd, d.start + MAX_SPAN);
  const to = Math.min(lineEnd, spanEnd + CONTEXT);
  const lead = `${from > lineStart ? '…' : ''}${text.slice(from, d.start)}`.replace(/\t/g, ' ');
  const span = text.slice(d.start, spanEnd).replace(/\t/g, ' ');
  const tail = `${text.slice(spanEnd, to)}${to < lineEnd ? '…' : ''}`;
  return [
    `${lead}${span}${tail}`.replace(/\r/g, ''),
    `${' '.repeat(width(lead))}${'^'.repeat(Math.max(1, width(span)))}`,
  ];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Renders check results like eslint's stylish formatter: per file, `line:col severity rule
 * message`, the line excerpt with a caret under the span, then a summary.
 *
 * @example
 * ```ts
 * renderCheckText([{ result, text: doc.text }]);
 * // 'report.txt\n  3:12  error  doubled-word  “的的”重复出现，应只写一次。\n        我们的的工作\n          ^^^^\n…'
 * ```
 */
export function renderCheckText(files: Array<{ result: CheckResult; text: string }>): string {
  const out: string[] = [];
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const { result, text } of files) {
    if (result.diagnostics.length === 0) continue;
    out.push(result.source);
    for (const d of result.diagnostics) {
      totals[d.severity]++;
      const { line, column } = lineColumn(text, d.start);
      const fix = d.suggestion !== undefined ? ` → ${d.suggestion}` : '';
      out.push(`  ${line}:${column}  ${d.severity}  ${d.rule}  ${d.message}${fix}`);
      const [shown, caret] = excerpt(text, d);
      out.push(`      ${shown}`, `      ${caret}`);
    }
    out.push('');
  }
  const problems = totals.error + totals.warning + totals.info;
  if (problems === 0) return '';
  out.push(
    `✖ ${plural(problems, 'problem')} (${plural(totals.error, 'error')}, ${plural(totals.warning, 'warning')}, ${totals.info} info)`,
  );
  return `${out.join('\n')}\n`;
}

/**
 * Renders check results as JSON: one `{source, diagnostics}` object for one file, an array for several.
 *
 * @example
 * ```ts
 * JSON.parse(renderCheckJson([result])).diagnostics.length;
 * ```
 */
export function renderCheckJson(results: CheckResult[]): string {
  return `${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`;
}

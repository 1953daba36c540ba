import { metaFor } from '../document/manifest.js';
import { analyzeDocument, dictionaryFor } from '../pipeline/analyze.js';
import type { TifaResult } from '../pipeline/analyze.js';
import { numbersLines } from '../numbers/lines.js';
import { renderJson } from '../output/json.js';
import { inlineEvidence } from '../output/evidence.js';
import { claimsMarkdown } from '../output/parts/claims.js';
import { CLAIM_COLUMNS, claimRows, renderCsv } from '../output/csv.js';
import { TifaError } from '../util/errors.js';
import { DICT_OPTION, OUT_OPTION, UsageError, defineCommand, formatOption, type Io } from './args.js';
import { docPath, emit, readDoc, reportError } from './shared.js';

type Format = 'json' | 'md' | 'csv';

/** Reads stdin line by line and prints one JSON line of quantities per line. */
async function runLines(dictFiles: string[], claimsOnly: boolean): Promise<number> {
  // Known formulations (四个意识) are not quantities.
  const dictionary = dictionaryFor({ dictionaryFiles: dictFiles });
  const exclude = (line: string) => dictionary.match(line).filter((m) => m.entry.kind === 'formulation');
  await numbersLines(process.stdin, process.stdout, { claimsOnly, exclude });
  return 0;
}

function render(results: Array<{ file: string; result: TifaResult }>, format: Format): string {
  if (format === 'csv')
    return renderCsv(
      CLAIM_COLUMNS,
      results.flatMap((r) => claimRows(r.result, docPath(r.file))),
    );
  if (format === 'md') return `${results.map((r) => claimsMarkdown(r.result) ?? '').join('\n\n')}\n`;
  // One file: its claims, as before; several: one entry per document. Claims carry their sentence text.
  const claimsOf = (r: TifaResult) => inlineEvidence(r).claims ?? [];
  if (results.length === 1) return renderJson(claimsOf(results[0]!.result));
  return renderJson(results.map((r) => ({ doc: docPath(r.file), claims: claimsOf(r.result) })));
}

/** `tifa numbers`: the numeric claims of reports, or quantities of stdin lines. */
export const numbersCommand = defineCommand({
  name: 'numbers',
  args: 'FILE… | --lines',
  summary: 'numeric claims of reports (a tidy table with --format csv); --lines reads stdin',
  details:
    'With --lines, each stdin line is one text and one JSON line of quantities is printed for it.\n' +
    'CSV columns: doc, year, title, issuer, subject, verb, text, value, min, max, unit, approx,\n' +
    'modality, period, section, sentence, start, end, page (UTF-8 with BOM, one row per claim).',
  options: {
    format: formatOption(['json', 'md', 'csv'] as const),
    lines: { type: 'boolean', help: 'read stdin, one text per line; print one JSON line of quantities each' },
    'claims-only': { type: 'boolean', help: 'with --lines: only quantities that are claims (no years, ordinals…)' },
    out: OUT_OPTION,
    dict: DICT_OPTION,
  },
  async run(values, positionals, io: Io) {
    if (values.lines) {
      if (positionals.length > 0) throw new UsageError('numbers --lines reads stdin and takes no FILE');
      return runLines(values.dict ?? [], values['claims-only'] ?? false);
    }
    if (values['claims-only']) throw new UsageError('--claims-only goes with --lines');
    if (positionals.length === 0) throw new UsageError('numbers needs a FILE (or --lines to read lines from stdin)');
    const dictionary = dictionaryFor({ dictionaryFiles: values.dict ?? [] });
    const results: Array<{ file: string; result: TifaResult }> = [];
    let failed = 0;
    for (const file of positionals) {
      try {
        const doc = await readDoc(file, io);
        const meta = file === '-' ? {} : metaFor(file);
        results.push({ file: doc.source, result: analyzeDocument(doc, { dictionary, analyzers: ['claims'], meta }) });
      } catch (e) {
        if (!(e instanceof TifaError)) throw e;
        reportError(e, io);
        failed++;
      }
    }
    if (results.length > 0 || values.format === 'csv')
      await emit(render(results, values.format as Format), values.out, io);
    return failed > 0 ? 1 : 0;
  },
});

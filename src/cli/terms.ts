import { metaFor } from '../document/manifest.js';
import { analyzeDocument, dictionaryFor } from '../pipeline/analyze.js';
import { termRows, renderTermRows, type TermRow } from '../output/term-table.js';
import { TifaError } from '../util/errors.js';
import { DICT_OPTION, OUT_OPTION, UsageError, defineCommand, formatOption } from './args.js';
import { emit, readDoc, reportError } from './shared.js';

/** `tifa terms`: the document × term table. */
export const termsCommand = defineCommand({
  name: 'terms',
  args: 'FILE…',
  summary: 'dictionary terms per document (a document × term table)',
  options: {
    categories: { type: 'boolean', help: 'one row per category instead of per term' },
    format: formatOption(['json', 'csv', 'md'] as const),
    out: OUT_OPTION,
    dict: DICT_OPTION,
  },
  async run(values, positionals, io) {
    if (positionals.length === 0) throw new UsageError('terms needs at least one FILE');
    const dictionary = dictionaryFor({ dictionaryFiles: values.dict ?? [] });
    const rows: TermRow[] = [];
    let failed = 0;
    for (const file of positionals) {
      try {
        const doc = await readDoc(file, io);
        const r = analyzeDocument(doc, { dictionary, analyzers: ['terms'], meta: file === '-' ? {} : metaFor(file) });
        rows.push(...termRows(r, values.categories ?? false));
      } catch (e) {
        if (!(e instanceof TifaError)) throw e;
        reportError(e, io);
        failed++;
      }
    }
    await emit(renderTermRows(rows, values.format as 'json' | 'csv' | 'md'), values.out, io);
    return failed > 0 ? 1 : 0;
  },
});

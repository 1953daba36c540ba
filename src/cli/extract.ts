import { extractFile } from '../document/extract.js';
import { OUT_OPTION, UsageError, defineCommand } from './args.js';
import { emit } from './shared.js';

/** `tifa extract FILE`: the text that every offset points into. */
export const extractCommand = defineCommand({
  name: 'extract',
  args: 'FILE',
  summary: 'the text offsets point into (of a .docx, .pdf or .html: the extracted text; - reads stdin)',
  details:
    'Every finding of tifa analyze, numbers and check satisfies text.slice(start, end) === finding on this text.',
  options: { out: OUT_OPTION },
  async run(values, positionals, io) {
    if (positionals.length !== 1) throw new UsageError('extract needs exactly one FILE (or - for stdin)');
    await emit((await extractFile(positionals[0]!, io.stdin)).text, values.out, io);
    return 0;
  },
});

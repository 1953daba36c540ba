import { dictionaryFor } from '../pipeline/analyze.js';
import { kwic } from '../analyzers/kwic.js';
import { renderJson } from '../output/json.js';
import { DICT_OPTION, OUT_OPTION, UsageError, defineCommand, formatOption, wholeNumber } from './args.js';
import { emit, readDoc } from './shared.js';

/** Characters of context on each side by default. */
const DEFAULT_WINDOW = 20;

/** `tifa kwic`: keyword in context. */
export const kwicCommand = defineCommand({
  name: 'kwic',
  args: 'FILE PATTERN',
  summary: 'keyword in context; PATTERN is a term, @category or /regex/',
  options: {
    window: { type: 'string', value: 'N', default: String(DEFAULT_WINDOW), help: 'characters of context on each side' },
    format: formatOption(['text', 'json'] as const),
    out: OUT_OPTION,
    dict: DICT_OPTION,
  },
  async run(values, positionals, io) {
    if (positionals.length !== 2) throw new UsageError('kwic needs FILE and PATTERN');
    const window = wholeNumber('window', values.window ?? String(DEFAULT_WINDOW));
    const dictionary = dictionaryFor({ dictionaryFiles: values.dict ?? [] });
    const doc = await readDoc(positionals[0]!, io);
    const hits = kwic(doc, positionals[1]!, { window, dictionary });
    const flat = (s: string) => s.replace(/\s*\n\s*/g, ' ');
    const text =
      values.format === 'json'
        ? renderJson(hits)
        : hits
            .map(
              (h) =>
                `${h.start}\t${flat(h.before).padStart(window, '　')} 【${flat(h.match)}】 ${flat(h.after)}\t${h.section ?? ''}`,
            )
            .join('\n') + (hits.length ? '\n' : '');
    await emit(text, values.out, io);
    return 0;
  },
});

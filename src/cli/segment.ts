import { dictionaryFor } from '../pipeline/analyze.js';
import { createSegmenter } from '../segment/segmenter.js';
import { BACKEND_OPTION, DICT_OPTION, OUT_OPTION, UsageError, backendOf, defineCommand, formatOption } from './args.js';
import { emit, ensureBackend, readDoc } from './shared.js';

interface PrintedToken {
  text: string;
  start: number;
  end: number;
  pos?: string;
}

function renderTsv(tokens: PrintedToken[], pos: boolean): string {
  const header = `text\tstart\tend${pos ? '\tpos' : ''}\n`;
  const rows = tokens.map(
    (t) => `${t.text.replace(/[\t\n]/g, ' ')}\t${t.start}\t${t.end}${pos ? `\t${t.pos ?? ''}` : ''}\n`,
  );
  return header + rows.join('');
}

/** `tifa segment`: tokens with offsets into the original text. */
export const segmentCommand = defineCommand({
  name: 'segment',
  args: 'FILE',
  summary: 'tokens with offsets into the file (- reads stdin)',
  options: {
    format: formatOption(['json', 'tsv'] as const),
    pos: { type: 'boolean', help: 'tag parts of speech' },
    out: OUT_OPTION,
    dict: DICT_OPTION,
    backend: BACKEND_OPTION,
  },
  async run(values, positionals, io) {
    if (positionals.length !== 1) throw new UsageError('segment needs exactly one FILE (or - for stdin)');
    const backend = backendOf(values.backend);
    ensureBackend(backend);
    const dictionary = dictionaryFor({ dictionaryFiles: values.dict ?? [] });
    const doc = await readDoc(positionals[0]!, io);
    const seg = createSegmenter({ backend, dictionary });
    const tokens = seg.cut(doc.normalized, values.pos ? { pos: true } : {}).map((t) => {
      const o = doc.span(t.start, t.end);
      const tok: PrintedToken = { text: doc.text.slice(o.start, o.end), start: o.start, end: o.end };
      if (t.pos !== undefined) tok.pos = t.pos;
      return tok;
    });
    const text =
      values.format === 'json'
        ? `[\n${tokens.map((t) => `  ${JSON.stringify(t)}`).join(',\n')}\n]\n`
        : renderTsv(tokens, values.pos ?? false);
    await emit(text, values.out, io);
    return 0;
  },
});

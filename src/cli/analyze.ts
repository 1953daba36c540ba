import { availableParallelism } from 'node:os';
import { readDocument } from '../document/document.js';
import { analyzeDocument, dictionaryFor, type AnalyzeOptions, type TifaResult } from '../pipeline/analyze.js';
import { listCorpus, analyzeCorpusStream, analyzeLinesStream, type JsonLayout } from '../compare/corpus.js';
import { renderJson, renderJsonLine } from '../output/json.js';
import { renderMarkdown } from '../output/markdown.js';
import { inlineEvidence } from '../output/evidence.js';
import { openAtomic } from '../util/write.js';
import {
  BACKEND_OPTION,
  DICT_OPTION,
  JOBS_OPTION,
  OUT_OPTION,
  UsageError,
  backendOf,
  defineCommand,
  formatOption,
  wholeNumber,
  type Io,
} from './args.js';
import { GLOB, createProgress, defaultJobs, emit, ensureBackend, reportError, reportListing } from './shared.js';

type Format = 'json' | 'jsonl' | 'md';

/** Where findings' sentences go: a `sentences` table they index (default), or beside each finding. */
type EvidenceMode = 'table' | 'inline';

function render(result: TifaResult, format: Format, evidence: EvidenceMode): string {
  const r = evidence === 'inline' && format !== 'md' ? inlineEvidence(result) : result;
  return format === 'md' ? renderMarkdown(r) : format === 'jsonl' ? renderJsonLine(r) : renderJson(r);
}

/** Indentation of the JSON array items written for several reports. */
const ITEM_INDENT = 2;

/** A result rendered by a worker, laid out again with its evidence inline (`--evidence inline`). */
function inlined(json: string, layout: JsonLayout): string {
  const r = inlineEvidence(JSON.parse(json) as TifaResult);
  if (layout === 'line') return JSON.stringify(r);
  const pretty = JSON.stringify(r, null, ITEM_INDENT);
  return layout === 'pretty' ? `${pretty}\n` : pretty.replace(/^/gm, ' '.repeat(ITEM_INDENT));
}

/** `tifa analyze`: every analyzer on each report; a JSON array, JSON lines or Markdown. */
export const analyzeCommand = defineCommand({
  name: 'analyze',
  args: 'FILE|DIR|GLOB…',
  summary: 'analyze reports: terms, formulations, claims, keywords… (- reads stdin)',
  options: {
    format: formatOption(['json', 'jsonl', 'md'] as const),
    out: OUT_OPTION,
    jobs: JOBS_OPTION,
    cache: { type: 'string', value: 'DIR', help: 'cache results in DIR (off unless given)' },
    input: {
      type: 'string',
      value: 'KIND',
      choices: ['text', 'jsonl'],
      default: 'text',
      help: 'with -: jsonl reads one {"id","text",…} document per line and writes one result line each',
    },
    evidence: {
      type: 'string',
      value: 'WHERE',
      choices: ['table', 'inline'],
      default: 'table',
      help: "findings' sentences: a sentences table they index, or inline beside each finding (sentenceText)",
    },
    dict: DICT_OPTION,
    backend: BACKEND_OPTION,
  },
  async run(values, positionals, io) {
    if (positionals.length === 0) throw new UsageError('analyze needs at least one FILE, DIR or GLOB (or - for stdin)');
    const format = values.format as Format;
    const evidence = values.evidence as EvidenceMode;
    const chosenJobs = values.jobs === undefined ? undefined : wholeNumber('jobs', values.jobs, 1);
    const backend = backendOf(values.backend);
    ensureBackend(backend);
    const options: AnalyzeOptions = { dictionaryFiles: values.dict ?? [], backend };
    options.dictionary = dictionaryFor(options);
    if (values.input === 'jsonl')
      return analyzeJsonLines(
        positionals,
        { ...options, jobs: chosenJobs ?? availableParallelism() },
        { ...values, evidence },
        io,
      );
    if (positionals.includes('-')) {
      if (positionals.length > 1) throw new UsageError('- (stdin) cannot be mixed with files');
      const result = analyzeDocument(await readDocument(await io.stdin(), { source: '<stdin>' }), options);
      await emit(render(result, format, evidence), values.out, io);
      return 0;
    }
    const listing = await listCorpus(positionals);
    reportListing(listing, io);
    if (listing.files.length === 0) {
      // every input already named as missing: nothing more to say
      if (listing.missing.length < positionals.length)
        io.stderr(`tifa: no report files (.txt, .md, .html, .docx, .doc, .pdf) in ${positionals.join(', ')}\n`);
      return 1;
    }
    const single = positionals.length === 1 && listing.files.length === 1 && !GLOB.test(positionals[0]!);
    // Rendered in the workers. Several reports make a JSON array of one compact result per line:
    // indenting them made the array 1.6 times as large.
    const layout: JsonLayout = format === 'json' && single ? 'pretty' : 'line';
    const jobs = chosenJobs ?? (await defaultJobs(listing.files));
    const stream = analyzeCorpusStream(listing.files, { ...options, jobs, cache: values.cache ?? false, layout });
    const how = {
      format,
      single,
      out: values.out,
      total: listing.files,
      inline: evidence === 'inline' ? layout : null,
    };
    const failed = await writeStream(stream, how, io);
    return failed + listing.missing.length > 0 ? 1 : 0;
  },
});

/** Writes results as they come (in input order); returns how many files failed. */
async function writeStream(
  stream: ReturnType<typeof analyzeCorpusStream>,
  how: {
    format: Format;
    single: boolean;
    out: string | undefined;
    total: Parameters<typeof createProgress>[0];
    /** The layout to re-render results in with inline evidence, or null to write them as they come. */
    inline: JsonLayout | null;
  },
  io: Io,
): Promise<number> {
  const out = how.out ? await openAtomic(how.out) : null;
  const write = async (s: string) => (out ? out.write(s) : io.stdout(s));
  const progress = createProgress(how.total, io);
  let failed = 0;
  let written = 0;
  try {
    for await (const item of stream) {
      progress.tick(item.bytes);
      if (item.error) {
        progress.clear();
        reportError(item.error, io);
        failed++;
        continue;
      }
      const json = how.inline && how.format !== 'md' ? inlined(item.json!, how.inline) : item.json!;
      if (how.format === 'jsonl') await write(`${json}\n`);
      else if (how.format === 'md')
        await write((written > 0 ? '\n---\n\n' : '') + renderMarkdown(JSON.parse(json) as TifaResult));
      else await write(how.single ? json : (written === 0 ? '[\n' : ',\n') + json);
      written++;
    }
    if (how.format === 'json' && !how.single) await write(written === 0 ? '[]\n' : '\n]\n');
    progress.clear();
    if (out) await out.commit();
  } catch (e) {
    progress.clear();
    if (out) await out.abort();
    throw e;
  }
  return failed;
}

/** `tifa analyze --input jsonl -`: one `{"id","text",…}` document per line in, one result line out, in order. */
async function analyzeJsonLines(
  positionals: string[],
  options: AnalyzeOptions & { jobs: number },
  values: { format?: string | undefined; out?: string | undefined; evidence: EvidenceMode },
  io: Io,
): Promise<number> {
  if (positionals.length !== 1 || positionals[0] !== '-') throw new UsageError('--input jsonl reads stdin: use -');
  if (values.format !== 'json' && values.format !== 'jsonl')
    throw new UsageError('--input jsonl writes one JSON line per document (--format jsonl)');
  const out = values.out ? await openAtomic(values.out) : null;
  const input = io.stdinStream?.() ?? [await io.stdin()];
  let failed = 0;
  for await (const item of analyzeLinesStream(input, options)) {
    if (item.error) {
      failed++;
      reportError(item.error, io);
      continue;
    }
    const json = values.evidence === 'inline' ? inlined(item.json!, 'line') : item.json;
    if (out) await out.write(`${json}\n`);
    else io.stdout(`${json}\n`);
  }
  await out?.commit();
  return failed > 0 ? 1 : 0;
}

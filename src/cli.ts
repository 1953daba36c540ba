import { parseArgs, type ParseArgsConfig } from 'node:util';
import { readFileSync } from 'node:fs';
import { loadDocument, createDocument } from './document/document.js';
import { extractFile } from './document/extract.js';
import { metaFor } from './document/manifest.js';
import type { TifaDocument } from './document/types.js';
import { analyzeDocument, dictionaryFor, type AnalyzeOptions, type TifaResult } from './pipeline/analyze.js';
import { createSegmenter, type SegmenterBackend } from './segment/segmenter.js';
import { renderJson, renderJsonLine } from './output/json.js';
import { renderMarkdown } from './output/markdown.js';
import { writeFileAtomic, openAtomic } from './output/write.js';
import { availableParallelism } from 'node:os';
import { TifaError } from './util/errors.js';
import { kwic } from './analyzers/kwic.js';
import { listCorpus, analyzeCorpus, analyzeCorpusStream, defaultCacheDir } from './compare/corpus.js';
import { compareResults, type CompareOptions } from './compare/compare.js';
import { renderComparisonMarkdown, renderTidyCsv } from './output/comparison.js';
import { renderComparisonHtml } from './output/html.js';
import { numbersLines } from './numbers/lines.js';
import { claimsMarkdown } from './output/parts/claims.js';
import { termRows, renderTermRows, type TermRow } from './output/term-table.js';

const USAGE = `Usage: tifa <command> [options]

Commands:
  analyze FILE|DIR|GLOB…  analyze reports (- reads stdin)
                  [--format json|jsonl|md] [--out PATH] [--jobs N] [--cache DIR]
  segment FILE    tokens with offsets                [--format json|tsv] [--pos]
  kwic FILE PATTERN  keyword in context; PATTERN is a term, @category or /regex/
                                                     [--window N] [--format text|json]
  terms FILE…     dictionary terms per document      [--categories] [--format json|csv|md]
  numbers --lines read stdin, one text per line; print one JSON line of quantities each
  numbers FILE    the numeric claims of a report       [--format json|md]
  extract FILE    the text offsets point into (of a .docx, .pdf, .html: the extracted text)
  compare FILES|DIR|GLOB…  compare reports across years
                  [--format json|md|csv|html] [--out PATH] [--target YEAR]
                  [--reference rest|previous] [--measure g2|chi2] [--min-count N]
                  [--manifest FILE] [--cache DIR] [--no-cache]

Common options:
  --dict FILE     add a dictionary file (term<TAB>category<TAB>aliases); repeatable
  --backend NAME  segmenter backend: nodejieba (default) or node-rs-jieba
  -h, --help      show this help
  -v, --version   show the version`;

class UsageError extends Error {}

interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: () => Promise<Buffer>;
}

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  },
};

const COMMON = {
  help: { type: 'boolean', short: 'h' },
  dict: { type: 'string', multiple: true },
  backend: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], extra: T) {
  try {
    return parseArgs({ args, options: { ...COMMON, ...extra }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]!.replace(/\. To specify a positional.*$/, ''));
  }
}

function choice<T extends string>(name: string, value: string | undefined, allowed: readonly T[], dflt: T): T {
  if (value === undefined) return dflt;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  return value as T;
}

function backendOf(v: string | undefined): SegmenterBackend {
  return choice('backend', v, ['nodejieba', 'node-rs-jieba'] as const, 'nodejieba');
}

async function readDoc(path: string, io: Io): Promise<TifaDocument> {
  if (path === '-') return createDocument(await io.stdin(), { source: '<stdin>' });
  const meta = metaFor(path);
  return loadDocument(path, meta.year !== undefined ? { year: meta.year } : {});
}

/** Emits output to --out (atomically) or stdout. */
async function emit(text: string, out: string | undefined, io: Io): Promise<void> {
  if (out) await writeFileAtomic(out, text);
  else io.stdout(text);
}

function reportError(e: unknown, io: Io): void {
  io.stderr(`${e instanceof Error ? e.message : String(e)}\n`);
}

async function cmdAnalyze(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { jobs: { type: 'string', short: 'j' }, cache: { type: 'string' } });
  if (values.help) return help(io);
  if (positionals.length === 0) throw new UsageError('analyze needs at least one FILE, DIR or GLOB (or - for stdin)');
  const format = choice('format', values.format, ['json', 'jsonl', 'md'] as const, 'json');
  const jobs = values.jobs === undefined ? availableParallelism() : wholeNumber('jobs', values.jobs);
  if (jobs < 1) throw new UsageError('--jobs must be at least 1');
  const options: AnalyzeOptions = { dictionaryFiles: values.dict ?? [], backend: backendOf(values.backend) };
  options.dictionary = dictionaryFor(options);
  if (positionals.includes('-')) {
    if (positionals.length > 1) throw new UsageError('- (stdin) cannot be mixed with files');
    const result = analyzeDocument(createDocument(await io.stdin(), { source: '<stdin>' }), options);
    await emit(
      format === 'md' ? renderMarkdown(result) : format === 'jsonl' ? renderJsonLine(result) : renderJson(result),
      values.out,
      io,
    );
    return 0;
  }
  const { files, missing } = await listCorpus(positionals);
  reportMissing(missing, io);
  if (files.length === 0) {
    io.stderr(`tifa: no report files (.txt, .text, .md) in ${positionals.join(', ')}\n`);
    return 1;
  }
  const single = positionals.length === 1 && files.length === 1 && !GLOB.test(positionals[0]!);
  const out = values.out ? await openAtomic(values.out) : null;
  const write = async (s: string) => (out ? out.write(s) : io.stdout(s));
  const progress = createProgress(files, io);
  let failed = missing.length;
  let written = 0;
  try {
    for await (const item of analyzeCorpusStream(files, { ...options, jobs, cache: values.cache ?? false })) {
      progress.tick(item.bytes);
      if (item.error) {
        progress.clear();
        reportError(item.error, io);
        failed++;
        continue;
      }
      const json = item.json!;
      if (format === 'jsonl') await write(`${json}\n`);
      else if (format === 'md')
        await write((written > 0 ? '\n---\n\n' : '') + renderMarkdown(JSON.parse(json) as TifaResult));
      else if (single) await write(renderJson(JSON.parse(json)));
      else await write((written === 0 ? '[\n' : ',\n') + renderJson(JSON.parse(json)).trimEnd().replace(/^/gm, '  '));
      written++;
    }
    if (format === 'json' && !single) await write(written === 0 ? '[]\n' : '\n]\n');
    progress.clear();
    if (out) await out.commit();
  } catch (e) {
    progress.clear();
    if (out) await out.abort();
    throw e;
  }
  return failed > 0 ? 1 : 0;
}

const GLOB = /[*?[]/;

function reportMissing(missing: string[], io: Io): void {
  for (const m of missing)
    io.stderr(
      GLOB.test(m) ? `tifa: ${m}: no file matches\n` : `tifa: ${m}: cannot read the file (no such file or folder)\n`,
    );
}

/** A progress line on stderr when it is a terminal (documents done, MB/s, ETA); silent otherwise. */
function createProgress(files: Array<{ path: string }>, io: Io) {
  const tty = io === defaultIo && process.stderr.isTTY === true;
  const total = files.length;
  const t0 = Date.now();
  let done = 0;
  let bytes = 0;
  let last = 0;
  return {
    tick(b: number) {
      done++;
      bytes += b;
      const now = Date.now();
      if (!tty || (now - last < 100 && done < total)) return;
      last = now;
      const secs = Math.max(0.001, (now - t0) / 1000);
      const eta = done > 0 ? Math.round(((total - done) * secs) / done) : 0;
      process.stderr.write(
        `\r\x1b[Ktifa: ${done}/${total} documents, ${(bytes / 1e6 / secs).toFixed(2)} MB/s, ETA ${Math.floor(eta / 60)}:${String(eta % 60).padStart(2, '0')}`,
      );
    },
    clear() {
      if (tty) process.stderr.write('\r\x1b[K');
    },
  };
}

async function cmdSegment(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { pos: { type: 'boolean' } });
  if (values.help) return help(io);
  if (positionals.length !== 1) throw new UsageError('segment needs exactly one FILE (or - for stdin)');
  const format = choice('format', values.format, ['json', 'tsv'] as const, 'json');
  const dictionary = dictionaryFor({ dictionaryFiles: values.dict ?? [] });
  let doc: TifaDocument;
  try {
    doc = await readDoc(positionals[0]!, io);
  } catch (e) {
    if (!(e instanceof TifaError)) throw e;
    reportError(e, io);
    return 1;
  }
  const seg = createSegmenter({ backend: backendOf(values.backend), dictionary });
  const tokens = seg.cut(doc.normalized, values.pos ? { pos: true } : {}).map((t) => {
    const o = doc.span(t.start, t.end);
    const tok: { text: string; start: number; end: number; pos?: string } = {
      text: doc.text.slice(o.start, o.end),
      start: o.start,
      end: o.end,
    };
    if (t.pos !== undefined) tok.pos = t.pos;
    return tok;
  });
  const text =
    format === 'json'
      ? `[\n${tokens.map((t) => `  ${JSON.stringify(t)}`).join(',\n')}\n]\n`
      : 'text\tstart\tend' +
        (values.pos ? '\tpos' : '') +
        '\n' +
        tokens
          .map((t) => `${t.text.replace(/[\t\n]/g, ' ')}\t${t.start}\t${t.end}${values.pos ? `\t${t.pos ?? ''}` : ''}`)
          .join('\n') +
        '\n';
  await emit(text, values.out, io);
  return 0;
}

function help(io: Io): number {
  io.stdout(`${USAGE}\n`);
  return 0;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

async function cmdKwic(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { window: { type: 'string' } });
  if (values.help) return help(io);
  if (positionals.length !== 2) throw new UsageError('kwic needs FILE and PATTERN');
  const format = choice('format', values.format, ['text', 'json'] as const, 'text');
  const window = values.window === undefined ? 20 : Number(values.window);
  if (!Number.isInteger(window) || window < 0)
    throw new UsageError(`--window must be a whole number, got ${JSON.stringify(values.window)}`);
  const dictionary = dictionaryFor({ dictionaryFiles: values.dict ?? [] });
  const doc = await readDoc(positionals[0]!, io);
  const hits = kwic(doc, positionals[1]!, { window, dictionary });
  const flat = (s: string) => s.replace(/\s*\n\s*/g, ' ');
  const text =
    format === 'json'
      ? renderJson(hits)
      : hits
          .map(
            (h) =>
              `${h.start}\t${flat(h.before).padStart(window, '　')} 【${flat(h.match)}】 ${flat(h.after)}\t${h.section ?? ''}`,
          )
          .join('\n') + (hits.length ? '\n' : '');
  await emit(text, values.out, io);
  return 0;
}

async function cmdTerms(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { categories: { type: 'boolean' } });
  if (values.help) return help(io);
  if (positionals.length === 0) throw new UsageError('terms needs at least one FILE');
  const format = choice('format', values.format, ['json', 'csv', 'md'] as const, 'json');
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
  await emit(renderTermRows(rows, format), values.out, io);
  return failed > 0 ? 1 : 0;
}

async function cmdCompare(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    target: { type: 'string' },
    reference: { type: 'string' },
    measure: { type: 'string' },
    'min-count': { type: 'string' },
    manifest: { type: 'string' },
    cache: { type: 'string' },
    'no-cache': { type: 'boolean' },
    jobs: { type: 'string', short: 'j' },
  });
  if (values.help) return help(io);
  if (positionals.length === 0) throw new UsageError('compare needs FILES, a DIR or a GLOB');
  const format = choice('format', values.format, ['json', 'md', 'csv', 'html'] as const, 'json');
  const compareOptions: CompareOptions = {
    reference: choice('reference', values.reference, ['rest', 'previous'] as const, 'rest'),
    measure: choice('measure', values.measure, ['g2', 'chi2'] as const, 'g2'),
  };
  if (values.target !== undefined) compareOptions.target = wholeNumber('target', values.target);
  if (values['min-count'] !== undefined) compareOptions.minCount = wholeNumber('min-count', values['min-count']);
  const { files, missing } = await listCorpus(positionals, values.manifest ? { manifest: values.manifest } : {});
  reportMissing(missing, io);
  const { results, errors } = await analyzeCorpus(files, {
    dictionaryFiles: values.dict ?? [],
    backend: backendOf(values.backend),
    cache: values['no-cache'] ? false : (values.cache ?? defaultCacheDir()),
    jobs: values.jobs === undefined ? availableParallelism() : Math.max(1, wholeNumber('jobs', values.jobs)),
  });
  for (const e of errors) reportError(e, io);
  if (results.length === 0) {
    io.stderr('tifa: no report could be analyzed\n');
    return 1;
  }
  const comparison = compareResults(results, compareOptions);
  let text: string;
  if (format === 'json') text = renderJson(comparison);
  else if (format === 'md') text = renderComparisonMarkdown(comparison);
  else if (format === 'csv') text = renderTidyCsv(results);
  else text = renderComparisonHtml(comparison);
  await emit(text, values.out, io);
  return errors.length > 0 || missing.length > 0 ? 1 : 0;
}

function wholeNumber(name: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number, got ${JSON.stringify(v)}`);
  return n;
}

async function cmdNumbers(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { lines: { type: 'boolean' }, 'claims-only': { type: 'boolean' } });
  if (values.help) return help(io);
  if (values.lines) {
    if (positionals.length > 0) throw new UsageError('numbers --lines reads stdin and takes no FILE');
    // Known formulations (四个意识) are not quantities.
    const dictionary = dictionaryFor({ dictionaryFiles: values.dict ?? [] });
    const exclude = (line: string) => dictionary.match(line).filter((m) => m.entry.kind === 'formulation');
    await numbersLines(process.stdin, process.stdout, { claimsOnly: values['claims-only'] ?? false, exclude });
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('numbers needs a FILE (or --lines to read lines from stdin)');
  const format = choice('format', values.format, ['json', 'md'] as const, 'json');
  const doc = await readDoc(positionals[0]!, io);
  const result = analyzeDocument(doc, {
    dictionary: dictionaryFor({ dictionaryFiles: values.dict ?? [] }),
    analyzers: ['claims'],
  });
  await emit(format === 'json' ? renderJson(result.claims ?? []) : `${claimsMarkdown(result) ?? ''}\n`, values.out, io);
  return 0;
}

async function cmdExtract(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {});
  if (values.help) return help(io);
  if (positionals.length !== 1) throw new UsageError('extract needs exactly one FILE (or - for stdin)');
  await emit((await extractFile(positionals[0]!, io.stdin)).text, values.out, io);
  return 0;
}

const COMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = {
  extract: cmdExtract,
  analyze: cmdAnalyze,
  segment: cmdSegment,
  kwic: cmdKwic,
  terms: cmdTerms,
  compare: cmdCompare,
  numbers: cmdNumbers,
};

/**
 * Runs the command line and resolves to the exit code: 0 success, 1 a file could not be
 * read or decoded (the others are still processed), 2 misuse.
 *
 * @example
 * ```ts
 * process.exitCode = await main(['analyze', 'report.txt', '--format', 'md']);
 * ```
 */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [cmd, ...rest] = argv;
  // Ctrl-C runs the exit handlers, which remove half-written temporary files.
  if (io === defaultIo) {
    process.once('SIGINT', () => process.exit(130));
    process.once('SIGTERM', () => process.exit(143));
    process.once('SIGHUP', () => process.exit(129));
  }
  try {
    if (cmd === undefined || cmd === '-h' || cmd === '--help' || cmd === 'help') return help(io);
    if (cmd === '-v' || cmd === '--version') {
      io.stdout(`${version()}\n`);
      return 0;
    }
    const run = COMMANDS[cmd];
    if (!run) throw new UsageError(`unknown command ${JSON.stringify(cmd)}`);
    return await run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`tifa: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof TifaError || (e instanceof TypeError && e.message.startsWith('tifa:'))) {
      reportError(e, io);
      return 1;
    }
    throw e;
  }
}

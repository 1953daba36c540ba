import { parseArgs, type ParseArgsConfig } from 'node:util';
import { readFileSync } from 'node:fs';
import { loadDocument, createDocument } from './document/document.js';
import { metaFor } from './document/manifest.js';
import type { TifaDocument } from './document/types.js';
import { analyzeDocument, dictionaryFor, type AnalyzeOptions, type TifaResult } from './pipeline/analyze.js';
import { createSegmenter, type SegmenterBackend } from './segment/segmenter.js';
import { renderJson } from './output/json.js';
import { renderMarkdown } from './output/markdown.js';
import { writeFileAtomic } from './output/write.js';
import { TifaError } from './util/errors.js';
import { kwic } from './analyzers/kwic.js';
import { termRows, renderTermRows, type TermRow } from './output/term-table.js';

const USAGE = `Usage: tifa <command> [options]

Commands:
  analyze FILE…   analyze reports (- reads stdin)    [--format json|md] [--out PATH]
  segment FILE    tokens with offsets                [--format json|tsv] [--pos]
  kwic FILE PATTERN  keyword in context; PATTERN is a term, @category or /regex/
                                                     [--window N] [--format text|json]
  terms FILE…     dictionary terms per document      [--categories] [--format json|csv|md]

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
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
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
  const { values, positionals } = parse(args, {});
  if (values.help) return help(io);
  if (positionals.length === 0) throw new UsageError('analyze needs at least one FILE (or - for stdin)');
  const format = choice('format', values.format, ['json', 'md'] as const, 'json');
  const options: AnalyzeOptions = { dictionaryFiles: values.dict ?? [], backend: backendOf(values.backend) };
  options.dictionary = dictionaryFor(options);
  const results: TifaResult[] = [];
  let failed = 0;
  for (const file of positionals) {
    try {
      const doc = await readDoc(file, io);
      results.push(analyzeDocument(doc, { ...options, meta: file === '-' ? {} : metaFor(file) }));
    } catch (e) {
      if (!(e instanceof TifaError)) throw e;
      reportError(e, io);
      failed++;
    }
  }
  if (results.length > 0) {
    const text = format === 'md' ? results.map(renderMarkdown).join('\n---\n\n') : renderJson(results.length === 1 && positionals.length === 1 ? results[0] : results);
    await emit(text, values.out, io);
  }
  return failed > 0 ? 1 : 0;
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
    const tok: { text: string; start: number; end: number; pos?: string } = { text: doc.text.slice(o.start, o.end), start: o.start, end: o.end };
    if (t.pos !== undefined) tok.pos = t.pos;
    return tok;
  });
  const text =
    format === 'json'
      ? '[\n' + tokens.map((t) => '  ' + JSON.stringify(t)).join(',\n') + '\n]\n'
      : 'text\tstart\tend' + (values.pos ? '\tpos' : '') + '\n' + tokens.map((t) => `${t.text.replace(/[\t\n]/g, ' ')}\t${t.start}\t${t.end}${values.pos ? '\t' + (t.pos ?? '') : ''}`).join('\n') + '\n';
  await emit(text, values.out, io);
  return 0;
}

function help(io: Io): number {
  io.stdout(USAGE + '\n');
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
  if (!Number.isInteger(window) || window < 0) throw new UsageError(`--window must be a whole number, got ${JSON.stringify(values.window)}`);
  const dictionary = dictionaryFor({ dictionaryFiles: values.dict ?? [] });
  const doc = await readDoc(positionals[0]!, io);
  const hits = kwic(doc, positionals[1]!, { window, dictionary });
  const flat = (s: string) => s.replace(/\s*\n\s*/g, ' ');
  const text =
    format === 'json'
      ? renderJson(hits)
      : hits.map((h) => `${h.start}\t${flat(h.before).padStart(window, '　')} 【${flat(h.match)}】 ${flat(h.after)}\t${h.section ?? ''}`).join('\n') + (hits.length ? '\n' : '');
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

const COMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = {
  analyze: cmdAnalyze,
  segment: cmdSegment,
  kwic: cmdKwic,
  terms: cmdTerms,
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
  try {
    if (cmd === undefined || cmd === '-h' || cmd === '--help' || cmd === 'help') return help(io);
    if (cmd === '-v' || cmd === '--version') {
      io.stdout(version() + '\n');
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

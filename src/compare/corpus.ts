import { createHash } from 'node:crypto';
import { readFile, readdir, stat, mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { homedir, availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { readDocument, readReportFile } from '../document/document.js';
import { manifestMetaFor, metaFor, parseManifest } from '../document/manifest.js';
import {
  analyzeDocument,
  dictionaryFor,
  SCHEMA_VERSION,
  type AnalyzeOptions,
  type TifaResult,
} from '../pipeline/analyze.js';
import type { DocumentMeta } from '../document/meta.js';
import { analyzeStreamLine, splitLines, type NumberedLine } from '../pipeline/stream.js';
import { Dictionary, type DictionaryEntry } from '../dictionary/dictionary.js';
import { DEFAULT_BACKEND } from '../segment/segmenter.js';
import { writeFileAtomic } from '../util/write.js';
import { TifaError } from '../util/errors.js';
import { cmp } from '../util/order.js';

/** A report file of a corpus with its metadata. */
export interface CorpusFile {
  path: string;
  meta: DocumentMeta;
}

/** A file a folder or glob held that is not read as a report, and why. */
export interface SkippedFile {
  path: string;
  reason: string;
}

/** What {@link listCorpus} found. */
export interface CorpusListing {
  files: CorpusFile[];
  /** Inputs that do not exist, or globs that match nothing. */
  missing: string[];
  /** Files under a folder (or matched by a glob) that are not reports. */
  skipped: SkippedFile[];
}

const GLOB_CHARS = /[*?[{]/;
/** What a folder yields: plain text, Markdown, web pages, Word and PDF files (recognised again by content when read). */
const REPORT_FILE = /\.(txt|text|md|html?|docx?|wps|pdf)$/i;
/** Metadata files beside reports: used, not skipped. */
const MANIFEST_FILE = /^MANIFEST\.(tsv|csv)$/i;
const NOT_A_REPORT = 'not a report file: tifa reads .txt, .text, .md, .html, .docx, .doc, .wps and .pdf';

function sortPaths(paths: string[]): string[] {
  return paths.sort((a, b) => cmp(a, b));
}

/** Report files under a folder, recursively, sorted; other files go to `skipped`. Hidden entries are ignored. */
async function walk(dir: string, out: string[], skipped: SkippedFile[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries.sort((a, b) => cmp(a.name, b.name))) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out, skipped);
    else if (REPORT_FILE.test(e.name)) out.push(p);
    else if (!MANIFEST_FILE.test(e.name)) skipped.push({ path: p, reason: NOT_A_REPORT });
  }
}

/** Files matching a glob (tinyglobby: `*`, `**`, `?`, `[!0-3]`, `{2024,2025}`), sorted. */
async function expandGlob(pattern: string, skipped: SkippedFile[]): Promise<string[]> {
  const posix = process.platform === 'win32' ? pattern.replace(/\\/g, '/') : pattern;
  const hits = await glob(posix, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(pattern) });
  const files: string[] = [];
  for (const p of sortPaths(hits)) {
    if (REPORT_FILE.test(p)) files.push(p);
    else if (!MANIFEST_FILE.test(basename(p))) skipped.push({ path: p, reason: NOT_A_REPORT });
  }
  return files;
}

async function expandInput(input: string, paths: string[], skipped: SkippedFile[]): Promise<boolean> {
  if (GLOB_CHARS.test(input)) {
    const hits = await expandGlob(input, skipped);
    paths.push(...hits);
    return hits.length > 0;
  }
  let st: Awaited<ReturnType<typeof stat>>;
  try {
    st = await stat(input);
  } catch {
    return false;
  }
  if (st.isDirectory()) await walk(input, paths, skipped);
  else paths.push(input);
  return true;
}

/**
 * Lists the report files of a corpus: files as given, every `.txt`/`.text`/`.md` file under a
 * directory (recursively, sorted), or the files matching a glob (`reports/**\/*.txt`,
 * `202[!0-3].txt`, `{2024,2025}.txt`). Metadata comes from a manifest (`manifest` option, else a
 * `MANIFEST.tsv`/`.csv` beside each file), else from the document itself. Inputs that do not
 * exist are returned in `missing`, other files a folder holds in `skipped`.
 *
 * @example
 * ```ts
 * const { files, skipped } = await listCorpus(['../shared/corpus/gov-work-reports']);
 * ```
 */
export async function listCorpus(inputs: string[], options: { manifest?: string } = {}): Promise<CorpusListing> {
  const paths: string[] = [];
  const missing: string[] = [];
  const skipped: SkippedFile[] = [];
  for (const input of inputs) if (!(await expandInput(input, paths, skipped))) missing.push(input);
  const manifest = options.manifest ? parseManifest(readFileSync(options.manifest, 'utf8'), options.manifest) : null;
  const seen = new Set<string>();
  const files: CorpusFile[] = [];
  for (const p of paths) {
    const key = resolve(p);
    if (seen.has(key)) continue;
    seen.add(key);
    const fromManifest = manifest ? manifestMetaFor(manifest, options.manifest!, p) : undefined;
    files.push({ path: p, meta: fromManifest ?? metaFor(p) });
  }
  return { files, missing, skipped };
}

/** Options for {@link analyzeCorpus}. */
export interface CorpusOptions extends AnalyzeOptions {
  /** Folder for cached results (default `$XDG_CACHE_HOME/tifa` or `~/.cache/tifa`); `false` turns caching off. */
  cache?: string | false;
  /** Called after each document (for progress). */
  onResult?: (r: { file: string; result?: TifaResult; error?: TifaError; cached: boolean }) => void;
}

/** The default cache folder. */
export function defaultCacheDir(): string {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'tifa');
}

function dictionaryFingerprint(d: Dictionary): string {
  const h = createHash('sha256');
  for (const e of d.entries)
    h.update(`${e.term}\t${e.category}\t${e.kind}\t${e.aliases.join('|')}\t${e.members.join('、')}\n`);
  return h.digest('hex').slice(0, 16);
}

let packageVersion: string | undefined;
function version(): string {
  packageVersion ??= (
    JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
  ).version;
  return packageVersion;
}

/** What analyzing one file of a corpus gave: the result as JSON text, or the error naming the file. */
export interface CorpusItem {
  file: string;
  json?: string;
  error?: TifaError;
  cached: boolean;
  bytes: number;
}

/** Serializable settings shared by every file of a corpus run (sent to worker threads). */
export interface CorpusSettings {
  options: Omit<AnalyzeOptions, 'dictionary' | 'segmenter'> & { dictionaryEntries?: DictionaryEntry[] };
  cacheDir: string | null;
  /** How `json` is laid out (default `line`); see {@link JsonLayout}. */
  layout?: JsonLayout;
}

/**
 * How a worker lays out a result's JSON, so the main thread only writes it: `line` compact (one
 * JSON line), `pretty` two-space indented with a trailing newline (as renderJson), `array-item`
 * pretty, indented two more spaces and without the newline (an element of a JSON array).
 */
export type JsonLayout = 'line' | 'pretty' | 'array-item';

const INDENT = 2;

function layOut(result: TifaResult, layout: JsonLayout = 'line'): string {
  if (layout === 'line') return JSON.stringify(result);
  const pretty = JSON.stringify(result, null, INDENT);
  return layout === 'pretty' ? `${pretty}\n` : pretty.replace(/^/gm, ' '.repeat(INDENT));
}

interface Prepared {
  opts: AnalyzeOptions;
  /** What, besides a file's bytes and metadata, its cached result depends on (computed on first use). */
  config(): string;
  cacheDir: string | null;
}

// Keyed by the settings object: one per corpus run in this thread, or the worker's workerData.
const preparedCache = new WeakMap<CorpusSettings, Prepared>();

/**
 * Loads the dictionary once per settings object (per corpus run, and per worker thread). The
 * segmenter, IDF tables and the rest are loaded by the analyzers that need them, on first use.
 */
export function prepare(settings: CorpusSettings, ready?: Dictionary): Prepared {
  let p = preparedCache.get(settings);
  if (p) return p;
  const { dictionaryEntries, ...options } = settings.options;
  // In this thread the caller's dictionary is used as it is; a worker rebuilds it from its entries.
  const dictionary = ready ?? (dictionaryEntries ? new Dictionary(dictionaryEntries) : dictionaryFor(options));
  let config: string | undefined;
  p = {
    opts: { ...options, dictionary },
    config: () =>
      (config ??= JSON.stringify([
        SCHEMA_VERSION,
        version(),
        dictionaryFingerprint(dictionary),
        options.analyzers ?? null,
        options.options ?? null,
        options.backend ?? DEFAULT_BACKEND,
      ])),
    cacheDir: settings.cacheDir,
  };
  preparedCache.set(settings, p);
  return p;
}

/**
 * Analyzes one corpus file: reads it, looks the result up in the cache by content, tifa version,
 * dictionary and options, else analyzes it and caches the result. Never throws for a bad file:
 * the error, naming the file, is in the item.
 *
 * @example
 * ```ts
 * const item = await analyzeCorpusFile({ path: 'a.txt', meta: {} }, { options: {}, cacheDir: null });
 * ```
 */
export async function analyzeCorpusFile(f: CorpusFile, settings: CorpusSettings): Promise<CorpusItem> {
  const p = prepare(settings);
  let bytes: Buffer;
  try {
    bytes = await readReportFile(f.path);
  } catch (e) {
    if (e instanceof TifaError) return { file: f.path, error: e, cached: false, bytes: 0 };
    throw e;
  }
  const key = createHash('sha256')
    .update(bytes)
    .update('\0')
    .update(p.config())
    .update('\0')
    .update(JSON.stringify(f.meta))
    .digest('hex');
  const cachePath = p.cacheDir ? join(p.cacheDir, `${key}.json`) : null;
  if (cachePath) {
    try {
      const hit = JSON.parse(await readFile(cachePath, 'utf8')) as TifaResult;
      hit.document.source = f.path;
      return { file: f.path, json: layOut(hit, settings.layout), cached: true, bytes: bytes.length };
    } catch {
      // not cached yet (or an unreadable cache entry): analyze
    }
  }
  try {
    const docOptions = f.meta.year !== undefined ? { source: f.path, year: f.meta.year } : { source: f.path };
    const result = analyzeDocument(await readDocument(bytes, docOptions), { ...p.opts, meta: f.meta });
    if (cachePath) {
      await mkdir(p.cacheDir!, { recursive: true }).catch(() => undefined);
      await writeFileAtomic(cachePath, JSON.stringify(result)).catch(() => undefined);
    }
    return { file: f.path, json: layOut(result, settings.layout), cached: false, bytes: bytes.length };
  } catch (e) {
    if (!(e instanceof TifaError)) throw e;
    return { file: f.path, error: e, cached: false, bytes: bytes.length };
  }
}

/** Options for {@link analyzeCorpusStream}. */
export interface StreamOptions extends CorpusOptions {
  /** Worker threads (default: the number of cores); 1 analyzes in this thread. */
  jobs?: number;
  /** How each item's `json` is laid out, done in the workers (default `line`). */
  layout?: JsonLayout;
}

/** In-flight tasks per worker: enough to keep every worker busy, few enough to keep memory flat. */
const TASKS_PER_WORKER = 2;

/**
 * Analyzes a corpus with worker threads, each loading the dictionary and segmenter once, and
 * yields one item per file in input order as soon as it and the files before it are done, so
 * memory stays flat however large the corpus. Workers are sent file paths and send back the
 * result's UTF-8 bytes, moved rather than copied.
 *
 * @example
 * ```ts
 * for await (const item of analyzeCorpusStream(files, { jobs: 2 })) process.stdout.write((item.json ?? '') + '\n');
 * ```
 */
export async function* analyzeCorpusStream(
  files: CorpusFile[],
  options: StreamOptions = {},
): AsyncGenerator<CorpusItem> {
  const settings = settingsFor(options);
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), files.length));
  const pool = await openPool(jobs, settings);
  if (!pool) prepare(settings, options.dictionary);
  try {
    const run = pool
      ? (file: CorpusFile) => pool.run({ kind: 'file', file }).then((r) => fromReply(r, file.path))
      : (file: CorpusFile) => analyzeCorpusFile(file, settings);
    yield* inOrder(files, run, pool ? jobs * TASKS_PER_WORKER : 1);
  } finally {
    await pool?.destroy();
  }
}

/** One result line of {@link analyzeLinesStream}: the result as JSON, or the error naming the line. */
export interface LineItem {
  lineNo: number;
  json?: string;
  error?: TifaError;
}

/**
 * Analyzes a JSON Lines stream (`{"id", "text", …metadata}` per line, see `parseStreamLine`)
 * with worker threads and yields one item per non-blank line, in input order. At most a few
 * lines per worker are in flight and the input is read only as fast as results are consumed, so
 * memory stays flat on an endless stream: this is the map step for GNU parallel, Hadoop
 * Streaming or Spark's `RDD.pipe`.
 *
 * @example
 * ```ts
 * for await (const item of analyzeLinesStream(process.stdin, { jobs: 2 }))
 *   if (item.json) process.stdout.write(`${item.json}\n`); else console.error(item.error!.message);
 * ```
 */
export async function* analyzeLinesStream(
  input: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  options: StreamOptions = {},
): AsyncGenerator<LineItem> {
  const settings = settingsFor({ ...options, cache: false });
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  const pool = await openPool(jobs, settings);
  if (!pool) prepare(settings, options.dictionary);
  try {
    const run = pool
      ? ({ line, lineNo }: NumberedLine) =>
          pool.run({ kind: 'line', line, lineNo }).then((r): LineItem => {
            const item = fromReply(r, STDIN);
            return item.error ? { lineNo, error: item.error } : { lineNo, json: item.json! };
          })
      : async ({ line, lineNo }: NumberedLine) => analyzeLine(line, lineNo, settings);
    yield* inOrder(splitLines(input), run, pool ? jobs * TASKS_PER_WORKER : 1);
  } finally {
    await pool?.destroy();
  }
}

const STDIN = '<stdin>';

/** Analyzes one JSON line in this thread (the settings' dictionary loaded once). */
export function analyzeLine(line: string, lineNo: number, settings: CorpusSettings): LineItem {
  try {
    return { lineNo, json: analyzeStreamLine(line, lineNo, prepare(settings).opts, STDIN) };
  } catch (e) {
    if (!(e instanceof TifaError)) throw e;
    return { lineNo, error: e };
  }
}

/**
 * Maps `run` over `items` with at most `window` calls in flight and yields the results in input
 * order. Items are pulled from the iterable only when there is room, so an endless input is
 * read as fast as results are consumed.
 */
async function* inOrder<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  run: (item: T) => Promise<R>,
  window: number,
): AsyncGenerator<R> {
  const it: Iterator<T> | AsyncIterator<T> =
    Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  const pending: Array<Promise<R>> = [];
  let done = false;
  const fill = async () => {
    while (!done && pending.length < window) {
      const next = await it.next();
      if (next.done) done = true;
      else {
        const p = run(next.value);
        // awaited in order below; this only keeps a later failure from being "unhandled" meanwhile
        p.catch(() => undefined);
        pending.push(p);
      }
    }
  };
  await fill();
  while (pending.length > 0) {
    const result = await pending.shift()!;
    await fill();
    yield result;
  }
}

/** A task for a worker thread: a corpus file (its path, not its text) or one JSON line. */
export type WorkerTask = { kind: 'file'; file: CorpusFile } | { kind: 'line'; line: string; lineNo: number };

/** What a worker thread sends back; `json` is the result's UTF-8 bytes, transferred. */
export interface WorkerReply {
  file: string;
  json?: Uint8Array;
  error?: { code: string; message: string };
  cached: boolean;
  bytes: number;
}

interface Pool {
  run(task: WorkerTask): Promise<WorkerReply>;
  destroy(): Promise<void>;
}

/** A pool of `jobs` worker threads sharing `settings` (sent once, as workerData), or null for one job. */
async function openPool(jobs: number, settings: CorpusSettings): Promise<Pool | null> {
  // Under a TypeScript runner (tests on src/) there is no compiled worker: analyze in this thread.
  if (jobs === 1 || !import.meta.url.endsWith('.js')) return null;
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: fileURLToPath(new URL('./worker.js', import.meta.url)),
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1000,
    workerData: settings,
  });
  return { run: (task) => pool.run(task) as Promise<WorkerReply>, destroy: () => pool.destroy() };
}

const utf8 = new TextDecoder();

function fromReply(r: WorkerReply, source: string): CorpusItem {
  const item: CorpusItem = { file: r.file, cached: r.cached, bytes: r.bytes };
  if (r.json !== undefined) item.json = utf8.decode(r.json);
  if (r.error) item.error = new TifaError(r.error.code, r.error.message, r.file || source);
  return item;
}

function settingsFor(options: StreamOptions): CorpusSettings {
  const { dictionary, segmenter: _s, cache, onResult: _o, jobs: _j, layout, ...rest } = options;
  const cacheDir = cache === false ? null : (cache ?? defaultCacheDir());
  const settings: CorpusSettings = {
    options: dictionary ? { ...rest, dictionaryEntries: [...dictionary.entries] } : rest,
    cacheDir,
  };
  if (layout) settings.layout = layout;
  return settings;
}

/**
 * Analyzes a corpus and returns every result (for comparisons); see {@link analyzeCorpusStream}
 * for large corpora. A file that cannot be read or decoded is reported in `errors` (naming it)
 * and the others are still analyzed. Results are cached by file content, tifa version,
 * dictionary and options, so re-running a comparison does not re-analyze unchanged files.
 *
 * @example
 * ```ts
 * const { files } = await listCorpus(['reports/']);
 * const { results, errors } = await analyzeCorpus(files, { jobs: 2 });
 * ```
 */
export async function analyzeCorpus(
  files: CorpusFile[],
  options: StreamOptions = {},
): Promise<{ results: TifaResult[]; errors: TifaError[]; cached: number }> {
  const results: TifaResult[] = [];
  const errors: TifaError[] = [];
  let cached = 0;
  for await (const item of analyzeCorpusStream(files, options)) {
    if (item.error) {
      errors.push(item.error);
      options.onResult?.({ file: item.file, error: item.error, cached: false });
      continue;
    }
    const result = JSON.parse(item.json!) as TifaResult;
    results.push(result);
    if (item.cached) cached++;
    options.onResult?.({ file: item.file, result, cached: item.cached });
  }
  return { results, errors, cached };
}

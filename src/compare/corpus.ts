import { createHash } from 'node:crypto';
import { readFile, readdir, stat, mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { homedir, availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createDocument, readReportFile } from '../document/document.js';
import { manifestMetaFor, metaFor, parseManifest } from '../document/manifest.js';
import {
  analyzeDocument,
  dictionaryFor,
  SCHEMA_VERSION,
  type AnalyzeOptions,
  type TifaResult,
} from '../pipeline/analyze.js';
import type { DocumentMeta } from '../document/meta.js';
import { Dictionary, type DictionaryEntry } from '../dictionary/dictionary.js';
import { createSegmenter, DEFAULT_BACKEND } from '../segment/segmenter.js';
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
/** Extensions read as reports. */
const REPORT_FILE = /\.(txt|text|md)$/i;
/** Metadata files beside reports: used, not skipped. */
const MANIFEST_FILE = /^MANIFEST\.(tsv|csv)$/i;
const NOT_A_REPORT = 'not a report file: tifa reads .txt, .text and .md';

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
}

interface Prepared {
  dictionary: Dictionary;
  opts: AnalyzeOptions;
  config: string;
  cacheDir: string | null;
}

const preparedCache = new Map<string, Prepared>();

/** Loads the dictionary and segmenter settings once per process (and per worker thread). */
export function prepare(settings: CorpusSettings): Prepared {
  const key = JSON.stringify(settings);
  let p = preparedCache.get(key);
  if (p) return p;
  const { dictionaryEntries, ...options } = settings.options;
  const dictionary = dictionaryEntries ? new Dictionary(dictionaryEntries) : dictionaryFor(options);
  const segmenter = createSegmenter({ backend: options.backend ?? DEFAULT_BACKEND, dictionary });
  const config = JSON.stringify([
    SCHEMA_VERSION,
    version(),
    dictionaryFingerprint(dictionary),
    options.analyzers ?? null,
    options.options ?? null,
    options.backend ?? DEFAULT_BACKEND,
  ]);
  p = { dictionary, opts: { ...options, dictionary, segmenter }, config, cacheDir: settings.cacheDir };
  preparedCache.set(key, p);
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
    .update(p.config)
    .update('\0')
    .update(JSON.stringify(f.meta))
    .digest('hex');
  const cachePath = p.cacheDir ? join(p.cacheDir, `${key}.json`) : null;
  if (cachePath) {
    try {
      const hit = JSON.parse(await readFile(cachePath, 'utf8')) as TifaResult;
      hit.document.source = f.path;
      return { file: f.path, json: JSON.stringify(hit), cached: true, bytes: bytes.length };
    } catch {
      // not cached yet (or an unreadable cache entry): analyze
    }
  }
  try {
    const docOptions = f.meta.year !== undefined ? { source: f.path, year: f.meta.year } : { source: f.path };
    const json = JSON.stringify(analyzeDocument(createDocument(bytes, docOptions), { ...p.opts, meta: f.meta }));
    if (cachePath) {
      await mkdir(p.cacheDir!, { recursive: true }).catch(() => undefined);
      await writeFileAtomic(cachePath, json).catch(() => undefined);
    }
    return { file: f.path, json, cached: false, bytes: bytes.length };
  } catch (e) {
    if (!(e instanceof TifaError)) throw e;
    return { file: f.path, error: e, cached: false, bytes: bytes.length };
  }
}

/** Options for {@link analyzeCorpusStream}. */
export interface StreamOptions extends CorpusOptions {
  /** Worker threads (default: the number of cores); 1 analyzes in this thread. */
  jobs?: number;
}

/**
 * Analyzes a corpus with worker threads, each loading the dictionary and segmenter once, and
 * yields one item per file in input order as soon as it and the files before it are done, so
 * memory stays flat however large the corpus.
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
  const workerFile = new URL('./worker.js', import.meta.url);
  if (jobs === 1 || !import.meta.url.endsWith('.js')) {
    for (const f of files) yield await analyzeCorpusFile(f, settings);
    return;
  }
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: fileURLToPath(workerFile),
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1000,
  });
  try {
    const window = jobs * 2;
    const pending: Array<Promise<CorpusItem>> = [];
    let next = 0;
    const submit = () => {
      const f = files[next++]!;
      pending.push(
        (pool.run({ file: f, settings }) as Promise<WorkerReply>).then((r) => ({
          file: r.file,
          cached: r.cached,
          bytes: r.bytes,
          ...(r.json !== undefined ? { json: r.json } : {}),
          ...(r.error ? { error: new TifaError(r.error.code, r.error.message, r.file) } : {}),
        })),
      );
    };
    while (next < files.length && pending.length < window) submit();
    while (pending.length > 0) {
      const item = await pending.shift()!;
      if (next < files.length) submit();
      yield item;
    }
  } finally {
    await pool.destroy();
  }
}

/** What a worker thread sends back. */
export interface WorkerReply {
  file: string;
  json?: string;
  error?: { code: string; message: string };
  cached: boolean;
  bytes: number;
}

function settingsFor(options: CorpusOptions): CorpusSettings {
  const { dictionary, segmenter: _s, cache, onResult: _o, ...rest } = options as CorpusOptions & { jobs?: number };
  delete (rest as { jobs?: number }).jobs;
  const cacheDir = cache === false ? null : (cache ?? defaultCacheDir());
  return { options: dictionary ? { ...rest, dictionaryEntries: [...dictionary.entries] } : rest, cacheDir };
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

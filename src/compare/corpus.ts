import { createHash } from 'node:crypto';
import { readFile, readdir, stat, mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { homedir, availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { readDocument, readReportFile } from '../document/document.js';
import { metaFor, parseManifest } from '../document/manifest.js';
import {
  analyzeDocument,
  dictionaryFor,
  SCHEMA_VERSION,
  type AnalyzeOptions,
  type TifaResult,
} from '../pipeline/analyze.js';
import type { DocumentMeta } from '../pipeline/summary.js';
import { Dictionary, type DictionaryEntry } from '../dictionary/dictionary.js';
import { createSegmenter } from '../segment/segmenter.js';
import { writeFileAtomic } from '../output/write.js';
import { TifaError } from '../util/errors.js';
import { cmp } from '../analyzers/terms.js';

/** A report file of a corpus with its metadata. */
export interface CorpusFile {
  path: string;
  meta: DocumentMeta;
}

const GLOB_CHARS = /[*?[]/;

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += '.*';
        i++;
        if (glob[i + 1] === '/') i++;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const j = glob.indexOf(']', i);
      if (j < 0) re += '\\[';
      else {
        re += glob.slice(i, j + 1);
        i = j;
      }
    } else re += /[\\^$.|+(){}]/.test(c) ? `\\${c}` : c;
  }
  return new RegExp(`^${re}$`);
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries.sort((a, b) => cmp(a.name, b.name))) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else if (/\.(txt|text|md|html?|docx?|wps|pdf)$/i.test(e.name)) out.push(p);
  }
}

/**
 * Lists the report files of a corpus: files as given, every `.txt`/`.md` file under a directory
 * (recursively, sorted), or the files matching a glob (`reports/**\/*.txt`). Metadata comes from
 * a manifest (`manifest` option, else a `MANIFEST.tsv`/`.csv` beside each file), else from the
 * document itself. Inputs that do not exist are returned in `missing`.
 *
 * @example
 * ```ts
 * const { files } = await listCorpus(['../shared/corpus/gov-work-reports']);
 * ```
 */
export async function listCorpus(
  inputs: string[],
  options: { manifest?: string } = {},
): Promise<{ files: CorpusFile[]; missing: string[] }> {
  const paths: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    if (GLOB_CHARS.test(input)) {
      const parts = input.split(/[\\/]/);
      const k = parts.findIndex((p) => GLOB_CHARS.test(p));
      const base = parts.slice(0, k).join('/') || '.';
      const all: string[] = [];
      try {
        await walk(base, all);
      } catch {
        missing.push(input);
        continue;
      }
      const re = globToRegExp(input.replace(/\\/g, '/').replace(/^\.\//, ''));
      const hits = all.filter((p) => re.test(p.split(sep).join('/').replace(/^\.\//, '')));
      if (hits.length === 0) missing.push(input);
      paths.push(...hits);
      continue;
    }
    let st: Awaited<ReturnType<typeof stat>>;
    try {
      st = await stat(input);
    } catch {
      missing.push(input);
      continue;
    }
    if (st.isDirectory()) await walk(input, paths);
    else paths.push(input);
  }
  const manifest = options.manifest ? parseManifest(readFileSync(options.manifest, 'utf8'), options.manifest) : null;
  const seen = new Set<string>();
  const files: CorpusFile[] = [];
  for (const p of paths) {
    const key = resolve(p);
    if (seen.has(key)) continue;
    seen.add(key);
    const fromManifest = manifest
      ? (manifest.get(relative(dirname(options.manifest!), p)) ?? manifest.get(basename(p)))
      : undefined;
    files.push({ path: p, meta: fromManifest ?? metaFor(p) });
  }
  return { files, missing };
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
  const segmenter = createSegmenter({ backend: options.backend ?? 'nodejieba', dictionary });
  const config = JSON.stringify([
    SCHEMA_VERSION,
    version(),
    dictionaryFingerprint(dictionary),
    options.analyzers ?? null,
    options.options ?? null,
    options.backend ?? 'nodejieba',
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
    const json = JSON.stringify(analyzeDocument(await readDocument(bytes, docOptions), { ...p.opts, meta: f.meta }));
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

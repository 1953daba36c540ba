import { createHash } from 'node:crypto';
import { readFile, readdir, stat, mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { homedir } from 'node:os';
import { createDocument } from '../document/document.js';
import { metaFor, parseManifest } from '../document/manifest.js';
import { analyzeDocument, dictionaryFor, SCHEMA_VERSION, type AnalyzeOptions, type TifaResult } from '../pipeline/analyze.js';
import type { DocumentMeta } from '../pipeline/summary.js';
import type { Dictionary } from '../dictionary/dictionary.js';
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
    else if (/\.(txt|text|md)$/i.test(e.name)) out.push(p);
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
export async function listCorpus(inputs: string[], options: { manifest?: string } = {}): Promise<{ files: CorpusFile[]; missing: string[] }> {
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
    let st;
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
    const fromManifest = manifest ? (manifest.get(relative(dirname(options.manifest!), p)) ?? manifest.get(basename(p))) : undefined;
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
  return join(process.env['XDG_CACHE_HOME'] || join(homedir(), '.cache'), 'tifa');
}

function dictionaryFingerprint(d: Dictionary): string {
  const h = createHash('sha256');
  for (const e of d.entries) h.update(`${e.term}\t${e.category}\t${e.kind}\t${e.aliases.join('|')}\t${e.members.join('、')}\n`);
  return h.digest('hex').slice(0, 16);
}

let packageVersion: string | undefined;
function version(): string {
  packageVersion ??= (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return packageVersion;
}

/**
 * Analyzes a corpus file by file; a file that cannot be read or decoded is reported in `errors`
 * (naming it) and the others are still analyzed. Results are cached by file content, tifa version,
 * dictionary and options, so re-running a comparison does not re-analyze unchanged files.
 *
 * @example
 * ```ts
 * const { files } = await listCorpus(['reports/']);
 * const { results, errors } = await analyzeCorpus(files);
 * ```
 */
export async function analyzeCorpus(files: CorpusFile[], options: CorpusOptions = {}): Promise<{ results: TifaResult[]; errors: TifaError[]; cached: number }> {
  const dictionary = dictionaryFor(options);
  const opts: AnalyzeOptions = { ...options, dictionary };
  const cacheDir = options.cache === false ? null : (options.cache ?? defaultCacheDir());
  const config = JSON.stringify([SCHEMA_VERSION, version(), dictionaryFingerprint(dictionary), options.analyzers ?? null, options.options ?? null, options.backend ?? 'nodejieba']);
  const results: TifaResult[] = [];
  const errors: TifaError[] = [];
  let cached = 0;
  if (cacheDir) await mkdir(cacheDir, { recursive: true }).catch(() => undefined);
  for (const f of files) {
    let bytes: Buffer;
    try {
      const st = await stat(f.path);
      if (st.isDirectory()) throw new TifaError('EISDIR', `tifa: ${f.path}: is a directory, not a report file`, f.path);
      bytes = await readFile(f.path);
    } catch (e) {
      const err = e instanceof TifaError ? e : new TifaError((e as NodeJS.ErrnoException).code ?? 'EIO', `tifa: ${f.path}: cannot read the file (${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (e as Error).message})`, f.path);
      errors.push(err);
      options.onResult?.({ file: f.path, error: err, cached: false });
      continue;
    }
    const key = createHash('sha256').update(bytes).update('\0').update(config).update('\0').update(JSON.stringify(f.meta)).digest('hex');
    const cachePath = cacheDir ? join(cacheDir, `${key}.json`) : null;
    if (cachePath) {
      try {
        const hit = JSON.parse(await readFile(cachePath, 'utf8')) as TifaResult;
        hit.document.source = f.path;
        results.push(hit);
        cached++;
        options.onResult?.({ file: f.path, result: hit, cached: true });
        continue;
      } catch {
        // not cached yet (or unreadable cache entry): analyze
      }
    }
    try {
      const docOptions = f.meta.year !== undefined ? { source: f.path, year: f.meta.year } : { source: f.path };
      const result = analyzeDocument(createDocument(bytes, docOptions), { ...opts, meta: f.meta });
      results.push(result);
      if (cachePath) await writeFileAtomic(cachePath, JSON.stringify(result)).catch(() => undefined);
      options.onResult?.({ file: f.path, result, cached: false });
    } catch (e) {
      if (!(e instanceof TifaError)) throw e;
      errors.push(e);
      options.onResult?.({ file: f.path, error: e, cached: false });
    }
  }
  return { results, errors, cached };
}

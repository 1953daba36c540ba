import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { loadDocument, readDocument } from '../document/document.js';
import { metaFor } from '../document/manifest.js';
import type { TifaDocument } from '../document/types.js';
import type { CorpusFile, SkippedFile } from '../compare/corpus.js';
import { assertBackend, type SegmenterBackend } from '../segment/segmenter.js';
import { writeFileAtomic } from '../util/write.js';
import type { Io } from './args.js';

/** The real process streams. */
export const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  },
  stdinStream: () => process.stdin,
};

/** Reads a report from a path, or from stdin for `-`. */
export async function readDoc(path: string, io: Io): Promise<TifaDocument> {
  if (path === '-') return readDocument(await io.stdin(), { source: '<stdin>' });
  const meta = metaFor(path);
  return loadDocument(path, meta.year !== undefined ? { year: meta.year } : {});
}

/** Writes output to `--out` (atomically) or stdout. */
export async function emit(text: string, out: string | undefined, io: Io): Promise<void> {
  if (out) await writeFileAtomic(out, text);
  else io.stdout(text);
}

/** Prints an error's message (already `tifa: FILE: …`) as one line. */
export function reportError(e: unknown, io: Io): void {
  io.stderr(`${e instanceof Error ? e.message : String(e)}\n`);
}

/** Glob characters (as in {@link listCorpus}). */
export const GLOB = /[*?[{]/;

/** Reports inputs that matched nothing and files a folder held that are not reports. */
export function reportListing(listing: { missing: string[]; skipped: SkippedFile[] }, io: Io): void {
  for (const m of listing.missing)
    io.stderr(
      GLOB.test(m) ? `tifa: ${m}: no file matches\n` : `tifa: ${m}: cannot read the file (no such file or folder)\n`,
    );
  for (const s of listing.skipped) io.stderr(`tifa: ${s.path}: skipped (${s.reason})\n`);
}

/** Fails early, with tifa's message, when the chosen backend is not installed (nodejieba is optional). */
export function ensureBackend(backend: SegmenterBackend): void {
  assertBackend(backend);
}

/**
 * A document's path as given in CSV `doc` columns: relative to the current folder, with `/`.
 *
 * @example
 * ```ts
 * docPath('/work/corpus/2024.txt'); // 'corpus/2024.txt' when run in /work
 * ```
 */
export function docPath(path: string): string {
  if (path.startsWith('<')) return path;
  return relative(process.cwd(), path).split(sep).join('/');
}

/** A progress line on stderr when it is a terminal (documents done, MB/s, ETA); silent otherwise. */
export function createProgress(files: CorpusFile[], io: Io) {
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

/**
 * Input bytes that pay for one more worker thread: each loads jieba, the dictionary and the IDF
 * index (about a second and 200 MB), so below this much text one thread finishes sooner.
 * Measured with `npm run bench`: on the 4.1 MB corpus `--jobs 1` took 5.2 s and 290 MB, `--jobs 2`
 * 5.9 s and 494 MB; on 41 MB `--jobs 2` was faster (31.5 s against 40.8 s).
 */
export const BYTES_PER_WORKER = 8 * 1024 * 1024;

/**
 * The default `--jobs` for a list of files: one thread per {@link BYTES_PER_WORKER} of input, at
 * most one per core, at least one.
 *
 * @example
 * ```ts
 * await defaultJobs(listing.files); // 1 for the 62 reports of ../shared/corpus (4.1 MB)
 * ```
 */
export async function defaultJobs(files: readonly { path: string }[]): Promise<number> {
  let bytes = 0;
  for (const f of files)
    bytes += await stat(f.path).then(
      (s) => s.size,
      () => 0,
    );
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(bytes / BYTES_PER_WORKER)));
}

import { writeFile, rename, unlink } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { createRequire } from 'node:module';
import { TifaError } from './errors.js';

const require = createRequire(import.meta.url);

/**
 * Writes a file atomically: to a temporary file beside it, then renamed into place, so an
 * interrupted run never leaves a half-written result.
 *
 * @example
 * ```ts
 * await writeFileAtomic('out/result.json', renderJson(result));
 * ```
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(tmp, content);
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw new TifaError(
      (e as NodeJS.ErrnoException).code ?? 'EIO',
      `tifa: ${path}: cannot write the output (${(e as Error).message})`,
      path,
      { cause: e },
    );
  }
}

/** A file being written atomically: chunks go to a temporary file, renamed into place on commit. */
export interface AtomicWriter {
  write(chunk: string): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * Opens a file for streaming atomic writes (temporary file + rename), so an interrupted run
 * never leaves a half-written result at `path`.
 *
 * @example
 * ```ts
 * const w = await openAtomic('out.jsonl'); await w.write('{}\n'); await w.commit();
 * ```
 */
export async function openAtomic(path: string): Promise<AtomicWriter> {
  const { open } = await import('node:fs/promises');
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  let fh: Awaited<ReturnType<typeof open>>;
  try {
    fh = await open(tmp, 'w');
  } catch (e) {
    throw new TifaError(
      (e as NodeJS.ErrnoException).code ?? 'EIO',
      `tifa: ${path}: cannot write the output (${(e as Error).message})`,
      path,
      { cause: e },
    );
  }
  const handle = fh;
  const cleanup = () => {
    try {
      require('node:fs').unlinkSync(tmp);
    } catch {
      // already gone
    }
  };
  process.once('exit', cleanup);
  return {
    write: async (chunk) => {
      await handle.write(chunk);
    },
    commit: async () => {
      await handle.close();
      await rename(tmp, path);
      process.removeListener('exit', cleanup);
    },
    abort: async () => {
      await handle.close().catch(() => undefined);
      await unlink(tmp).catch(() => undefined);
      process.removeListener('exit', cleanup);
    },
  };
}

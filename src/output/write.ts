import { writeFile, rename, unlink } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { TifaError } from '../util/errors.js';

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
    throw new TifaError((e as NodeJS.ErrnoException).code ?? 'EIO', `tifa: ${path}: cannot write the output (${(e as Error).message})`, path, { cause: e });
  }
}

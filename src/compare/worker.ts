import { move, transferableSymbol, valueSymbol, workerData } from 'piscina';
import { analyzeCorpusFile, analyzeLine, type CorpusSettings, type WorkerReply, type WorkerTask } from './corpus.js';

// The settings (dictionary, options) arrive once per thread as workerData; prepare() keys its
// cache by this object, so the dictionary is built once per thread, on the first task.
const settings = workerData as CorpusSettings;
const utf8 = new TextEncoder();

/**
 * Worker-thread entry (piscina): analyzes one corpus file, read here from its path, or one JSON
 * line, and sends back the result as UTF-8 bytes whose buffer is moved, not copied.
 *
 * @example
 * ```ts
 * // used by analyzeCorpusStream and analyzeLinesStream through piscina; not called directly
 * ```
 */
export default async function analyzeInWorker(task: WorkerTask): Promise<WorkerReply> {
  if (task.kind === 'line') {
    const item = analyzeLine(task.line, task.lineNo, settings);
    return reply({ file: '', cached: false, bytes: task.line.length }, item.json, item.error);
  }
  const item = await analyzeCorpusFile(task.file, settings);
  return reply({ file: item.file, cached: item.cached, bytes: item.bytes }, item.json, item.error);
}

function reply(
  base: WorkerReply,
  json: string | undefined,
  error: { code: string; message: string } | undefined,
): WorkerReply {
  if (error) base.error = { code: error.code, message: error.message };
  if (json === undefined) return base;
  const bytes = utf8.encode(json);
  base.json = bytes;
  // piscina sends the value and moves the listed buffers instead of copying them
  return move({ [transferableSymbol]: [bytes.buffer], [valueSymbol]: base } as never) as unknown as WorkerReply;
}

import { analyzeCorpusFile, type CorpusFile, type CorpusSettings, type WorkerReply } from './corpus.js';

/**
 * Worker-thread entry (piscina): analyzes one corpus file. The dictionary and segmenter are
 * loaded once per thread, on the first file.
 *
 * @example
 * ```ts
 * // used by analyzeCorpusStream through piscina; not called directly
 * ```
 */
export default async function analyzeInWorker({
  file,
  settings,
}: {
  file: CorpusFile;
  settings: CorpusSettings;
}): Promise<WorkerReply> {
  const item = await analyzeCorpusFile(file, settings);
  const reply: WorkerReply = { file: item.file, cached: item.cached, bytes: item.bytes };
  if (item.json !== undefined) reply.json = item.json;
  if (item.error) reply.error = { code: item.error.code, message: item.error.message };
  return reply;
}

import { StringDecoder } from 'node:string_decoder';
import { createDocument, type DocumentOptions } from '../document/document.js';
import { TifaError } from '../util/errors.js';
import { analyzeDocument, type AnalyzeOptions } from './analyze.js';
import type { DocumentMeta } from '../document/meta.js';

/** One document of a JSON Lines stream: `{"id": …, "text": …, "title"?, "issuer"?, "genre"?, "year"?}`. */
export interface StreamDocument {
  /** Becomes `document.source` of the result, so results can be joined back to their input. */
  id: string;
  text: string;
  meta: DocumentMeta;
}

/** A line of a JSON Lines stream with its 1-based number (blank lines are skipped but counted). */
export interface NumberedLine {
  line: string;
  lineNo: number;
}

/**
 * Splits a byte or text stream into lines, pulling one chunk at a time, so a huge input is never
 * held in memory. UTF-8 characters split across chunks are reassembled; `\r\n` is accepted.
 *
 * @example
 * ```ts
 * for await (const { line, lineNo } of splitLines(process.stdin)) console.log(lineNo, line.length);
 * ```
 */
export async function* splitLines(
  input: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
): AsyncGenerator<NumberedLine> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let lineNo = 0;
  const lines = function* (text: string, final: boolean): Generator<NumberedLine> {
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      const line = text.slice(from, nl > from && text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl);
      from = nl + 1;
      lineNo++;
      if (line.trim() !== '') yield { line, lineNo };
    }
    rest = text.slice(from);
    if (final && rest.trim() !== '') {
      lineNo++;
      yield { line: rest.replace(/\r$/, ''), lineNo };
      rest = '';
    }
  };
  for await (const chunk of input) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    yield* lines(rest + text, false);
  }
  yield* lines(rest + decoder.end(), true);
}

const META_KEYS = ['title', 'issuer', 'genre'] as const;

/**
 * Parses one line of a JSON Lines stream into a document, or throws a {@link TifaError} naming
 * the line (`tifa: <stdin>:3: …`).
 *
 * @example
 * ```ts
 * parseStreamLine('{"id":"gov-2024","text":"一、过去一年工作回顾\\n……","year":2024}', 1).meta.year; // 2024
 * ```
 */
export function parseStreamLine(line: string, lineNo: number, source = '<stdin>'): StreamDocument {
  const fail = (what: string) => new TifaError('EJSONL', `tifa: ${source}:${lineNo}: ${what}`, source);
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    throw fail(`not valid JSON (${(e as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw fail('expected a JSON object {"id", "text", …}');
  const o = value as Record<string, unknown>;
  if (typeof o.id !== 'string' && typeof o.id !== 'number') throw fail('"id" (a string or number) is missing');
  if (typeof o.text !== 'string') throw fail('"text" (a string) is missing');
  const meta: DocumentMeta = {};
  for (const k of META_KEYS) {
    if (o[k] === undefined || o[k] === null) continue;
    if (typeof o[k] !== 'string') throw fail(`"${k}" must be a string`);
    meta[k] = o[k] as string;
  }
  if (o.year !== undefined && o.year !== null) {
    if (!Number.isInteger(o.year)) throw fail(`"year" must be a whole number, got ${JSON.stringify(o.year)}`);
    meta.year = o.year as number;
  }
  return { id: String(o.id), text: o.text, meta };
}

/**
 * Analyzes one line of a JSON Lines stream and returns the result as one line of JSON
 * (no newline). Bad lines and texts that cannot be analyzed throw a {@link TifaError} naming
 * the line.
 *
 * @example
 * ```ts
 * const json = analyzeStreamLine('{"id":"a","text":"一、总体情况\\n全年召开会议36次。"}', 1, {});
 * JSON.parse(json).document.source; // 'a'
 * ```
 */
export function analyzeStreamLine(line: string, lineNo: number, options: AnalyzeOptions, source = '<stdin>'): string {
  const doc = parseStreamLine(line, lineNo, source);
  const docOptions: DocumentOptions = { source: doc.id };
  if (doc.meta.year !== undefined) docOptions.year = doc.meta.year;
  try {
    return JSON.stringify(analyzeDocument(createDocument(doc.text, docOptions), { ...options, meta: doc.meta }));
  } catch (e) {
    if (!(e instanceof TifaError)) throw e;
    const what = e.message.replace(/^tifa:\s*/, '');
    throw new TifaError(e.code, `tifa: ${source}:${lineNo}: ${JSON.stringify(doc.id)}: ${what}`, source, { cause: e });
  }
}

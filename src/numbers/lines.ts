/**
 * JSON-lines batch interface: `tifa numbers --lines`.
 */
import { createInterface } from 'node:readline';
import { scanQuantities } from './scan.js';
import type { Quantity } from './types.js';

/** Output is written in chunks of about this many characters (one write per line is slow). */
const FLUSH_AT_CHARS = 65536;

/**
 * Options of `numbersLines`.
 *
 * @example
 * ```ts
 * const opts: NumbersLinesOptions = { claimsOnly: true };
 * ```
 */
export interface NumbersLinesOptions {
  /** Only output quantities with `claim: true` (drop years, dates, ordinals …). Default false. */
  readonly claimsOnly?: boolean;
  /** Spans of a line to leave alone (e.g. formulations such as 四个意识 found by a dictionary). */
  readonly exclude?: (line: string) => ReadonlyArray<{ start: number; end: number }>;
}

function esc(s: string): string {
  return JSON.stringify(s);
}

function num(v: number | null): string {
  return v === null ? 'null' : JSON.stringify(v);
}

/**
 * Serialise the quantities of one line as the JSON text written by
 * `numbersLines`: `{"quantities":[{text,start,end,value,min,max,kind,approx,unit}]}`
 * with that key order (plus `"error"` last, only when present).
 *
 * @example
 * ```ts
 * formatQuantitiesLine(scanQuantities('36次'));
 * // '{"quantities":[{"text":"36次","start":0,"end":3,"value":36,"min":null,"max":null,"kind":"count","approx":null,"unit":"次"}]}'
 * ```
 */
export function formatQuantitiesLine(qs: readonly Quantity[]): string {
  let s = '{"quantities":[';
  for (let k = 0; k < qs.length; k++) {
    const q = qs[k]!;
    if (k > 0) s += ',';
    s += `{"text":${esc(q.text)},"start":${q.start},"end":${q.end},"value":${num(q.value)},"min":${num(q.min)},"max":${num(q.max)},"kind":${esc(q.kind)},"approx":${q.approx === null ? 'null' : esc(q.approx)},"unit":${q.unit === null ? 'null' : esc(q.unit)}`;
    if (q.error) s += `,"error":${esc(q.error)}`;
    s += '}';
  }
  return `${s}]}`;
}

/**
 * Read lines from `input` and write, for each line, one JSON line describing
 * the quantities in it (see `formatQuantitiesLine`). Offsets are UTF-16 offsets
 * into the line without its line terminator (`\n` or `\r\n`). Output order
 * follows input order; the promise resolves once everything is written (the
 * output stream is not closed).
 *
 * @throws TypeError when the streams are not streams.
 * @example
 * ```ts
 * await numbersLines(process.stdin, process.stdout);
 * // stdin:  全年召开中心组学习会36次
 * // stdout: {"quantities":[{"text":"36次","start":10,"end":13,"value":36,…}]}
 * ```
 */
export async function numbersLines(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  options: NumbersLinesOptions = {},
): Promise<void> {
  if (!input || typeof (input as { on?: unknown }).on !== 'function') {
    throw new TypeError(`tifa: numbersLines input must be a readable stream, got ${String(input)}`);
  }
  if (!output || typeof (output as { write?: unknown }).write !== 'function') {
    throw new TypeError(`tifa: numbersLines output must be a writable stream, got ${String(output)}`);
  }
  const claimsOnly = options.claimsOnly === true;
  const rl = createInterface({ input, crlfDelay: Infinity, terminal: false });
  let buf = '';
  const flush = async (): Promise<void> => {
    if (buf === '') return;
    const chunk = buf;
    buf = '';
    if (!output.write(chunk)) {
      await new Promise<void>((resolve) => output.once('drain', () => resolve()));
    }
  };
  for await (const line of rl) {
    let qs = options.exclude ? scanQuantities(line, { exclude: options.exclude(line) }) : scanQuantities(line);
    if (claimsOnly) qs = qs.filter((q) => q.claim);
    buf += `${formatQuantitiesLine(qs)}\n`;
    if (buf.length > FLUSH_AT_CHARS) await flush();
  }
  await flush();
}

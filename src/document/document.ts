import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { decodeBytes } from './decode.js';
import { normalize, toOriginalSpan } from './normalize.js';
import { parseStructure } from './structure.js';
import type { Section, Sentence, TifaDocument, YearSource } from './types.js';
import { TifaError, typeError } from '../util/errors.js';

/** Options for {@link createDocument} and {@link loadDocument}. */
export interface DocumentOptions {
  /** A name for the input in messages and output (default: the path, or `<string>`). */
  source?: string;
  /** Force the year (e.g. from a manifest). */
  year?: number;
  /** Force the title. */
  title?: string;
}

/** Input accepted by tifa: a file path, the bytes of a file, or the text itself. */
export type DocumentInput = string | Uint8Array | { path: string } | { text: string };

/**
 * Builds a {@link TifaDocument} from text or bytes already in memory.
 * A `string` is taken as the text itself; a `Uint8Array`/`Buffer` is decoded
 * (UTF-8, UTF-16 with BOM, GB18030/GBK).
 *
 * @example
 * ```ts
 * const doc = createDocument('一、总体情况\n全年召开会议36次。');
 * doc.sections[0].title; // '一、总体情况'
 * ```
 */
export function createDocument(input: string | Uint8Array, options: DocumentOptions = {}): TifaDocument {
  let text: string;
  let encoding: TifaDocument['encoding'];
  const source = options.source ?? '<string>';
  if (typeof input === 'string') {
    text = input;
    encoding = 'string';
    if (text.trim().length === 0) throw new TifaError('EEMPTY', `tifa: ${source}: the text is empty`, source);
  } else if (input instanceof Uint8Array) {
    const d = decodeBytes(input, source);
    text = d.text;
    encoding = d.encoding;
  } else {
    throw typeError(`createDocument expects a string or a Uint8Array, got ${describe(input)}`);
  }
  const { normalized, map } = normalize(text);
  const raw = parseStructure(normalized);
  const span = (a: number, b: number) => toOriginalSpan(map, a, b);

  const excluded = raw.excluded.map((e) => ({
    ...span(e.nStart, e.nEnd),
    reason: e.reason,
    nStart: e.nStart,
    nEnd: e.nEnd,
  }));
  const sections: Section[] = raw.sections.map((s) => {
    const o = span(s.nStart, s.nEnd);
    const h = span(s.nStart, s.headingEnd);
    return {
      title: text.slice(h.start, h.end),
      level: s.level,
      number: s.number,
      parent: s.parent,
      role: s.role,
      start: o.start,
      end: o.end,
      headingEnd: h.end,
      nStart: s.nStart,
      nEnd: s.nEnd,
    };
  });
  const sentences: Sentence[] = raw.sentences.map((s) => ({
    ...span(s.nStart, s.nEnd),
    section: s.section,
    nStart: s.nStart,
    nEnd: s.nEnd,
  }));
  const paragraphs = raw.paragraphs.map((p) => ({ ...span(p.nStart, p.nEnd), nStart: p.nStart, nEnd: p.nEnd }));

  // Year: option > title > date line > file name > review heading (+1) > body.
  let year: number | null = null;
  let yearSource: YearSource | null = null;
  const titleText =
    options.title ??
    (raw.title
      ? text
          .slice(span(raw.title.nStart, raw.title.nEnd).start, span(raw.title.nStart, raw.title.nEnd).end)
          .replace(/\s*\n\s*/g, ' ')
      : null);
  const ty = titleText ? /(19[4-9]\d|20\d\d)\s*年/.exec(titleText) : null;
  const fy = /(?:^|[^\d])(19[4-9]\d|20\d\d)(?:[^\d]|$)/.exec(basename(source));
  const by = /(19[4-9]\d|20\d\d)年/.exec(normalized.slice(raw.body.nStart, raw.body.nEnd));
  if (options.year !== undefined) [year, yearSource] = [options.year, 'metadata'];
  else if (ty) [year, yearSource] = [Number(ty[1]), 'title'];
  else if (raw.date) [year, yearSource] = [Number(raw.date.iso.slice(0, 4)), 'date'];
  else if (fy && source !== '<string>' && source !== '<stdin>') [year, yearSource] = [Number(fy[1]), 'filename'];
  else if (raw.reviewYear !== null) [year, yearSource] = [raw.reviewYear + 1, 'review-heading'];
  else if (by) [year, yearSource] = [Number(by[1]), 'body'];

  // Analyzed characters: non-space characters of the body outside excluded spans.
  const exMask = new Uint8Array(normalized.length + 1);
  for (const e of raw.excluded) exMask.fill(1, e.nStart, e.nEnd);
  exMask.fill(1, 0, raw.body.nStart);
  exMask.fill(1, raw.body.nEnd);
  let chars = 0;
  for (let i = raw.body.nStart; i < raw.body.nEnd; i++) {
    const c = normalized.charCodeAt(i);
    if (!exMask[i] && c !== 32 && c !== 10 && c !== 9) chars++;
  }
  const sentStarts = Int32Array.from(sentences.map((s) => s.nStart));
  return {
    source,
    encoding,
    text,
    normalized,
    offsetMap: map,
    title: titleText,
    date: raw.date?.iso ?? null,
    year,
    yearSource,
    excluded,
    body: raw.body,
    sections,
    paragraphs,
    sentences,
    chars,
    span,
    sentenceAt(n: number) {
      let lo = 0;
      let hi = sentStarts.length - 1;
      let ans = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (sentStarts[mid]! <= n) {
          ans = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (ans >= 0 && n < sentences[ans]!.nEnd) return ans;
      return -1;
    },
    isExcluded(n: number) {
      return exMask[n] === 1;
    },
  };
}

/**
 * Reads and decodes a report file into a {@link TifaDocument}. Missing files, directories,
 * unreadable files, empty, binary or undecodable content raise a {@link TifaError} naming the file.
 *
 * @example
 * ```ts
 * const doc = await loadDocument('corpus/seed-2025-municipal-org-dept-political-ecology-report.txt');
 * doc.year; // 2025
 * ```
 */
export async function loadDocument(path: string, options: DocumentOptions = {}): Promise<TifaDocument> {
  if (typeof path !== 'string' || path.length === 0)
    throw typeError(`loadDocument expects a file path, got ${describe(path)}`);
  const bytes = await readReportFile(path);
  return createDocument(bytes, { ...options, source: options.source ?? path });
}

/**
 * Reads the bytes of a report file. A directory, a missing or unreadable file raises a
 * {@link TifaError} naming the file and what is wrong.
 *
 * @example
 * ```ts
 * const bytes = await readReportFile('report.txt');
 * ```
 */
export async function readReportFile(path: string): Promise<Buffer> {
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new TifaError('EISDIR', `tifa: ${path}: is a directory, not a report file`, path);
    return await readFile(path);
  } catch (e) {
    if (e instanceof TifaError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : (e as Error).message;
    throw new TifaError(code, `tifa: ${path}: cannot read the file (${why})`, path, { cause: e });
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'string' ? JSON.stringify(v) : typeof v;
}

import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { detectFormat, type ExtractedText, extractText, extractTextSync } from './formats/index.js';
import { normalize, toOriginalSpan } from './normalize.js';
import { detectScript, toSimplified } from './script.js';
import { parseStructure, type RawStructure } from './structure.js';
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

function toExtracted(
  input: string | Uint8Array | ExtractedText,
  source: string,
): ExtractedText & { fromString?: true } {
  if (typeof input === 'string') {
    if (input.trim().length === 0) throw new TifaError('EEMPTY', `tifa: ${source}: the text is empty`, source);
    return { text: input, format: 'txt', encoding: null, fromString: true };
  }
  if (input instanceof Uint8Array) {
    const quick = extractTextSync(input, source);
    if (quick) return quick;
    throw new TifaError(
      'EASYNC',
      `tifa: ${source}: a ${detectFormat(input)} file is read with readDocument() or loadDocument(), which wait for the reader`,
      source,
    );
  }
  if (input && typeof input === 'object' && typeof (input as ExtractedText).text === 'string') return input;
  throw typeError(`createDocument expects a string or a Uint8Array, got ${describe(input)}`);
}

/**
 * Builds a {@link TifaDocument} from text, bytes already in memory, or text extracted by
 * {@link extractText}. A `string` is taken as the text itself; a `Uint8Array`/`Buffer` of a
 * text or HTML file is decoded (UTF-8, UTF-16, GB18030/GBK, Big5); Word and PDF bytes need
 * {@link readDocument}. Traditional Chinese is analyzed as a simplified copy, with offsets
 * into the original.
 *
 * @example
 * ```ts
 * const doc = createDocument('一、总体情况\n全年召开会议36次。');
 * doc.sections[0].title; // '一、总体情况'
 * ```
 */
export function createDocument(
  input: string | Uint8Array | ExtractedText,
  options: DocumentOptions = {},
): TifaDocument {
  const source = options.source ?? '<string>';
  const extracted = toExtracted(input, source);
  const { text } = extracted;
  const script = detectScript(text);
  const { normalized: folded, map, items } = normalize(text);
  const normalized = script === 'simplified' ? folded : toSimplified(folded);
  const raw = parseStructure(normalized, items);
  const span = (a: number, b: number) => toOriginalSpan(map, a, b);
  const { title, year, yearSource } = findTitleAndYear(text, normalized, raw, span, options, source);
  const sentences: Sentence[] = raw.sentences.map((s) => ({
    ...span(s.nStart, s.nEnd),
    section: s.section,
    nStart: s.nStart,
    nEnd: s.nEnd,
  }));
  const { exMask, chars } = analyzedMask(normalized, raw);
  const pageStarts = extracted.pageStarts ?? null;
  return {
    source,
    format: extracted.format,
    encoding: extracted.fromString ? 'string' : extracted.encoding,
    script,
    text,
    normalized,
    offsetMap: map,
    pageStarts,
    title,
    date: raw.date?.iso ?? null,
    year,
    yearSource,
    excluded: raw.excluded.map((e) => ({
      ...span(e.nStart, e.nEnd),
      reason: e.reason,
      nStart: e.nStart,
      nEnd: e.nEnd,
    })),
    body: raw.body,
    sections: raw.sections.map((s) => toSection(s, text, span)),
    paragraphs: raw.paragraphs.map((p) => ({ ...span(p.nStart, p.nEnd), nStart: p.nStart, nEnd: p.nEnd })),
    sentences,
    chars,
    span,
    sentenceAt: sentenceFinder(sentences),
    isExcluded: (n: number) => exMask[n] === 1,
    pageAt: (offset: number) => (pageStarts ? pageOf(pageStarts, offset) : null),
  };
}

type SpanFn = (nStart: number, nEnd: number) => { start: number; end: number };

function toSection(s: RawStructure['sections'][number], text: string, span: SpanFn): Section {
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
}

/** Title and year: option > title > date line > file name > review heading (+1) > body. */
function findTitleAndYear(
  text: string,
  normalized: string,
  raw: RawStructure,
  span: SpanFn,
  options: DocumentOptions,
  source: string,
): { title: string | null; year: number | null; yearSource: YearSource | null } {
  const titleSpan = raw.title ? span(raw.title.nStart, raw.title.nEnd) : null;
  const title =
    options.title ?? (titleSpan ? text.slice(titleSpan.start, titleSpan.end).replace(/\s*\n\s*/g, ' ') : null);
  const inTitle = title ? /(19[4-9]\d|20\d\d)\s*年/.exec(title) : null;
  const inName = /(?:^|[^\d])(19[4-9]\d|20\d\d)(?:[^\d]|$)/.exec(basename(source));
  const inBody = /(19[4-9]\d|20\d\d)年/.exec(normalized.slice(raw.body.nStart, raw.body.nEnd));
  let year: number | null = null;
  let yearSource: YearSource | null = null;
  if (options.year !== undefined) [year, yearSource] = [options.year, 'metadata'];
  else if (inTitle) [year, yearSource] = [Number(inTitle[1]), 'title'];
  else if (raw.date) [year, yearSource] = [Number(raw.date.iso.slice(0, 4)), 'date'];
  else if (inName && source !== '<string>' && source !== '<stdin>')
    [year, yearSource] = [Number(inName[1]), 'filename'];
  else if (raw.reviewYear !== null) [year, yearSource] = [raw.reviewYear + 1, 'review-heading'];
  else if (inBody) [year, yearSource] = [Number(inBody[1]), 'body'];
  return { title, year, yearSource };
}

/** Analyzed characters: non-space characters of the body outside excluded spans. */
function analyzedMask(normalized: string, raw: RawStructure): { exMask: Uint8Array; chars: number } {
  const exMask = new Uint8Array(normalized.length + 1);
  for (const e of raw.excluded) exMask.fill(1, e.nStart, e.nEnd);
  exMask.fill(1, 0, raw.body.nStart);
  exMask.fill(1, raw.body.nEnd);
  let chars = 0;
  for (let i = raw.body.nStart; i < raw.body.nEnd; i++) {
    const c = normalized.charCodeAt(i);
    if (!exMask[i] && c !== 32 && c !== 10 && c !== 9) chars++;
  }
  return { exMask, chars };
}

function sentenceFinder(sentences: Sentence[]): (n: number) => number {
  const sentStarts = Int32Array.from(sentences.map((s) => s.nStart));
  return (n: number) => {
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
    return ans >= 0 && n < sentences[ans]!.nEnd ? ans : -1;
  };
}

/** The 1-based page holding original offset `offset`, given each page's start offset. */
function pageOf(pageStarts: number[], offset: number): number {
  let lo = 0;
  let hi = pageStarts.length - 1;
  let ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pageStarts[mid]! <= offset) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans + 1;
}

/**
 * Reads a document from the bytes of a file of any supported format (text, HTML, .docx,
 * .doc, PDF), recognised by content; `options.source` names it in errors.
 *
 * @example
 * ```ts
 * const doc = await readDocument(readFileSync('report.pdf'), { source: 'report.pdf' });
 * doc.format; // 'pdf'
 * ```
 */
export async function readDocument(bytes: Uint8Array, options: DocumentOptions = {}): Promise<TifaDocument> {
  const source = options.source ?? '<bytes>';
  return createDocument(await extractText(bytes, source), { ...options, source });
}

/**
 * Reads a report file (text, HTML, Word or PDF, recognised by content) into a {@link TifaDocument}. Missing files, directories,
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
  return readDocument(bytes, { ...options, source: options.source ?? path });
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

import { createDocument, loadDocument, readDocument, type DocumentOptions } from '../document/document.js';
import { metaFor } from '../document/manifest.js';
import type { TifaDocument, Token } from '../document/types.js';
import { loadDictionary, type Dictionary, type EntryInput } from '../dictionary/dictionary.js';
import { createSegmenter, type Segmenter, type SegmenterBackend } from '../segment/segmenter.js';
import type { AnalyzeContext } from './context.js';
import { summarizeDocument, type DocumentMeta, type DocumentSummary } from './summary.js';
import { ANALYZERS, type AnalyzerName, type AnalyzerResults } from './registry.js';
import { typeError } from '../util/errors.js';

/** Version of the JSON result format (see schema/result.schema.json). */
export const SCHEMA_VERSION = '1.0.0';

/** The result of analyzing one report: `document` plus one key per analyzer. */
export type TifaResult = { schemaVersion: string; document: DocumentSummary } & Partial<AnalyzerResults>;

/** Options for {@link analyze}. */
export interface AnalyzeOptions {
  /** Which analyzers to run (default: all). */
  analyzers?: AnalyzerName[];
  /** A dictionary to use instead of the bundled one. */
  dictionary?: Dictionary;
  /** Extra dictionary files added to the bundled dictionary. */
  dictionaryFiles?: string[];
  /** Extra dictionary entries added to the bundled dictionary. */
  entries?: EntryInput[];
  /** Segmenter backend (default nodejieba). */
  backend?: SegmenterBackend;
  /** A ready segmenter (overrides `backend`). */
  segmenter?: Segmenter;
  /** Metadata overriding what is read from the text (title, issuer, genre, year). */
  meta?: DocumentMeta;
  /** Per-analyzer options. */
  options?: { [K in AnalyzerName]?: unknown };
}

/** Resolves the dictionary for a set of options (bundled + extra files + entries). */
export function dictionaryFor(options: AnalyzeOptions = {}): Dictionary {
  if (options.dictionary) return options.dictionary;
  return loadDictionary({ files: options.dictionaryFiles ?? [], entries: options.entries ?? [] });
}

/**
 * Runs the analyzers on a document and returns one JSON-serializable result.
 *
 * @example
 * ```ts
 * const doc = await loadDocument('corpus/seed-2025-municipal-org-dept-political-ecology-report.txt');
 * const result = analyzeDocument(doc);
 * result.document.year; // 2025
 * ```
 */
export function analyzeDocument(doc: TifaDocument, options: AnalyzeOptions = {}): TifaResult {
  const dictionary = dictionaryFor(options);
  let seg: Segmenter | undefined = options.segmenter;
  let tokens: Token[] | undefined;
  const ctx: AnalyzeContext = {
    dictionary,
    segmenter: () => (seg ??= createSegmenter({ backend: options.backend ?? 'nodejieba', dictionary })),
    tokens: () => (tokens ??= ctx.segmenter().cut(doc.normalized)),
    reserved: [],
  };
  const meta = options.meta ?? {};
  const result: TifaResult = { schemaVersion: SCHEMA_VERSION, document: summarizeDocument(doc, meta) };
  const wanted = new Set<string>(options.analyzers ?? Object.keys(ANALYZERS));
  for (const name of wanted)
    if (!(name in ANALYZERS))
      throw typeError(`unknown analyzer ${JSON.stringify(name)} (known: ${Object.keys(ANALYZERS).join(', ')})`);
  for (const [name, analyzer] of Object.entries(ANALYZERS)) {
    if (!wanted.has(name)) continue;
    const out = (analyzer as (d: TifaDocument, c: AnalyzeContext, o?: unknown) => unknown)(
      doc,
      ctx,
      options.options?.[name as AnalyzerName],
    );
    Object.assign(result, out);
  }
  return result;
}

/**
 * Analyzes a report given as a file path, bytes or text.
 * A path picks up metadata from a `MANIFEST.tsv` beside it.
 *
 * @example
 * ```ts
 * const result = await analyze('corpus/seed-2025-municipal-org-dept-political-ecology-report.txt');
 * const fromText = await analyze({ text: '一、总体情况\n全年召开会议36次。' });
 * ```
 */
export async function analyze(
  input: string | Uint8Array | { text: string; source?: string },
  options: AnalyzeOptions = {},
): Promise<TifaResult> {
  let doc: TifaDocument;
  let meta = options.meta;
  if (typeof input === 'string') {
    const m = { ...metaFor(input), ...(options.meta ?? {}) };
    meta = m;
    const docOptions: DocumentOptions = {};
    if (m.year !== undefined) docOptions.year = m.year;
    doc = await loadDocument(input, docOptions);
  } else if (input instanceof Uint8Array) {
    doc = await readDocument(input, docOptionsFrom(options.meta));
  } else if (input && typeof input === 'object' && typeof input.text === 'string') {
    doc = createDocument(input.text, { ...docOptionsFrom(options.meta), source: input.source ?? '<string>' });
  } else {
    throw typeError(`analyze expects a path, bytes or { text }, got ${input === null ? 'null' : typeof input}`);
  }
  return analyzeDocument(doc, { ...options, meta: meta ?? {} });
}

function docOptionsFrom(meta: DocumentMeta | undefined): DocumentOptions {
  const o: DocumentOptions = {};
  if (meta?.year !== undefined) o.year = meta.year;
  return o;
}

import { createDocument, loadDocument, readDocument, type DocumentOptions } from '../document/document.js';
import { metaFor } from '../document/manifest.js';
import type { TifaDocument } from '../document/types.js';
import { loadDictionary, type Dictionary, type EntryInput } from '../dictionary/dictionary.js';
import { DEFAULT_BACKEND, type Segmenter, type SegmenterBackend } from '../segment/segmenter.js';
import { producerOf, segmenterInfo, type Producer } from '../segment/info.js';
import type { Analyzer, AnalyzeContext } from '../analyzers/context.js';
import { createContext, type ContextOptions } from './context.js';
import type { DocumentMeta } from '../document/meta.js';
import { summarizeDocument, type DocumentSummary } from './summary.js';
import {
  ANALYZERS,
  type AnalyzerName,
  type AnalyzerOptions,
  type AnalyzerOutputs,
  type AnalyzerResults,
} from './registry.js';
import { typeError } from '../util/errors.js';
import type { SentenceTable } from '../analyzers/evidence.js';
import { referencedSentences } from './evidence.js';

/** Version of the JSON result format (see schema/result.schema.json). */
export const SCHEMA_VERSION = '2.0.0';

/**
 * The result of analyzing one report: `producer` (what made it), `document`, one key per
 * analyzer, and `sentences`, the sentences its findings refer to by index (`finding.sentence`).
 */
export type TifaResult = {
  schemaVersion: string;
  producer: Producer;
  document: DocumentSummary;
} & Partial<AnalyzerResults> & {
    /**
     * The sentences findings refer to, keyed by sentence index (`result.sentences[f.sentence].text`);
     * absent with inline evidence, where each finding carries its `sentenceText` instead.
     */
    sentences?: SentenceTable;
  };

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
  /** Segmenter backend (default node-rs-jieba). */
  backend?: SegmenterBackend;
  /** A ready segmenter (overrides `backend`). */
  segmenter?: Segmenter;
  /** Metadata overriding what is read from the text (title, issuer, genre, year). */
  meta?: DocumentMeta;
  /** Per-analyzer options, e.g. `{ claims: { quantities: true } }`. */
  options?: { [K in AnalyzerName]?: AnalyzerOptions[K] };
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
  const contextOptions: ContextOptions = { dictionary };
  if (options.segmenter) contextOptions.segmenter = options.segmenter;
  if (options.backend) contextOptions.backend = options.backend;
  const ctx = createContext(doc, contextOptions);
  const producer = producerOf(
    options.segmenter?.info ??
      segmenterInfo(options.segmenter?.backend ?? options.backend ?? DEFAULT_BACKEND, dictionary),
  );
  const result: TifaResult = {
    schemaVersion: SCHEMA_VERSION,
    producer,
    document: summarizeDocument(doc, options.meta ?? {}),
  };
  const names = Object.keys(ANALYZERS) as AnalyzerName[];
  const wanted = new Set<string>(options.analyzers ?? names);
  for (const name of wanted)
    if (!names.includes(name as AnalyzerName))
      throw typeError(`unknown analyzer ${JSON.stringify(name)} (known: ${names.join(', ')})`);
  for (const name of names) if (wanted.has(name)) Object.assign(result, run(name, doc, ctx, options.options?.[name]));
  result.sentences = referencedSentences(doc, result);
  return result;
}

function run<K extends AnalyzerName>(
  name: K,
  doc: TifaDocument,
  ctx: AnalyzeContext,
  options: AnalyzerOptions[K] | undefined,
): AnalyzerOutputs[K] {
  const analyzer: Analyzer<AnalyzerOutputs[K], AnalyzerOptions[K]> = ANALYZERS[name];
  return analyzer(doc, ctx, options);
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

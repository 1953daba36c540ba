import type { TifaDocument } from '../document/types.js';
import type { AnalyzeContext } from './context.js';
import { Dictionary } from '../dictionary/dictionary.js';
import { typeError } from '../util/errors.js';
import { parallelSlogans } from './slogans/constructions.js';
import {
  DEFAULT_DISCOVERY,
  FORMULATION_CONFIDENCE,
  findFormulations,
  formulationDictionary,
  type Formulations,
} from './slogans/formulations.js';
import { numberedSlogans } from './slogans/numbered.js';
import { quotedSlogans } from './slogans/quoted.js';
import type { Slogan, SloganKind, SlogansOptions } from './slogans/types.js';

export type { MemberCheck } from './slogans/members.js';
export type { SharedPart } from './slogans/parallel.js';
export type { NumeralShape } from './slogans/numerals.js';
export type {
  Slogan,
  SloganKind,
  SlogansOptions,
  QuoteClassification,
  NumberedSlogan,
  QuotedSlogan,
  DocumentSlogan,
  ParallelSlogan,
} from './slogans/types.js';
export { FORMULATION_CONFIDENCE } from './slogans/formulations.js';

const KIND_ORDER: Record<SloganKind, number> = { numbered: 0, quoted: 1, document: 2, parallel: 3 };
/** Default longest item of a parallel enumeration, in characters. */
const MAX_ITEM_LENGTH = 12;
/** Bounds of `maxItemLength`. */
const ITEM_LENGTH_MIN = 2;
const ITEM_LENGTH_MAX = 100;

function checkOptions(options: unknown): Required<SlogansOptions> {
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object' || Array.isArray(options))
    throw typeError(`slogans options must be an object, got ${Array.isArray(options) ? 'an array' : typeof options}`);
  const o = options as SlogansOptions;
  const minConfidence = o.minConfidence ?? FORMULATION_CONFIDENCE;
  if (typeof minConfidence !== 'number' || !(minConfidence >= 0 && minConfidence <= 1))
    throw typeError(`slogans minConfidence must be a number from 0 to 1, got ${JSON.stringify(o.minConfidence)}`);
  const maxItemLength = o.maxItemLength ?? MAX_ITEM_LENGTH;
  if (!Number.isInteger(maxItemLength) || maxItemLength < ITEM_LENGTH_MIN || maxItemLength > ITEM_LENGTH_MAX)
    throw typeError(
      `slogans maxItemLength must be an integer from ${ITEM_LENGTH_MIN} to ${ITEM_LENGTH_MAX}, got ${JSON.stringify(o.maxItemLength)}`,
    );
  for (const k of ['discover', 'parallel'] as const) {
    if (o[k] !== undefined && typeof o[k] !== 'boolean')
      throw typeError(`slogans ${k} must be a boolean, got ${JSON.stringify(o[k])}`);
  }
  return { discover: o.discover ?? true, minConfidence, parallel: o.parallel ?? true, maxItemLength };
}

function checkArguments(doc: TifaDocument, ctx: AnalyzeContext): void {
  if (!doc || typeof doc !== 'object' || typeof doc.normalized !== 'string' || typeof doc.span !== 'function') {
    throw typeError(`slogans expects a TifaDocument, got ${doc === null ? 'null' : typeof doc}`);
  }
  if (
    !ctx ||
    typeof ctx !== 'object' ||
    !(ctx.dictionary instanceof Dictionary) ||
    typeof ctx.formulations !== 'function'
  ) {
    throw typeError('slogans expects an AnalyzeContext (see createContext) with a dictionary');
  }
}

/** The shared formulations when the options are the defaults, else a search of their own. */
function formulationsFor(doc: TifaDocument, ctx: AnalyzeContext, opts: Required<SlogansOptions>): Formulations {
  const { discover, minConfidence } = opts;
  if (discover === DEFAULT_DISCOVERY.discover && minConfidence === DEFAULT_DISCOVERY.minConfidence)
    return ctx.formulations();
  return findFormulations(doc, ctx.dictionary, { discover, minConfidence });
}

function firstOffset(s: Slogan): number {
  if (s.occurrences[0]) return s.occurrences[0].start;
  if (s.kind === 'numbered' && s.memberChecks?.[0]) return s.memberChecks[0].start;
  return Number.MAX_SAFE_INTEGER;
}

/**
 * Finds the slogan patterns of a report: numbered formulations (提法) known to the dictionary
 * (every occurrence, variants folded) and discovered by their numeral shape (两心一城, 以案三促,
 * 第二个结合, with a confidence and the evidence); listings of a formulation's members checked
 * against the dictionary; quoted phrases (“…”, 「…」, ‘…’) classified; cited documents 《…》;
 * parallel constructions (问题导向、目标导向、结果导向 → …导向) and parallel headings (在…上再…).
 *
 * Reads `doc.normalized`, reports original offsets and skips excluded boilerplate. Output
 * order: numbered, quoted, document, parallel, each by first occurrence.
 *
 * @example
 * ```ts
 * const doc = await loadDocument('corpus/seed-2025-municipal-org-dept-political-ecology-report.txt');
 * const { slogans: found } = slogans(doc, createContext(doc));
 * found.filter((s) => s.kind === 'numbered').map((s) => s.canonical); // ['第一议题', '三重一大', '一岗双责', …]
 * ```
 */
export function slogans(doc: TifaDocument, ctx: AnalyzeContext, options?: SlogansOptions): { slogans: Slogan[] } {
  checkArguments(doc, ctx);
  const opts = checkOptions(options);
  const formulations = formulationsFor(doc, ctx, opts);
  const fdict = formulationDictionary(ctx.dictionary);
  const numbered = numberedSlogans(doc, formulations, fdict.entries);
  const candidates = new Set(formulations.discovered.map((d) => d.text));
  const out: Slogan[] = [
    ...numbered.slogans,
    ...quotedSlogans(doc, formulations.pairs, fdict, candidates),
    ...(opts.parallel ? parallelSlogans(doc, formulations.pairs, numbered.checks, opts.maxItemLength) : []),
  ];
  for (const s of out) s.occurrences.sort((x, y) => x.start - y.start || x.end - y.end);
  out.sort(
    (x, y) =>
      KIND_ORDER[x.kind] - KIND_ORDER[y.kind] ||
      firstOffset(x) - firstOffset(y) ||
      (x.canonical < y.canonical ? -1 : x.canonical > y.canonical ? 1 : 0),
  );
  return { slogans: out };
}

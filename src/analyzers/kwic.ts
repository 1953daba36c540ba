import type { Span, TifaDocument } from '../document/types.js';
import type { Dictionary } from '../dictionary/dictionary.js';
import { analyzed, occurrenceAt, sentenceEvidence } from './evidence.js';
import { typeError } from '../util/errors.js';

/** One keyword-in-context hit. `doc.text.slice(start, end) === match`. */
export interface KwicHit {
  start: number;
  end: number;
  match: string;
  /** Up to `window` characters of the original text before and after the match. */
  before: string;
  after: string;
  section: string | null;
  /** The sentence as written (a window around the match when it is long). */
  sentence: string;
  /** The dictionary term matched, for term and category patterns. */
  term?: string;
}

/** Characters of context on each side by default. */
const DEFAULT_WINDOW = 20;

/** Options for {@link kwic}. */
export interface KwicOptions {
  /** Characters of context on each side (default 20). */
  window?: number;
  /** The dictionary, for `@category` patterns and term aliases. */
  dictionary?: Dictionary;
  /** Include hits in excluded boilerplate (default false). */
  includeExcluded?: boolean;
}

/**
 * Keyword in context. `pattern` is a term (every literal occurrence; a dictionary term also
 * matches its aliases), a category name prefixed with `@` (`@纪律与廉政`: every dictionary term
 * of the category, by longest match), or a regular expression written `/…/flags`.
 *
 * @example
 * ```ts
 * kwic(doc, '廉政谈话', { window: 10 }).map((h) => `${h.before}[${h.match}]${h.after}`);
 * kwic(doc, '@纪律与廉政', { dictionary });
 * kwic(doc, '/\\d+余?人次/');
 * ```
 */
export function kwic(doc: TifaDocument, pattern: string, options: KwicOptions = {}): KwicHit[] {
  if (typeof pattern !== 'string' || pattern.length === 0)
    throw typeError(`kwic needs a non-empty pattern, got ${JSON.stringify(pattern)}`);
  const window = options.window ?? DEFAULT_WINDOW;
  if (!Number.isInteger(window) || window < 0)
    throw typeError(`kwic window must be a whole number ≥ 0, got ${JSON.stringify(window)}`);
  const spans = pattern.startsWith('@')
    ? categorySpans(doc.normalized, pattern.slice(1), options.dictionary)
    : /^\/.+\/[a-z]*$/s.test(pattern)
      ? regexSpans(doc.normalized, pattern)
      : literalSpans(doc.normalized, pattern, options.dictionary);
  const hits: KwicHit[] = [];
  for (const { start, end, term } of spans) {
    if (!options.includeExcluded && !analyzed(doc, start)) continue;
    const occ = occurrenceAt(doc, start, end);
    const hit: KwicHit = {
      start: occ.start,
      end: occ.end,
      match: doc.text.slice(occ.start, occ.end),
      before: doc.text.slice(Math.max(0, occ.start - window), occ.start),
      after: doc.text.slice(occ.end, occ.end + window),
      section: occ.section,
      sentence: sentenceEvidence(doc, occ.sentence ?? -1, occ.start, occ.end),
    };
    if (term !== undefined) hit.term = term;
    hits.push(hit);
  }
  return hits;
}

/** A match in the normalized text, with the dictionary term it is, if any. */
type TermSpan = Span & { term?: string };

function categorySpans(t: string, category: string, dict: Dictionary | undefined): TermSpan[] {
  if (!dict) throw typeError('kwic: a @category pattern needs options.dictionary');
  if (!dict.categories.includes(category))
    throw typeError(`kwic: unknown category ${JSON.stringify(category)} (known: ${dict.categories.join(', ')})`);
  const spans: TermSpan[] = [];
  for (const m of dict.match(t))
    if (m.entry.category === category) spans.push({ start: m.start, end: m.end, term: m.entry.term });
  return spans;
}

function regexSpans(t: string, pattern: string): TermSpan[] {
  const last = pattern.lastIndexOf('/');
  let re: RegExp;
  try {
    re = new RegExp(pattern.slice(1, last), `${pattern.slice(last + 1).replace('g', '')}g`);
  } catch (e) {
    throw typeError(`kwic: bad regular expression ${pattern} (${(e as Error).message})`);
  }
  const spans: TermSpan[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(t)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

function literalSpans(t: string, pattern: string, dict: Dictionary | undefined): TermSpan[] {
  const entry = dict?.get(pattern);
  const surfaces = entry ? [entry.term, ...entry.aliases] : [pattern];
  const spans: TermSpan[] = [];
  for (const s of surfaces) {
    for (let i = t.indexOf(s); i >= 0; i = t.indexOf(s, i + s.length)) {
      const span: TermSpan = { start: i, end: i + s.length };
      if (entry) span.term = entry.term;
      spans.push(span);
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  // drop hits nested in an earlier one (an alias inside the canonical form)
  for (let i = spans.length - 1; i > 0; i--) if (spans[i]!.start < spans[i - 1]!.end) spans.splice(i, 1);
  return spans;
}

import type { TifaDocument } from '../document/types.js';
import type { Dictionary } from '../dictionary/dictionary.js';
import { analyzed, occurrenceAt } from './evidence.js';
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
  sentence: string;
  /** The dictionary term matched, for term and category patterns. */
  term?: string;
}

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
  const window = options.window ?? 20;
  if (!Number.isInteger(window) || window < 0)
    throw typeError(`kwic window must be a whole number ≥ 0, got ${JSON.stringify(window)}`);
  const t = doc.normalized;
  const spans: Array<[number, number, string | undefined]> = [];
  if (pattern.startsWith('@')) {
    const category = pattern.slice(1);
    const dict = options.dictionary;
    if (!dict) throw typeError('kwic: a @category pattern needs options.dictionary');
    if (!dict.categories.includes(category))
      throw typeError(`kwic: unknown category ${JSON.stringify(category)} (known: ${dict.categories.join(', ')})`);
    for (const m of dict.match(t)) if (m.entry.category === category) spans.push([m.start, m.end, m.entry.term]);
  } else if (/^\/.+\/[a-z]*$/s.test(pattern)) {
    const last = pattern.lastIndexOf('/');
    let re: RegExp;
    try {
      re = new RegExp(pattern.slice(1, last), `${pattern.slice(last + 1).replace('g', '')}g`);
    } catch (e) {
      throw typeError(`kwic: bad regular expression ${pattern} (${(e as Error).message})`);
    }
    let m: RegExpExecArray | null;
    while ((m = re.exec(t)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      spans.push([m.index, m.index + m[0].length, undefined]);
    }
  } else {
    const entry = options.dictionary?.get(pattern);
    const surfaces = entry ? [entry.term, ...entry.aliases] : [pattern];
    for (const s of surfaces) {
      for (let i = t.indexOf(s); i >= 0; i = t.indexOf(s, i + s.length)) spans.push([i, i + s.length, entry?.term]);
    }
    spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    // drop hits nested in an earlier one (an alias inside the canonical form)
    for (let i = spans.length - 1; i > 0; i--) if (spans[i]![0] < spans[i - 1]![1]) spans.splice(i, 1);
  }
  const hits: KwicHit[] = [];
  for (const [a, b, term] of spans) {
    if (!options.includeExcluded && !analyzed(doc, a)) continue;
    const occ = occurrenceAt(doc, a, b);
    const hit: KwicHit = {
      start: occ.start,
      end: occ.end,
      match: doc.text.slice(occ.start, occ.end),
      before: doc.text.slice(Math.max(0, occ.start - window), occ.start),
      after: doc.text.slice(occ.end, occ.end + window),
      section: occ.section,
      sentence: occ.sentence,
    };
    if (term !== undefined) hit.term = term;
    hits.push(hit);
  }
  return hits;
}

import type { TifaDocument } from '../document/types.js';
import type { SectionRole } from '../document/structure.js';
import type { AnalyzeContext } from './context.js';
import { analyzed, occurrenceAt, per10k, topLevel, type Occurrence } from './evidence.js';
import { cmp } from '../util/order.js';

/** A dictionary term found in a report. */
export interface TermResult {
  /** Canonical term (aliases fold into it). */
  term: string;
  category: string;
  kind: 'term' | 'formulation';
  count: number;
  /** Occurrences per 10,000 analyzed characters. */
  per10k: number;
  /**
   * Each occurrence; `surface` is the term as written, `text.slice(start, end)` (an alias where one
   * was used; traditional characters in a traditional text, whose `term` is the simplified name).
   */
  occurrences: Array<Occurrence & { surface: string }>;
}

/** Counts of one category, in total and per top-level section. */
export interface CategoryResult {
  category: string;
  count: number;
  per10k: number;
  /** Number of distinct terms of the category that occur. */
  terms: number;
  bySection: Array<{ section: string; role: SectionRole; count: number; per10k: number }>;
}

/** Options for {@link terms}. */
export interface TermsOptions {
  /** Keep only these categories. */
  categories?: string[];
}

/**
 * Political terminology frequencies: every dictionary term that occurs, by longest match over
 * the normalized text (a term inside a longer term counts as the longer one only; aliases fold
 * into their canonical term), with per-10k rates, occurrences, category totals and a
 * breakdown per top-level section.
 *
 * @example
 * ```ts
 * const { terms: found, termCategories } = terms(doc, ctx);
 * found.find((t) => t.term === '全面从严治党')?.count;
 * ```
 */
export function terms(
  doc: TifaDocument,
  ctx: AnalyzeContext,
  options: TermsOptions = {},
): { terms: TermResult[]; termCategories: CategoryResult[] } {
  const only = options.categories ? new Set(options.categories) : null;
  const byTerm = new Map<string, TermResult>();
  const top = topLevel(doc);
  const tops = doc.sections.filter((s) => s.level === top);
  const catSection = new Map<string, number[]>();
  let ti = 0;
  for (const m of ctx.dictionary.match(doc.normalized)) {
    if (!analyzed(doc, m.start)) continue;
    const e = m.entry;
    if (only && !only.has(e.category)) continue;
    let r = byTerm.get(e.term);
    if (!r)
      byTerm.set(
        e.term,
        (r = { term: e.term, category: e.category, kind: e.kind, count: 0, per10k: 0, occurrences: [] }),
      );
    r.count++;
    const occurrence = occurrenceAt(doc, m.start, m.end);
    r.occurrences.push({ ...occurrence, surface: doc.text.slice(occurrence.start, occurrence.end) });
    let arr = catSection.get(e.category);
    if (!arr) catSection.set(e.category, (arr = new Array<number>(tops.length).fill(0)));
    // matches come in text order: move the top-level section cursor forward
    while (ti < tops.length && tops[ti]!.nEnd <= m.start) ti++;
    if (ti < tops.length && tops[ti]!.nStart <= m.start) arr[ti]!++;
  }
  const list = [...byTerm.values()];
  for (const r of list) r.per10k = per10k(r.count, doc.chars);
  list.sort((a, b) => b.count - a.count || cmp(a.term, b.term));

  const sectionChars = tops.map((s) => countChars(doc, s.nStart, s.nEnd));
  const cats = new Map<string, CategoryResult>();
  for (const r of list) {
    let c = cats.get(r.category);
    if (!c) cats.set(r.category, (c = { category: r.category, count: 0, per10k: 0, terms: 0, bySection: [] }));
    c.count += r.count;
    c.terms++;
  }
  const categories = [...cats.values()];
  for (const c of categories) {
    c.per10k = per10k(c.count, doc.chars);
    const arr = catSection.get(c.category) ?? [];
    c.bySection = tops.map((s, i) => ({
      section: s.title,
      role: s.role,
      count: arr[i] ?? 0,
      per10k: per10k(arr[i] ?? 0, sectionChars[i]!),
    }));
  }
  categories.sort((a, b) => b.count - a.count || cmp(a.category, b.category));
  return { terms: list, termCategories: categories };
}

function countChars(doc: TifaDocument, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) {
    const c = doc.normalized.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && analyzed(doc, i)) n++;
  }
  return n;
}

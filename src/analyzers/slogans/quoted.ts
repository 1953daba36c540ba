import type { TifaDocument } from '../../document/types.js';
import type { Dictionary } from '../../dictionary/dictionary.js';
import { occurrenceAt } from '../evidence.js';
import type { BracketPair } from './brackets.js';
import { commonPrefix, commonSuffix } from './util.js';
import { isHan } from '../../numbers/index.js';
import type { DocumentSlogan, QuoteClassification, QuotedSlogan } from './types.js';

const SLOGAN_SEP = /[、，,+＋·•／/]/;
/** Shortest and longest item of a quoted slogan (讲政治、重公道、业务精、作风好). */
const SLOGAN_ITEM_MIN = 2;
const SLOGAN_ITEM_MAX = 12;

/** Whether a quoted phrase is a slogan: two or more short items of like length or shape. */
export function isSloganPhrase(s: string): boolean {
  const items = s.split(SLOGAN_SEP).map((x) => x.trim());
  if (items.length < 2 || items.some((x) => x.length < SLOGAN_ITEM_MIN || x.length > SLOGAN_ITEM_MAX)) return false;
  if (items.some((x) => [...x].filter((c) => isHan(c)).length < 2)) return false;
  const lens = items.map((x) => x.length);
  if (Math.max(...lens) - Math.min(...lens) <= 1) return true;
  return commonPrefix(items).length > 0 || commonSuffix(items).length > 0;
}

function classify(
  content: string,
  fdict: Dictionary,
  candidates: ReadonlySet<string>,
): Pick<QuotedSlogan, 'classification'> & Partial<Pick<QuotedSlogan, 'known' | 'category' | 'formulation'>> {
  const entry = fdict.get(content);
  if (entry)
    return { classification: 'known-formulation', known: true, category: entry.category, formulation: entry.term };
  if (candidates.has(content)) return { classification: 'candidate-formulation', formulation: content };
  const classification: QuoteClassification = isSloganPhrase(content) ? 'slogan' : 'other';
  return { classification };
}

/**
 * Quoted phrases (“…”, 「…」, ‘…’), classified, and cited documents (《…》), one finding per
 * distinct content with every occurrence. `candidates` are the discovered formulations.
 */
export function quotedSlogans(
  doc: TifaDocument,
  pairs: readonly BracketPair[],
  fdict: Dictionary,
  candidates: ReadonlySet<string>,
): Array<QuotedSlogan | DocumentSlogan> {
  const t = doc.normalized;
  const groups = new Map<string, { type: 'quote' | 'title'; content: string; pairs: BracketPair[] }>();
  for (const p of pairs) {
    const content = t.slice(p.nOpen + 1, p.nClose).trim();
    if (content.length === 0) continue;
    const key = `${p.type}\u0000${content}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { type: p.type, content, pairs: [] }));
    g.pairs.push(p);
  }
  const out: Array<QuotedSlogan | DocumentSlogan> = [];
  for (const g of groups.values()) {
    const occurrences = g.pairs.map((p) => {
      let a = p.nOpen + 1;
      let b = p.nClose;
      while (a < b && /\s/.test(t[a]!)) a++;
      while (b > a && /\s/.test(t[b - 1]!)) b--;
      return occurrenceAt(doc, a, b);
    });
    const base = {
      text: doc.text.slice(occurrences[0]!.start, occurrences[0]!.end),
      canonical: g.content,
      known: false,
      category: null as string | null,
      confidence: 1,
      count: occurrences.length,
      marks: g.pairs[0]!.marks,
      nested: g.pairs.some((p) => p.inQuote || p.inTitle),
      occurrences,
    };
    if (g.type === 'title') out.push({ ...withKind(base, 'document') });
    else {
      const quoted: QuotedSlogan = { ...withKind(base, 'quoted'), classification: 'other' };
      out.push(Object.assign(quoted, classify(g.content, fdict, candidates)));
    }
  }
  return out;
}

/** Puts `kind` third, where the JSON output has always had it (after text and canonical). */
function withKind<B extends { text: string; canonical: string }, K extends string>(base: B, kind: K) {
  const { text, canonical, ...rest } = base;
  return { text, canonical, kind, ...rest };
}

import type { TifaDocument, Token } from '../document/types.js';
import type { AnalyzeContext } from './context.js';
import { loadWordList } from '../dictionary/dictionary.js';
import { genreIdf } from '../dictionary/idf.js';
import { analyzed, round3 } from './evidence.js';
import { cmp } from '../util/order.js';

/** A keyword of a report. */
export interface Keyword {
  word: string;
  /** Combined score in [0, 1]: the mean of the normalized TF-IDF and TextRank scores. */
  weight: number;
  /** Occurrences among the report's tokens. */
  count: number;
  /** Which ranking put it in the top N. */
  reason: 'tfidf' | 'textrank' | 'both';
  tfidf: number;
  textrank: number;
}

/** Options for {@link keywords}. */
export interface KeywordsOptions {
  /** How many keywords (default 20). */
  top?: number;
  /** Drop report boilerplate words (工作, 开展, 加强, 进一步, 切实 …; default true). */
  boilerplate?: boolean;
  /** Words kept in `vocabulary` for corpus-level comparison (default: all). */
  vocabulary?: number;
}

const CJK = /[\u3400-\u9fff]/;
const NUMERAL_ONLY = /^[\d.,%零〇一二两三四五六七八九十百千万亿几余多第]+[个次年月日天人项名条篇]?$/;

/** Words remembered by {@link isKeywordCandidate} before the memo starts over (bounds memory on large corpora). */
const CANDIDATE_MEMO_MAX = 200_000;

/**
 * Whether a token can be a keyword: at least two characters with a Chinese character, not a
 * number, not a stop word, and (unless turned off) not report boilerplate.
 *
 * @example
 * ```ts
 * isKeywordCandidate('政治生态'); // true
 * isKeywordCandidate('进一步');   // false (boilerplate)
 * ```
 */
export function isKeywordCandidate(word: string, boilerplate = true): boolean {
  const memo = boilerplate ? candidateMemo : candidateMemoAll;
  let v = memo.get(word);
  if (v === undefined) {
    v = candidate(word, boilerplate);
    if (memo.size > CANDIDATE_MEMO_MAX) memo.clear();
    memo.set(word, v);
  }
  return v;
}

const candidateMemo = new Map<string, boolean>();
const candidateMemoAll = new Map<string, boolean>();

function candidate(word: string, boilerplate: boolean): boolean {
  if (word.length < 2 || !CJK.test(word) || /\d/.test(word) || NUMERAL_ONLY.test(word)) return false;
  if (/[，。、；：！？“”‘’《》（）—…\s]/.test(word)) return false;
  if (loadWordList('stopwords').has(word)) return false;
  if (boilerplate && loadWordList('boilerplate').has(word)) return false;
  return true;
}

/**
 * TextRank over a token sequence (jieba's variant: co-occurrence within a window of 5 tokens,
 * undirected weighted graph, damping 0.85, 10 iterations), scores normalized to max 1.
 *
 * @example
 * ```ts
 * textRank(['政治生态', '廉政', '政治生态'].map((w) => ({ word: w, keep: true }))).get('政治生态'); // 1
 * ```
 */
export function textRank(seq: ReadonlyArray<{ word: string; keep: boolean }>, window = 5): Map<string, number> {
  // Words get integer ids; the graph is kept as weighted adjacency lists in flat arrays.
  const ids = new Map<string, number>();
  const words: string[] = [];
  const seqIds = new Int32Array(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    const e = seq[i]!;
    if (!e.keep) continue;
    let id = ids.get(e.word);
    if (id === undefined) {
      id = words.length;
      ids.set(e.word, id);
      words.push(e.word);
    }
    seqIds[i] = id;
  }
  const n = words.length;
  const out = new Map<string, number>();
  if (n === 0) return out;
  // Edges as numeric keys a*n+b (both directions), sorted and run-length counted into CSR form.
  let keys = new Float64Array(1024);
  let m = 0;
  const push = (k: number) => {
    if (m === keys.length) {
      const bigger = new Float64Array(keys.length * 2);
      bigger.set(keys);
      keys = bigger;
    }
    keys[m++] = k;
  };
  for (let i = 0; i < seq.length; i++) {
    const a = seqIds[i]!;
    if (a < 0) continue;
    for (let j = i + 1; j < i + window && j < seq.length; j++) {
      const b = seqIds[j]!;
      if (b < 0 || b === a) continue;
      push(a * n + b);
      push(b * n + a);
    }
  }
  const sorted = keys.subarray(0, m).sort();
  const offs = new Int32Array(n + 1);
  const nb: number[] = [];
  const wt: number[] = [];
  const outSum = new Float64Array(n);
  for (let e = 0; e < m; ) {
    const k = sorted[e]!;
    let c = 0;
    while (e < m && sorted[e] === k) {
      c++;
      e++;
    }
    const a = Math.floor(k / n);
    nb.push(k - a * n);
    wt.push(c);
    outSum[a]! += c;
    offs[a + 1]!++;
  }
  for (let a = 0; a < n; a++) offs[a + 1]! += offs[a]!;
  const ends = offs.subarray(1);
  let ws = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const d = 0.85;
  for (let it = 0; it < 10; it++) {
    for (let a = 0; a < n; a++) {
      let sum = 0;
      for (let e = offs[a]!; e < ends[a]!; e++) {
        const b = nb[e]!;
        sum += (wt[e]! / outSum[b]!) * ws[b]!;
      }
      next[a] = 1 - d + d * sum;
    }
    [ws, next] = [next, ws];
  }
  let max = 0;
  for (let a = 0; a < n; a++) if (outSum[a]! > 0) max = Math.max(max, ws[a]!);
  // (Map order is first occurrence; callers rank by score, then word.)
  for (let a = 0; a < n; a++) if (outSum[a]! > 0) out.set(words[a]!, ws[a]! / (max || 1));
  return out;
}

/** TF-IDF weight multiplier for dictionary terms and formulations (they are the genre's themes). */
export const DICTIONARY_BOOST = 1.5;

const nestedCache = new WeakMap<object, Map<string, string[]>>();

/** Canonical dictionary terms found strictly inside a surface form (廉政 in 廉政谈话). */
function nestedTerms(ctx: AnalyzeContext, surface: string): string[] {
  let cache = nestedCache.get(ctx.dictionary);
  if (!cache) nestedCache.set(ctx.dictionary, (cache = new Map()));
  let out = cache.get(surface);
  if (!out) {
    const found = new Set<string>();
    for (let i = 0; i < surface.length; i++) {
      for (let j = i + 2; j <= surface.length; j++) {
        if (i === 0 && j === surface.length) continue;
        const e = ctx.dictionary.get(surface.slice(i, j));
        if (e) found.add(e.term);
      }
    }
    out = [...found].sort(cmp);
    cache.set(surface, out);
  }
  return out;
}

/**
 * Keyword summary of a report: the top N words by TF-IDF (genre IDF table) and by TextRank,
 * merged, each with its weight, count and the ranking(s) that chose it. Dictionary terms and
 * formulations stay whole (全面从严治党 is one keyword); stop words, report boilerplate, numbers
 * and single characters are left out. Also returns the report's `vocabulary` (candidate words
 * with counts) for corpus-level comparison.
 *
 * @example
 * ```ts
 * keywords(doc, ctx, { top: 10 }).keywords.map((k) => k.word);
 * ```
 */
export function keywords(
  doc: TifaDocument,
  ctx: AnalyzeContext,
  options: KeywordsOptions = {},
): { keywords: Keyword[]; vocabulary: Array<{ word: string; count: number }> } {
  const top = options.top ?? 20;
  const boiler = options.boilerplate ?? true;
  const tokens: Token[] = ctx.tokens();
  const seq: Array<{ word: string; keep: boolean }> = [];
  const counts = new Map<string, number>();
  const nested = new Map<string, number>();
  let total = 0;
  for (const t of tokens) {
    if (!analyzed(doc, t.start)) continue;
    const entry = ctx.dictionary.get(t.text);
    const word = entry ? entry.term : t.text;
    const keep = isKeywordCandidate(word, boiler);
    seq.push({ word, keep });
    if (keep) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
      total++;
    }
    // A theme term inside a longer term (廉政 in 廉政谈话) also counts, and joins the TextRank graph beside it.
    if (entry) {
      for (const inner of nestedTerms(ctx, t.text)) {
        nested.set(inner, (nested.get(inner) ?? 0) + 1);
        seq.push({ word: inner, keep: isKeywordCandidate(inner, boiler) });
      }
    }
  }
  const idf = genreIdf();
  const tfidf = new Map<string, number>();
  for (const [w, c] of nested) if (isKeywordCandidate(w, boiler)) counts.set(w, (counts.get(w) ?? 0) + c);
  idf.prepare(counts.keys());
  for (const [w, c] of counts)
    tfidf.set(w, (c / (total || 1)) * idf.get(w) * (ctx.dictionary.get(w) ? DICTIONARY_BOOST : 1));
  const tr = textRank(seq);
  const rank = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).map((x) => x[0]);
  const topT = new Set(rank(tfidf).slice(0, top));
  const topR = new Set(rank(tr).slice(0, top));
  const maxT = Math.max(0, ...tfidf.values());
  const out: Keyword[] = [];
  for (const w of new Set([...topT, ...topR])) {
    const t = (tfidf.get(w) ?? 0) / (maxT || 1);
    const r = tr.get(w) ?? 0;
    out.push({
      word: w,
      weight: round3((t + r) / 2),
      count: counts.get(w) ?? 0,
      reason: topT.has(w) && topR.has(w) ? 'both' : topT.has(w) ? 'tfidf' : 'textrank',
      tfidf: round3(t),
      textrank: round3(r),
    });
  }
  out.sort((a, b) => b.weight - a.weight || cmp(a.word, b.word));
  const vocabulary = [...counts]
    .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
    .slice(0, options.vocabulary ?? Infinity)
    .map(([word, count]) => ({ word, count }));
  return { keywords: out.slice(0, top), vocabulary };
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { TifaDocument, Token } from '../document/types.js';
import type { AnalyzeContext } from '../pipeline/context.js';
import { DICTIONARY_DIR, loadWordList } from '../dictionary/dictionary.js';
import { analyzed, round3 } from './evidence.js';
import { cmp } from './terms.js';

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
  /** Words kept in `vocabulary` for corpus-level comparison (default 500). */
  vocabulary?: number;
}

/** Bundled genre IDF file (derived by scripts/build-idf.mjs from public reports). */
export const GENRE_IDF_FILE = 'idf-genre.tsv';

interface IdfTable {
  get(word: string): number;
}

let idfCache: IdfTable | undefined;

/**
 * The IDF used for keywords: the genre table derived from reference reports
 * (`dictionaries/idf-genre.tsv`: idf = ln((N+1)/(df+0.5)), so a word in every reference report weighs almost nothing), with jieba's general IDF,
 * rescaled into the genre table's range, as the fallback for words the reference corpus lacks.
 *
 * @example
 * ```ts
 * genreIdf().get('政治生态') > genreIdf().get('发展'); // true
 * ```
 */
export function genreIdf(): IdfTable {
  if (idfCache) return idfCache;
  const table = new Map<string, number>();
  let n = 0;
  const lines = readFileSync(join(DICTIONARY_DIR, GENRE_IDF_FILE), 'utf8').split('\n');
  for (const line of lines) {
    if (line.startsWith('# documents\t')) n = Number(line.split('\t')[1]);
    if (!line || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    table.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  const idfOf = (df: number) => Math.log((n + 1) / (df + 0.5));
  const unseen = idfOf(0);
  const floor = idfOf(n);
  let jieba: Map<string, number> | undefined;
  let jMin = Infinity;
  let jMax = -Infinity;
  let jMedian = 0;
  const fallback = (w: string): number => {
    if (!jieba) {
      jieba = new Map();
      const req = createRequire(import.meta.url);
      const file = join(dirname(req.resolve('nodejieba/package.json')), 'submodules/cppjieba/dict/idf.utf8');
      const values: number[] = [];
      for (const l of readFileSync(file, 'utf8').split('\n')) {
        const sp = l.lastIndexOf(' ');
        if (sp <= 0) continue;
        const v = Number(l.slice(sp + 1));
        jieba.set(l.slice(0, sp), v);
        values.push(v);
      }
      values.sort((a, b) => a - b);
      jMin = values[0] ?? 0;
      jMax = values[values.length - 1] ?? 1;
      jMedian = values[values.length >> 1] ?? 0;
    }
    const j = jieba.get(w) ?? jMedian;
    return floor + ((j - jMin) / (jMax - jMin || 1)) * (unseen - floor);
  };
  idfCache = { get: (w) => { const df = table.get(w); return df === undefined ? fallback(w) : idfOf(df); } };
  return idfCache;
}

const CJK = /[\u3400-\u9fff]/;
const NUMERAL_ONLY = /^[\d.,%零〇一二两三四五六七八九十百千万亿几余多第]+[个次年月日天人项名条篇]?$/;

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
  const edges = new Map<string, Map<string, number>>();
  const add = (a: string, b: string) => {
    let m = edges.get(a);
    if (!m) edges.set(a, (m = new Map()));
    m.set(b, (m.get(b) ?? 0) + 1);
  };
  for (let i = 0; i < seq.length; i++) {
    const a = seq[i]!;
    if (!a.keep) continue;
    for (let j = i + 1; j < i + window && j < seq.length; j++) {
      const b = seq[j]!;
      if (!b.keep || b.word === a.word) continue;
      add(a.word, b.word);
      add(b.word, a.word);
    }
  }
  const nodes = [...edges.keys()].sort(cmp);
  const out = new Map<string, number>();
  if (nodes.length === 0) return out;
  const outSum = new Map<string, number>();
  for (const n of nodes) {
    let s = 0;
    for (const w of edges.get(n)!.values()) s += w;
    outSum.set(n, s);
  }
  let ws = new Map<string, number>(nodes.map((n) => [n, 1 / nodes.length]));
  const d = 0.85;
  for (let it = 0; it < 10; it++) {
    const next = new Map<string, number>();
    for (const n of nodes) {
      let s = 0;
      for (const [m, w] of edges.get(n)!) s += (w / outSum.get(m)!) * ws.get(m)!;
      next.set(n, 1 - d + d * s);
    }
    ws = next;
  }
  let max = 0;
  for (const v of ws.values()) max = Math.max(max, v);
  for (const n of nodes) out.set(n, ws.get(n)! / (max || 1));
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
export function keywords(doc: TifaDocument, ctx: AnalyzeContext, options: KeywordsOptions = {}): { keywords: Keyword[]; vocabulary: Array<{ word: string; count: number }> } {
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
  for (const [w, c] of counts) tfidf.set(w, (c / (total || 1)) * idf.get(w) * (ctx.dictionary.get(w) ? DICTIONARY_BOOST : 1));
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
    .slice(0, options.vocabulary ?? 500)
    .map(([word, count]) => ({ word, count }));
  return { keywords: out.slice(0, top), vocabulary };
}

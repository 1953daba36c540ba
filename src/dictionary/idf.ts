import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DICTIONARY_DIR } from './dictionary.js';

/** Bundled genre IDF file (derived by scripts/build-idf.mjs from public reports). */
export const GENRE_IDF_FILE = 'idf-genre.tsv';

/** Genre IDF lookups. */
export interface IdfTable {
  /** IDF of a word (words neither in the genre table nor prepared get jieba's median, rescaled). */
  get(word: string): number;
  /** Looks up jieba's IDF for words the genre table lacks, in one pass over jieba's file. */
  prepare(words: Iterable<string>): void;
}

let idfCache: IdfTable | undefined;

/** The report whose keywords make the jieba IDF table load whole (the first one scans for its words). */
const FULL_LOAD_AT = 2;

/**
 * Calls `found` with each word of jieba's IDF file and its IDF, or only with the words of `only`
 * (lines whose first character starts none of them are skipped without being cut out).
 */
function readJiebaIdf(only: ReadonlySet<string> | null, found: (word: string, idf: number) => void): void {
  const text = readFileSync(jiebaIdfFile(), 'utf8');
  const firsts = only ? new Set([...only].map((w) => w.charCodeAt(0))) : null;
  for (let i = 0; i < text.length; ) {
    const nl = text.indexOf('\n', i);
    const end = nl < 0 ? text.length : nl;
    if (!firsts || firsts.has(text.charCodeAt(i))) {
      const sp = text.lastIndexOf(' ', end);
      if (sp > i) {
        const w = text.slice(i, sp);
        if (!only || only.has(w)) found(w, Number(text.slice(sp + 1, end)));
      }
    }
    i = end + 1;
  }
}

/** jieba's general IDF file, shipped with @node-rs/jieba (always installed, unlike the optional nodejieba). */
function jiebaIdfFile(): string {
  const req = createRequire(import.meta.url);
  return join(dirname(req.resolve('@node-rs/jieba/package.json')), 'idf.txt');
}

/**
 * Summary statistics of jieba's IDF values (min, median, max), for rescaling; written into the
 * genre table's header by scripts/build-idf.mjs.
 *
 * @example
 * ```ts
 * const [min, median, max] = jiebaIdfStats();
 * ```
 */
export function jiebaIdfStats(): [number, number, number] {
  const values: number[] = [];
  for (const l of readFileSync(jiebaIdfFile(), 'utf8').split('\n')) {
    const sp = l.lastIndexOf(' ');
    if (sp > 0) values.push(Number(l.slice(sp + 1)));
  }
  values.sort((a, b) => a - b);
  return [values[0] ?? 0, values[values.length >> 1] ?? 0, values[values.length - 1] ?? 1];
}

/**
 * The IDF used for keywords: the genre table derived from reference reports
 * (`dictionaries/idf-genre.tsv`: idf = ln((N+1)/(df+0.5)), so a word found in every reference
 * report weighs almost nothing), with jieba's general IDF, rescaled into the genre table's
 * range, as the fallback for words the reference corpus lacks.
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
  let stats: number[] = [0, 0, 1];
  for (const line of readFileSync(join(DICTIONARY_DIR, GENRE_IDF_FILE), 'utf8').split('\n')) {
    if (line.startsWith('# documents\t')) n = Number(line.split('\t')[1]);
    if (line.startsWith('# jieba-idf\t')) stats = line.split('\t').slice(1).map(Number);
    if (!line || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    table.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  const [jMin, jMedian, jMax] = stats as [number, number, number];
  const idfOf = (df: number) => Math.log((n + 1) / (df + 0.5));
  const unseen = idfOf(0);
  const floor = idfOf(n);
  const rescale = (j: number) => floor + ((j - jMin) / (jMax - jMin || 1)) * (unseen - floor);
  const jieba = new Map<string, number>();
  let prepared = 0;
  let complete = false;
  idfCache = {
    get(w) {
      const df = table.get(w);
      return df !== undefined ? idfOf(df) : rescale(jieba.get(w) ?? jMedian);
    },
    prepare(words) {
      if (complete) return;
      const need = new Set<string>();
      for (const w of words) if (!table.has(w) && !jieba.has(w)) need.add(w);
      if (need.size === 0) return;
      // One report needs a few words: scan the file for them. A second report means a batch:
      // read it all, once per process (each pass over the 6 MB file cost a corpus run ~4 %).
      const all = ++prepared >= FULL_LOAD_AT;
      if (all) complete = true;
      readJiebaIdf(all ? null : need, (w, idf) => jieba.set(w, idf));
      if (!all) for (const w of need) if (!jieba.has(w)) jieba.set(w, jMedian);
    },
  };
  return idfCache;
}

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

/**
 * jieba's IDF file, indexed without cutting it into 350,000 strings: an open-addressing hash
 * table of line offsets over the file's text (a Map of every word held ~80 MB per worker).
 */
class JiebaIdfIndex {
  private readonly starts: Int32Array;
  private readonly lengths: Int32Array;
  private readonly mask: number;

  constructor(private readonly text: string) {
    let lines = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    let size = 1;
    while (size < lines * 2) size *= 2;
    this.mask = size - 1;
    this.starts = new Int32Array(size).fill(-1);
    this.lengths = new Int32Array(size);
    for (let i = 0; i < text.length; ) {
      const nl = text.indexOf('\n', i);
      const end = nl < 0 ? text.length : nl;
      const sp = text.lastIndexOf(' ', end);
      if (sp > i) {
        // a word listed twice keeps its last IDF, as a Map would
        const slot = this.slot(text, i, sp - i);
        this.starts[slot] = i;
        this.lengths[slot] = sp - i;
      }
      i = end + 1;
    }
  }

  /** jieba's IDF of `word`, or undefined when it is not listed. */
  get(word: string): number | undefined {
    const slot = this.slot(word, 0, word.length);
    const at = this.starts[slot]!;
    if (at < 0) return undefined;
    // the IDF is read on lookup: parsing all 270k of them was most of the cost of one report's index
    const from = at + word.length + 1;
    const nl = this.text.indexOf('\n', from);
    return Number(this.text.slice(from, nl < 0 ? this.text.length : nl));
  }

  /** The slot holding `s.slice(from, from + length)`, or the empty slot where it would go. */
  private slot(s: string, from: number, length: number): number {
    let h = 0x811c9dc5;
    for (let k = from; k < from + length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = this.starts[slot]!;
      if (at < 0) return slot;
      if (this.lengths[slot] === length && this.text.startsWith(s.slice(from, from + length), at)) return slot;
    }
  }
}

let jiebaIndex: JiebaIdfIndex | undefined;

/** jieba's IDF index, read on first use, once per process (or worker). */
function jiebaIdf(): JiebaIdfIndex {
  jiebaIndex ??= new JiebaIdfIndex(readFileSync(jiebaIdfFile(), 'utf8'));
  return jiebaIndex;
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
  idfCache = {
    get(w) {
      const df = table.get(w);
      return df !== undefined ? idfOf(df) : rescale(jieba.get(w) ?? jMedian);
    },
    prepare(words) {
      for (const w of words) if (!table.has(w) && !jieba.has(w)) jieba.set(w, jiebaIdf().get(w) ?? jMedian);
    },
  };
  return idfCache;
}

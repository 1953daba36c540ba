import { createRequire } from 'node:module';
import type { Token } from '../document/types.js';
import type { Dictionary } from '../dictionary/dictionary.js';
import { numberSpans } from './protect.js';
import { NODEJIEBA_MISSING, segmenterInfo, type SegmenterInfo } from './info.js';
import { TifaError, typeError } from '../util/errors.js';

const require = createRequire(import.meta.url);

/** The segmentation backends. */
export type SegmenterBackend = 'nodejieba' | 'node-rs-jieba';

/** The backends, default first: @node-rs/jieba installs prebuilt; nodejieba is an optional dependency. */
export const SEGMENTER_BACKENDS = ['node-rs-jieba', 'nodejieba'] as const satisfies readonly SegmenterBackend[];

/** The backend used when none is given: @node-rs/jieba (prebuilt, no compiler needed). */
export const DEFAULT_BACKEND: SegmenterBackend = 'node-rs-jieba';

/** Options for {@link Segmenter.cut}. */
export interface CutOptions {
  /** Tag parts of speech (slower). */
  pos?: boolean;
  /** Keep whitespace tokens (default false). */
  whitespace?: boolean;
}

/**
 * Splits text into tokens with exact offsets: `text.slice(t.start, t.end) === t.text`.
 * Dictionary terms and numbers (with their units) are never split.
 */
export interface Segmenter {
  readonly backend: SegmenterBackend;
  /**
   * What produces the tokens: backend, its version and a hash of the dictionary (for
   * reproducibility). Segmenters made by {@link createSegmenter} always have it.
   */
  readonly info?: SegmenterInfo;
  /**
   * @example
   * ```ts
   * segmenter.cut('开展廉政谈话120余人次').map((t) => t.text); // ['开展', '廉政谈话', '120余人次']
   * ```
   */
  cut(text: string, options?: CutOptions): Token[];
  /** Raw backend words, HMM on, no protection (for comparisons and keyword extraction). */
  rawCut(text: string): string[];
}

/** Options for {@link createSegmenter}. */
export interface SegmenterOptions {
  backend?: SegmenterBackend;
  /** Terms that must stay whole (and feed the backend's user dictionary). */
  dictionary?: Dictionary;
}

interface Backend {
  cut(s: string): string[];
  tag(s: string): Array<{ word: string; tag: string }>;
}

let nodejiebaLoaded: Set<string> | undefined;

/** Loads nodejieba on first use; its absence (a failed optional install) is a clear `tifa:` error. */
function requireNodejieba(): typeof import('nodejieba') {
  try {
    return require('nodejieba') as typeof import('nodejieba');
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'MODULE_NOT_FOUND' || code === 'ERR_DLOPEN_FAILED')
      throw new TifaError('ENOBACKEND', NODEJIEBA_MISSING, undefined, { cause: e });
    throw e;
  }
}

/**
 * Checks that a backend can be loaded, without loading its dictionary: a missing or unbuilt
 * nodejieba is a `tifa:` error saying how to install it.
 *
 * @example
 * ```ts
 * assertBackend('nodejieba'); // throws TifaError ENOBACKEND when nodejieba is not installed
 * ```
 */
export function assertBackend(backend: SegmenterBackend): void {
  if (backend === 'nodejieba') requireNodejieba();
  segmenterInfo(backend, undefined);
}

function nodejiebaBackend(dictionary: Dictionary | undefined): Backend {
  const nj = requireNodejieba();
  if (!nodejiebaLoaded) {
    nj.load();
    nodejiebaLoaded = new Set();
  }
  if (dictionary) {
    for (const s of dictionary.surfaces.keys()) {
      if (!nodejiebaLoaded.has(s)) {
        nj.insertWord(s, 'n');
        nodejiebaLoaded.add(s);
      }
    }
  }
  return { cut: (s) => nj.cut(s, true), tag: (s) => nj.tag(s) };
}

const rsCache = new Map<Dictionary | undefined, Backend>();

function nodeRsBackend(dictionary: Dictionary | undefined): Backend {
  let b = rsCache.get(dictionary);
  if (b) return b;
  const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
  const jieba = Jieba.withDict(dict);
  if (dictionary) {
    // @node-rs/jieba needs a frequency on user dictionary lines.
    const lines = [...dictionary.surfaces.keys()].map((s) => `${s} ${1000 * s.length} nz`).join('\n');
    jieba.loadDict(Buffer.from(`${lines}\n`));
  }
  b = { cut: (s) => jieba.cut(s, true), tag: (s) => jieba.tag(s, true) };
  rsCache.set(dictionary, b);
  return b;
}

/**
 * Creates a segmenter. The default backend is `node-rs-jieba` (the prebuilt @node-rs/jieba);
 * `nodejieba` (an optional dependency that compiles from source) is loaded only when asked
 * for. Both run with HMM on and keep dictionary terms and number+unit spans whole.
 *
 * @example
 * ```ts
 * const seg = createSegmenter({ dictionary: loadDictionary() });
 * seg.cut('压实全面从严治党主体责任');
 * ```
 */
export function createSegmenter(options: SegmenterOptions = {}): Segmenter {
  const backendName = options.backend ?? DEFAULT_BACKEND;
  if (!(SEGMENTER_BACKENDS as readonly string[]).includes(backendName))
    throw typeError(
      `unknown segmenter backend ${JSON.stringify(backendName)} (use ${SEGMENTER_BACKENDS.join(' or ')})`,
    );
  const dictionary = options.dictionary;
  const backend = backendName === 'nodejieba' ? nodejiebaBackend(dictionary) : nodeRsBackend(dictionary);
  return {
    backend: backendName,
    info: segmenterInfo(backendName, dictionary),
    rawCut: (text) => backend.cut(text),
    cut(text: string, cutOptions: CutOptions = {}): Token[] {
      if (typeof text !== 'string') throw typeError(`cut expects a string, got ${typeof text}`);
      return protectedCut(text, backend, dictionary, cutOptions);
    },
  };
}

const CHUNK = 1 << 18;
const WS = new Set([0x20, 0x0a, 0x0d, 0x09, 0x0c, 0x0b, 0xa0, 0x3000, 0x2028, 0x2029, 0xfeff]);

function protectedCut(
  text: string,
  backend: Backend,
  dictionary: Dictionary | undefined,
  options: CutOptions,
): Token[] {
  const n = text.length;
  if (n === 0) return [];
  // Protected spans: dictionary matches, and number spans that overlap none of them. Both are
  // found in one pass over the whole text each (a regex run per gap would rescan to the end).
  const prot: number[] = [];
  const kinds: string[] = [];
  const dict = dictionary ? dictionary.match(text) : [];
  const nums = numberSpans(text);
  let di = 0;
  for (let k = 0; k < nums.length || di < dict.length; ) {
    const ns = k < nums.length ? nums[k]! : Infinity;
    const d = dict[di];
    if (d && d.start <= ns) {
      prot.push(d.start, d.end);
      kinds.push('nz');
      // skip number spans overlapping this dictionary span
      while (k < nums.length && nums[k]! < d.end) k += 2;
      di++;
    } else {
      const ne = nums[k + 1]!;
      if (!d || ne <= d.start) {
        prot.push(ns, ne);
        kinds.push('m');
      }
      k += 2;
    }
  }

  // Backend words, with offsets: one native call per chunk of about 256k characters
  // (cut at a line break where there is one), since each call has a fixed cost.
  const words: string[] = [];
  const tags: string[] = [];
  let lineStart = 0;
  while (lineStart < n) {
    let lineEnd = n;
    if (n - lineStart > CHUNK) {
      const nl = text.lastIndexOf('\n', lineStart + CHUNK);
      lineEnd = nl > lineStart ? nl + 1 : lineStart + CHUNK;
      // never cut between the halves of a surrogate pair
      const c = text.charCodeAt(lineEnd - 1);
      if (c >= 0xd800 && c <= 0xdbff) lineEnd++;
    }
    const chunk = text.slice(lineStart, lineEnd);
    if (options.pos) {
      for (const w of backend.tag(chunk)) {
        words.push(w.word);
        tags.push(w.tag);
      }
    } else {
      for (const w of backend.cut(chunk)) words.push(w);
    }
    lineStart = lineEnd;
  }
  // Boundaries: backend word ends, minus those inside protected spans.
  const tokens: Token[] = [];
  let pos = 0;
  let p = 0; // index into protected spans
  let wi = 0;
  let wStart = 0;
  let wEnd = 0;
  const emit = (start: number, end: number, tag: string | undefined) => {
    if (end <= start) return;
    if (!options.whitespace && end - start === 1 && WS.has(text.charCodeAt(start))) return;
    const t = text.slice(start, end);
    if (!options.whitespace && end - start > 1 && t.trim() === '') return;
    const tok: Token = { text: t, start, end };
    if (options.pos && tag !== undefined) tok.pos = tag;
    tokens.push(tok);
  };
  while (pos < n) {
    const ps = p < prot.length ? prot[p]! : n + 1;
    const pe = p < prot.length ? prot[p + 1]! : n + 1;
    if (pos === ps) {
      emit(ps, pe, kinds[p / 2]);
      pos = pe;
      p += 2;
      continue;
    }
    // advance the backend word cursor to cover pos
    while (wEnd <= pos && wi < words.length) {
      wStart = wEnd;
      wEnd = wStart + words[wi]!.length;
      wi++;
    }
    if (wEnd <= pos) {
      // backend lost characters (should not happen): emit the rest as one token
      emit(pos, Math.min(n, ps), undefined);
      pos = Math.min(n, ps);
      continue;
    }
    const end = Math.min(wEnd, ps);
    emit(pos, end, tags[wi - 1]);
    pos = end;
  }
  return tokens;
}

import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Dictionary, DictionaryEntry } from '../dictionary/dictionary.js';
import { TifaError } from '../util/errors.js';
import { tifaVersion } from '../util/version.js';
import type { SegmenterBackend } from './segmenter.js';

const require = createRequire(import.meta.url);

/** What produced a segmentation, so that a result can be reproduced. */
export interface SegmenterInfo {
  /** The segmenter backend. */
  backend: SegmenterBackend;
  /** The installed version of the backend package (`@node-rs/jieba` or `nodejieba`). */
  backendVersion: string;
  /** sha256 (hex) of the dictionary's entries, one normalized line each, sorted; empty dictionary → hash of nothing. */
  dictionaryHash: string;
}

/** What produced a result: tifa's version and the segmenter that cut the text. */
export interface Producer extends SegmenterInfo {
  /** tifa's version. */
  tifa: string;
}

/** What a user who asks for nodejieba without having it installed is told. */
export const NODEJIEBA_MISSING =
  'the nodejieba backend is not installed: npm install nodejieba (needs a C++ toolchain), or use the default node-rs-jieba backend';

const PACKAGE_OF: Record<SegmenterBackend, string> = { 'node-rs-jieba': '@node-rs/jieba', nodejieba: 'nodejieba' };

function backendVersion(backend: SegmenterBackend): string {
  try {
    return (require(`${PACKAGE_OF[backend]}/package.json`) as { version: string }).version;
  } catch (e) {
    throw new TifaError('ENOBACKEND', NODEJIEBA_MISSING, undefined, { cause: e });
  }
}

/** One line per entry, without where it was loaded from (paths differ between machines). */
function entryLine(e: DictionaryEntry): string {
  return [e.term, e.category, e.kind, e.aliases.join('|'), e.members.join('、'), e.since ?? ''].join('\t');
}

const hashes = new WeakMap<Dictionary, string>();

/**
 * sha256 of a dictionary's sorted entry lines: two dictionaries with the same entries, loaded
 * from anywhere in any order, hash the same.
 *
 * @example
 * ```ts
 * dictionaryHash(loadDictionary()).length; // 64
 * ```
 */
export function dictionaryHash(dictionary: Dictionary | undefined): string {
  if (!dictionary) return createHash('sha256').digest('hex');
  let h = hashes.get(dictionary);
  if (h === undefined) {
    const lines = dictionary.entries.map(entryLine).sort();
    h = createHash('sha256').update(lines.join('\n')).digest('hex');
    hashes.set(dictionary, h);
  }
  return h;
}

/**
 * Describes a segmenter without loading it: backend, backend version, dictionary hash.
 *
 * @example
 * ```ts
 * segmenterInfo('node-rs-jieba', loadDictionary()).backendVersion; // '2.0.3'
 * ```
 */
export function segmenterInfo(backend: SegmenterBackend, dictionary: Dictionary | undefined): SegmenterInfo {
  return { backend, backendVersion: backendVersion(backend), dictionaryHash: dictionaryHash(dictionary) };
}

/**
 * The producer record of a result: tifa's version plus {@link segmenterInfo}.
 *
 * @example
 * ```ts
 * producerOf(segmenterInfo('node-rs-jieba', loadDictionary())).tifa; // '0.1.0'
 * ```
 */
export function producerOf(info: SegmenterInfo): Producer {
  return { tifa: tifaVersion(), ...info };
}

import chardet from 'chardet';
import { TifaError } from '../util/errors.js';

/** The encodings tifa recognizes in input bytes. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

/** Decoded text together with the encoding that was detected. */
export interface Decoded {
  text: string;
  encoding: Encoding;
}

const CONTROL_LIMIT = 0.01;
/** Characters looked at for control characters. */
const CONTROL_SAMPLE = 1 << 16;
/** Characters looked at when judging a decoding. */
const SAMPLE_CHARS = 1 << 14;
/** Below this share of plausible characters (among non-ASCII ones) a decoding is nonsense. */
export const MIN_PLAUSIBLE = 0.85;
/** Fewer non-ASCII characters than this are too few to judge a decoding by. */
const MIN_JUDGED = 20;
/** chardet confidence (0–100) by which a non-Chinese guess must beat the best Chinese one to be believed. */
const FOREIGN_MARGIN = 10;
/** A decoding with this much larger a share of common characters beats chardet's preference. */
const CLEARLY_MORE_PLAUSIBLE = 0.1;

function controlRatio(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  const n = Math.min(text.length, CONTROL_SAMPLE);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) bad++;
  }
  return bad / n;
}

let commonHan: Uint8Array | undefined;

/** Decodes every two-byte sequence `lead, trail` of the given ranges in one call (one character each). */
function decodeRange(label: string, leads: [number, number], trails: Array<[number, number]>): string {
  const bytes: number[] = [];
  for (let lead = leads[0]; lead <= leads[1]; lead++)
    for (const [a, b] of trails) for (let t = a; t <= b; t++) bytes.push(lead, t);
  return new TextDecoder(label).decode(Uint8Array.from(bytes));
}

/**
 * The commonly used Chinese characters, as a lookup table by code point: GB2312 level 1
 * (3,755 simplified) and Big5's frequently used set (5,401 traditional), read from the two
 * encodings' byte ranges.
 */
function commonCharacters(): Uint8Array {
  if (commonHan) return commonHan;
  const table = new Uint8Array(0x10000);
  const chars =
    decodeRange('gb18030', [0xb0, 0xd7], [[0xa1, 0xfe]]) +
    decodeRange(
      'big5',
      [0xa4, 0xc6],
      [
        [0x40, 0x7e],
        [0xa1, 0xfe],
      ],
    );
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  commonHan = table;
  return table;
}

function isPunctuation(c: number): boolean {
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x206f) || c === 0xb7;
}

/**
 * The share of a text's non-ASCII characters that are common Chinese characters or
 * punctuation, and how many were judged. Big5 bytes decoded as GBK score about 0.4, GBK
 * bytes as Big5 about 0.5, UTF-16 read the wrong way round about 0.1; real reports, the
 * 1954 one included, score over 0.98.
 *
 * @example
 * ```ts
 * plausibility('全年召开会议36次').share; // 1
 * ```
 */
export function plausibility(text: string): { share: number; judged: number } {
  const common = commonCharacters();
  let judged = 0;
  let plausible = 0;
  let i = 0;
  for (const ch of text) {
    if (++i > SAMPLE_CHARS) break;
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    judged++;
    if ((c < 0x10000 && common[c] === 1) || isPunctuation(c)) plausible++;
  }
  return { share: judged === 0 ? 1 : plausible / judged, judged };
}

function implausible(d: Decoded): boolean {
  const p = plausibility(d.text);
  return p.judged >= MIN_JUDGED && p.share < MIN_PLAUSIBLE;
}

/**
 * Decodes report bytes: UTF-8 (with or without BOM), UTF-16 (with or without BOM), GB18030/GBK
 * (a superset of GB2312, common on government sites) or Big5 (Taiwan, Hong Kong), told apart
 * by chardet's character statistics. Binary data, empty input and bytes that decode to nonsense
 * (mostly rare or foreign characters) raise a {@link TifaError} naming `source`.
 *
 * @example
 * ```ts
 * const { text, encoding } = decodeBytes(fs.readFileSync('report.txt'), 'report.txt');
 * ```
 */
export function decodeBytes(bytes: Uint8Array, source: string): Decoded {
  if (bytes.length === 0) throw new TifaError('EEMPTY', `tifa: ${source}: the file is empty`, source);
  let decoded: Decoded | undefined;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    decoded = strict(bytes.subarray(3), 'utf-8', 'utf-8-bom', source);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = strict(bytes.subarray(2), 'utf-16le', 'utf-16le', source);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = strict(bytes.subarray(2), 'utf-16be', 'utf-16be', source);
  } else {
    decoded = decodeWithoutBom(bytes, source);
  }
  if (controlRatio(decoded.text) > CONTROL_LIMIT) {
    throw new TifaError(
      'EBINARY',
      `tifa: ${source}: looks like a binary file (too many control characters after decoding as ${decoded.encoding})`,
      source,
    );
  }
  if (implausible(decoded)) {
    const share = plausibility(decoded.text).share;
    throw new TifaError(
      'EDECODE',
      `tifa: ${source}: decoding as ${decoded.encoding} gives mostly rare or foreign characters (${Math.round(share * 100)}% common Chinese); the file is not Chinese text in UTF-8, UTF-16, GB18030 or Big5`,
      source,
    );
  }
  if (decoded.text.trim().length === 0) {
    throw new TifaError('EEMPTY', `tifa: ${source}: the file holds only whitespace`, source);
  }
  return decoded;
}

function tryDecode(bytes: Uint8Array, label: string, encoding: Encoding): Decoded | undefined {
  try {
    const text = new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding };
  } catch {
    return undefined;
  }
}

function strict(bytes: Uint8Array, label: string, encoding: Encoding, source: string): Decoded {
  const d = tryDecode(bytes, label, encoding);
  if (!d)
    throw new TifaError(
      'EDECODE',
      `tifa: ${source}: the byte-order mark says ${encoding} but the bytes do not decode as ${encoding}`,
      source,
    );
  return d;
}

/** Bytes without a byte-order mark: UTF-16 if they hold NULs, else UTF-8, else GB18030 or Big5. */
function decodeWithoutBom(bytes: Uint8Array, source: string): Decoded {
  if (bytes.includes(0)) {
    const utf16 =
      bytes.length % 2 === 0
        ? bestOf([tryDecode(bytes, 'utf-16le', 'utf-16le'), tryDecode(bytes, 'utf-16be', 'utf-16be')])
        : undefined;
    if (utf16 && !implausible(utf16) && controlRatio(utf16.text) <= CONTROL_LIMIT) return utf16;
    throw new TifaError(
      'EBINARY',
      `tifa: ${source}: looks like a binary file (it contains NUL bytes), not a text report`,
      source,
    );
  }
  const decoded = tryDecode(bytes, 'utf-8', 'utf-8') ?? decodeLegacy(bytes, source);
  if (!decoded) {
    throw new TifaError(
      'EDECODE',
      `tifa: ${source}: cannot decode the bytes as UTF-8, UTF-16, GB18030/GBK or Big5`,
      source,
    );
  }
  return decoded;
}

const LANGUAGE: Record<string, string> = { ko: 'Korean', ja: 'Japanese' };
/** Multi-byte encodings whose byte pairs are also valid GB18030 or Big5. */
const FOREIGN_MULTIBYTE = /^(?:EUC-KR|EUC-JP|Shift_JIS|ISO-2022-(?:KR|JP))$/;

/**
 * Bytes that are not UTF-8: chardet's statistics tell GB18030 from Big5 (and both from Korean
 * EUC-KR or Japanese Shift_JIS, whose byte pairs are valid GB18030 but read as gibberish).
 */
function decodeLegacy(bytes: Uint8Array, source: string): Decoded | undefined {
  const guesses = chardet.analyse(bytes);
  const chinese = guesses.find((g) => g.name === 'GB18030' || g.name === 'Big5');
  const top = guesses[0];
  const foreign = top && top !== chinese && FOREIGN_MULTIBYTE.test(top.name) && top.lang && LANGUAGE[top.lang];
  if (foreign && top.confidence > (chinese?.confidence ?? 0) + FOREIGN_MARGIN) {
    const language = LANGUAGE[top.lang!]!;
    throw new TifaError(
      'EDECODE',
      `tifa: ${source}: the bytes read as ${language} (${top.name}), not Chinese; as GB18030 or Big5 they would be gibberish`,
      source,
    );
  }
  const first = chinese?.name === 'Big5' ? 'big5' : 'gb18030';
  const second = first === 'big5' ? 'gb18030' : 'big5';
  const preferred = tryDecode(bytes, first, first);
  const other = tryDecode(bytes, second, second);
  if (!preferred || !other) return preferred ?? other;
  // Short texts fool the statistics: then the decoding made of common characters wins.
  const margin = plausibility(other.text).share - plausibility(preferred.text).share;
  return margin > CLEARLY_MORE_PLAUSIBLE ? other : preferred;
}

/** The decoding that reads most like Chinese (the first on a tie). */
function bestOf(candidates: Array<Decoded | undefined>): Decoded | undefined {
  let best: Decoded | undefined;
  let bestShare = -1;
  for (const d of candidates) {
    if (!d) continue;
    const share = plausibility(d.text).share;
    if (share > bestShare) [best, bestShare] = [d, share];
  }
  return best;
}

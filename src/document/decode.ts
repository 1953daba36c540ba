import { TifaError } from '../util/errors.js';

/** The encodings tifa recognizes in input bytes. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Decoded text together with the encoding that was detected. */
export interface Decoded {
  text: string;
  encoding: Encoding;
}

const CONTROL_LIMIT = 0.01;

function controlRatio(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  const n = Math.min(text.length, 1 << 16);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) bad++;
  }
  return bad / n;
}

/**
 * Decodes report bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030/GBK
 * (a superset of GB2312, common on government sites). Binary data, empty input and bytes
 * that decode in none of these raise a {@link TifaError} naming `source`.
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
    if (bytes.includes(0)) {
      throw new TifaError(
        'EBINARY',
        `tifa: ${source}: looks like a binary file (it contains NUL bytes), not a text report`,
        source,
      );
    }
    decoded = tryDecode(bytes, 'utf-8', 'utf-8') ?? tryDecode(bytes, 'gb18030', 'gb18030');
    if (!decoded) {
      throw new TifaError(
        'EDECODE',
        `tifa: ${source}: cannot decode the bytes as UTF-8, UTF-16 (with BOM) or GB18030/GBK`,
        source,
      );
    }
  }
  if (controlRatio(decoded.text) > CONTROL_LIMIT) {
    throw new TifaError(
      'EBINARY',
      `tifa: ${source}: looks like a binary file (too many control characters after decoding as ${decoded.encoding})`,
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

import { zipEntries } from './zip.js';

/** The formats tifa reads. */
export type DocumentFormat = 'txt' | 'docx' | 'doc' | 'pdf' | 'html';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF_MAGIC = '%PDF-';
/** How far into a file `%PDF-` may start (some writers put junk before it). */
const PDF_MAGIC_WINDOW = 1024;
/** How much of a text file is looked at to decide whether it is HTML. */
const HTML_SNIFF_BYTES = 2048;
const HTML_START = /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s)/i;

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * Recognises a document's format from its bytes (magic numbers), not its name:
 * a zip holding `word/document.xml` is docx, `D0 CF 11 E0` (OLE) is a Word 97–2003 `.doc`,
 * `%PDF-` is PDF, text starting with `<!DOCTYPE html`/`<html` is HTML, the rest is text.
 * A zip that is not a Word file is returned as `zip`, so the caller can refuse it.
 *
 * @example
 * ```ts
 * detectFormat(readFileSync('report.pdf')); // 'pdf'
 * detectFormat(new TextEncoder().encode('一、总体情况')); // 'txt'
 * ```
 */
export function detectFormat(bytes: Uint8Array): DocumentFormat | 'zip' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5)) {
    const entries = zipEntries(bytes);
    return entries?.some((e) => e.name === 'word/document.xml') ? 'docx' : 'zip';
  }
  if (startsWith(bytes, OLE_MAGIC)) return 'doc';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PDF_MAGIC_WINDOW));
  if (head.includes(PDF_MAGIC) && head.indexOf(PDF_MAGIC) < PDF_MAGIC_WINDOW - PDF_MAGIC.length) {
    return 'pdf';
  }
  if (HTML_START.test(sniffText(bytes.subarray(0, HTML_SNIFF_BYTES)))) return 'html';
  return 'txt';
}

/** The first bytes as ASCII-compatible text (UTF-16 folded to ASCII), for sniffing markup. */
function sniffText(bytes: Uint8Array): string {
  const utf16le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const utf16be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (utf16le || utf16be) return new TextDecoder(utf16le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return new TextDecoder('latin1').decode(bytes.subarray(start));
}

import { TifaError } from '../../util/errors.js';

/** An entry of a zip file's central directory, read before anything is decompressed. */
export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

/** Largest uncompressed size tifa accepts for one entry of a Word file (a 1,000-page report is ~10 MB). */
export const MAX_ZIP_ENTRY_BYTES = 64 * 1024 * 1024;
/** Largest uncompressed size of all entries together. */
export const MAX_ZIP_TOTAL_BYTES = 256 * 1024 * 1024;
/** Compression ratio above which a large entry is taken for a zip bomb (XML compresses ~10:1). */
export const MAX_ZIP_RATIO = 200;
/** Entries smaller than this are not checked for their ratio. */
const RATIO_FLOOR_BYTES = 1024 * 1024;
const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;
const CENTRAL_HEADER = 46;

/**
 * Lists the entries of a zip archive from its central directory, without decompressing.
 * Returns null when the bytes hold no readable central directory.
 *
 * @example
 * ```ts
 * zipEntries(docxBytes)?.some((e) => e.name === 'word/document.xml'); // true for a .docx
 * ```
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  const lowest = Math.max(0, bytes.length - EOCD_MIN - MAX_COMMENT);
  for (let i = bytes.length - EOCD_MIN; i >= lowest; i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (p + CENTRAL_HEADER > bytes.length || view.getUint32(p, true) !== CENTRAL_SIGNATURE) return null;
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    entries.push({
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      name: decoder.decode(bytes.subarray(p + CENTRAL_HEADER, p + CENTRAL_HEADER + nameLength)),
    });
    p += CENTRAL_HEADER + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Refuses an archive whose declared sizes make it a zip bomb: one entry over
 * {@link MAX_ZIP_ENTRY_BYTES}, all over {@link MAX_ZIP_TOTAL_BYTES}, or a large entry
 * compressed more than {@link MAX_ZIP_RATIO} to 1.
 *
 * @example
 * ```ts
 * checkZipSizes(zipEntries(bytes)!, 'report.docx');
 * ```
 */
export function checkZipSizes(entries: ZipEntry[], source: string): void {
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    const bomb =
      e.uncompressedSize > MAX_ZIP_ENTRY_BYTES ||
      total > MAX_ZIP_TOTAL_BYTES ||
      (e.uncompressedSize > RATIO_FLOOR_BYTES && ratio > MAX_ZIP_RATIO) ||
      e.uncompressedSize === 0xffffffff;
    if (bomb) {
      const mb = (e.uncompressedSize / 1048576).toFixed(0);
      throw new TifaError(
        'EZIPBOMB',
        `tifa: ${source}: refused: ${e.name} would unpack to ${mb} MB (compressed ${ratio.toFixed(0)}:1); not a plausible Word document`,
        source,
      );
    }
  }
}

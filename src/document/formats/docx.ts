import { TifaError } from '../../util/errors.js';
import { blockLines, type DomNode } from './blocks.js';
import { libraries } from './lazy.js';
import { checkZipSizes, zipEntries } from './zip.js';

/**
 * The text of a Word (.docx) file, through mammoth: paragraphs and headings as lines, each
 * table cell on its own line. The zip's declared sizes are checked first, so a zip bomb is
 * refused before anything is unpacked.
 *
 * @example
 * ```ts
 * const text = await docxText(readFileSync('report.docx'), 'report.docx');
 * ```
 */
export async function docxText(bytes: Uint8Array, source: string): Promise<string> {
  const entries = zipEntries(bytes);
  if (!entries) throw new TifaError('ECORRUPT', `tifa: ${source}: the Word file is damaged (no zip directory)`, source);
  checkZipSizes(entries, source);
  let html: string;
  try {
    const result = await libraries.mammoth().convertToHtml({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    });
    html = result.value;
  } catch (e) {
    throw new TifaError(
      'ECORRUPT',
      `tifa: ${source}: cannot read the Word file (${(e as Error).message.split('\n')[0]})`,
      source,
      { cause: e },
    );
  }
  const { document } = libraries.html().parseHTML(`<html><body>${html}</body></html>`);
  return blockLines(document.body as unknown as DomNode).join('\n');
}

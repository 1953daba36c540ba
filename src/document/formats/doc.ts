import { TifaError } from '../../util/errors.js';
import { libraries } from './lazy.js';

/** How to convert what tifa cannot read itself. */
export const CONVERT_HINT = 'convert it to .docx or .txt, e.g. `libreoffice --headless --convert-to docx FILE`';

/**
 * The body text of a Word 97–2003 (.doc) file, through word-extractor. Other files in the
 * same container format (OLE: .wps, .xls, .ppt) are refused with a way to convert them.
 *
 * @example
 * ```ts
 * const text = await docText(readFileSync('1998年政府工作报告.doc'), '1998年政府工作报告.doc');
 * ```
 */
export async function docText(bytes: Uint8Array, source: string): Promise<string> {
  let body: string;
  try {
    const WordExtractor = libraries.wordExtractor();
    const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    body = doc.getBody();
  } catch (e) {
    throw new TifaError(
      'EFORMAT',
      `tifa: ${source}: cannot read this Word 97–2003/OLE file (${(e as Error).message.split('\n')[0]}); ${CONVERT_HINT}`,
      source,
      { cause: e },
    );
  }
  return body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[\t ]+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
}

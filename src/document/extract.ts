import { readReportFile } from './document.js';
import { type ExtractedText, extractText } from './formats/index.js';

/**
 * The text of a report file that every offset tifa outputs points into, as `tifa extract FILE`
 * prints it: the decoded text of a text file, the extracted text of a Word, PDF or HTML file.
 * `-` reads `stdin`.
 *
 * @example
 * ```ts
 * const { text, format } = await extractFile('report.pdf');
 * text.slice(claim.start, claim.end); // the claim as written
 * ```
 */
export async function extractFile(path: string, stdin?: () => Promise<Uint8Array>): Promise<ExtractedText> {
  if (path === '-') {
    if (!stdin) throw new TypeError('tifa: extractFile("-") needs a stdin reader');
    return extractText(await stdin(), '<stdin>');
  }
  return extractText(await readReportFile(path), path);
}

import { extname } from 'node:path';
import { TifaError } from '../../util/errors.js';
import { decodeBytes, type Encoding } from '../decode.js';
import { detectFormat, type DocumentFormat } from './detect.js';
import { CONVERT_HINT, docText } from './doc.js';
import { docxText } from './docx.js';
import { htmlText } from './html.js';
import { pdfText } from './pdf.js';

export type { DocumentFormat } from './detect.js';
export { detectFormat } from './detect.js';

/** The text of a document file, before the document model is built. */
export interface ExtractedText {
  /** The text offsets point into: what `tifa extract FILE` prints. */
  text: string;
  format: DocumentFormat;
  /** The character encoding of a text or HTML file; null for formats that carry Unicode themselves (docx, doc, pdf). */
  encoding: Encoding | null;
  /** For a PDF: the offset in `text` at which each page starts. */
  pageStarts?: number[];
}

/** File name endings that promise a binary document format. */
const BINARY_ENDINGS: Record<string, string> = {
  '.pdf': 'a PDF',
  '.docx': 'a Word (.docx) file',
  '.doc': 'a Word 97–2003 file',
  '.wps': 'a WPS file',
};

function checkName(format: DocumentFormat | 'zip', source: string): void {
  if (format === 'zip')
    throw new TifaError(
      'EFORMAT',
      `tifa: ${source}: looks like a binary file (a zip archive without word/document.xml), not a report; ${CONVERT_HINT}`,
      source,
    );
  const promised = BINARY_ENDINGS[extname(source).toLowerCase()];
  if (promised && (format === 'txt' || format === 'html'))
    throw new TifaError(
      'EFORMAT',
      `tifa: ${source}: named like ${promised} but holds ${format === 'html' ? 'HTML' : 'plain text'} (no ${promised} signature); rename it to .${format} to read it as such`,
      source,
    );
}

/**
 * Extracts the text of a text or HTML file (the formats read without waiting).
 * Returns null for docx, doc and PDF, which need {@link extractText}.
 *
 * @example
 * ```ts
 * extractTextSync(Buffer.from('<!DOCTYPE html><title>报告</title><p>一、总体情况</p>'), 'a.html')?.format; // 'html'
 * ```
 */
export function extractTextSync(bytes: Uint8Array, source: string): ExtractedText | null {
  const format = detectFormat(bytes);
  checkName(format, source);
  if (format === 'txt') {
    const { text, encoding } = decodeBytes(bytes, source);
    return { text, format, encoding };
  }
  if (format === 'html') {
    const { text, encoding } = decodeBytes(bytes, source);
    const article = htmlText(text, source);
    if (article.trim().length === 0)
      throw new TifaError('EEMPTY', `tifa: ${source}: the web page holds no text`, source);
    return { text: article, format, encoding };
  }
  return null;
}

/**
 * Extracts the text of a document file of any supported format, recognised by its bytes:
 * text (UTF-8, UTF-16, GB18030, Big5), HTML (the article, through Readability), Word .docx
 * (mammoth), Word 97–2003 .doc (word-extractor) and PDF (pdf.js, with page boundaries).
 * Everything that cannot be read raises a {@link TifaError} naming `source` and the reason.
 *
 * @example
 * ```ts
 * const { text, format, pageStarts } = await extractText(readFileSync('report.pdf'), 'report.pdf');
 * ```
 */
export async function extractText(bytes: Uint8Array, source: string): Promise<ExtractedText> {
  const quick = extractTextSync(bytes, source);
  if (quick) return quick;
  const format = detectFormat(bytes) as DocumentFormat;
  let extracted: ExtractedText;
  if (format === 'pdf') {
    const { text, pageStarts } = await pdfText(bytes, source);
    extracted = { text, format, encoding: null, pageStarts };
  } else if (format === 'docx') extracted = { text: await docxText(bytes, source), format, encoding: null };
  else extracted = { text: await docText(bytes, source), format, encoding: null };
  if (extracted.text.trim().length === 0)
    throw new TifaError('EEMPTY', `tifa: ${source}: the ${format} file holds no text`, source);
  return extracted;
}

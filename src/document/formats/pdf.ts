import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { TifaError } from '../../util/errors.js';
import { dropRunningLines, joinPages, pageLines, type TextRun } from './pdf-layout.js';

/** Most pages read from one PDF. */
export const MAX_PDF_PAGES = 2000;
/** Time budget for reading one PDF; a file that takes longer is refused. */
export const PDF_TIME_LIMIT_MS = 60_000;
/** Fewer text characters than this per page on average means there is no text layer (a scan). */
const MIN_CHARS_PER_PAGE = 20;
const OCR_HINT = 'run OCR first, e.g. `ocrmypdf -l chi_sim in.pdf out.pdf`';

/** Text of a PDF and where each of its pages starts in that text. */
export interface PdfText {
  text: string;
  pageStarts: number[];
}

interface PdfJsItem {
  str?: string;
  transform?: number[];
  width?: number;
}

function assetDir(name: string): string {
  const pkg = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
  return `${join(dirname(pkg), name)}/`;
}

function toRuns(items: PdfJsItem[]): TextRun[] {
  const runs: TextRun[] = [];
  for (const it of items) {
    if (typeof it.str !== 'string' || !it.transform) continue;
    const [a = 0, b = 0, , , x = 0, y = 0] = it.transform;
    runs.push({ str: it.str, x, y, width: it.width ?? 0, size: Math.hypot(a, b) || 1 });
  }
  return runs;
}

function openError(e: unknown, source: string): TifaError {
  const name = (e as Error)?.name ?? '';
  const message = ((e as Error)?.message ?? String(e)).split('\n')[0];
  if (name === 'PasswordException')
    return new TifaError(
      'EENCRYPTED',
      `tifa: ${source}: the PDF is encrypted (needs a password); save an unprotected copy`,
      source,
      { cause: e },
    );
  return new TifaError('ECORRUPT', `tifa: ${source}: cannot read the PDF (${message})`, source, { cause: e });
}

/**
 * The text of a PDF through pdf.js: lines rebuilt from positioned text, running headers and
 * footers and page numbers dropped, lines broken by layout joined. A PDF without a text
 * layer (a scan), an encrypted or damaged one raises a {@link TifaError} that says so.
 *
 * @example
 * ```ts
 * const { text, pageStarts } = await pdfText(readFileSync('report.pdf'), 'report.pdf');
 * ```
 */
export async function pdfText(bytes: Uint8Array, source: string): Promise<PdfText> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const started = Date.now();
  const task = getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: assetDir('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetDir('standard_fonts'),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (e) {
    await task.destroy();
    throw openError(e, source);
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES)
      throw new TifaError(
        'ETOOBIG',
        `tifa: ${source}: the PDF has ${pdf.numPages} pages (at most ${MAX_PDF_PAGES} are read)`,
        source,
      );
    const pages = [];
    let chars = 0;
    for (let p = 1; p <= pdf.numPages; p++) {
      if (Date.now() - started > PDF_TIME_LIMIT_MS)
        throw new TifaError(
          'ETIMEOUT',
          `tifa: ${source}: reading the PDF took over ${PDF_TIME_LIMIT_MS / 1000} s (page ${p})`,
          source,
        );
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      const lines = pageLines(toRuns(content.items as PdfJsItem[]));
      for (const l of lines) chars += l.text.replace(/\s/g, '').length;
      pages.push(lines);
      page.cleanup();
    }
    if (chars < MIN_CHARS_PER_PAGE * pdf.numPages)
      throw new TifaError(
        'ESCANNED',
        `tifa: ${source}: the PDF has no text layer (a scanned document?); ${OCR_HINT}`,
        source,
      );
    return joinPages(dropRunningLines(pages));
  } catch (e) {
    if (e instanceof TifaError) throw e;
    throw openError(e, source);
  } finally {
    await pdf.destroy();
  }
}

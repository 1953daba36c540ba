// The bundled report as .txt, .docx, .pdf (printed by Chromium, with its running headers and
// footers) and .html gives the same claims, formulations and term counts; the fixtures are
// built here. PDF findings carry their page, and every offset points into the extracted text.
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../src/document/document.js';
import { detectFormat } from '../../src/document/formats/detect.js';
import { extractText } from '../../src/document/formats/index.js';
import type { TifaDocument } from '../../src/document/types.js';
import { analyzeDocument, type TifaResult } from '../../src/pipeline/analyze.js';
import { printPdf, reportDocx, reportHtml } from '../fixtures/documents.js';
import { seedText } from '../helpers.js';

/** What must not depend on the format: claims (as written, value, approximation), formulations, term counts. */
function findings(r: TifaResult) {
  return {
    claims: (r.claims ?? []).map((c) => `${c.text}=${c.value}|${c.min}|${c.max}|${c.unit}|${c.approx}`),
    formulations: (r.slogans ?? [])
      .filter((s) => s.kind === 'numbered')
      .map((s) => `${s.canonical}×${s.count}`)
      .sort(),
    terms: (r.terms ?? []).map((t) => `${t.term}×${t.count}`).sort(),
  };
}

const docs: Record<string, TifaDocument> = {};
const results: Record<string, TifaResult> = {};

beforeAll(async () => {
  const text = seedText();
  const html = reportHtml(text);
  const files: Record<string, Uint8Array> = {
    txt: Buffer.from(text),
    html: Buffer.from(html),
    docx: await reportDocx(text),
    pdf: await printPdf(reportHtml(text, { chrome: false })),
  };
  for (const [name, bytes] of Object.entries(files)) {
    docs[name] = await readDocument(bytes, { source: `report.${name}` });
    results[name] = analyzeDocument(docs[name]!);
  }
});

describe('one report in four formats', () => {
  it('recognises each format by its bytes', () => {
    expect(Object.fromEntries(Object.entries(docs).map(([k, d]) => [k, d.format]))).toEqual({
      txt: 'txt',
      html: 'html',
      docx: 'docx',
      pdf: 'pdf',
    });
  });

  it.each(['html', 'docx', 'pdf'])('%s gives the same claims, formulations and term counts as the text', (name) => {
    const expected = findings(results.txt!);
    expect(expected.claims.length).toBeGreaterThan(20);
    expect(findings(results[name]!)).toEqual(expected);
  });

  it('keeps the web page article, not its navigation, related links, footer or scripts', () => {
    const text = docs.html!.text;
    expect(text.startsWith('市委组织部党组2025年度政治生态分析研判报告\n')).toBe(true);
    for (const junk of ['首页', '相关阅读', '版权所有', 'dataLayer']) expect(text).not.toContain(junk);
  });

  it('drops the PDF running headers, footers and page numbers, and joins lines broken by layout', () => {
    const text = docs.pdf!.text;
    expect(text).not.toMatch(/file:|\d+\/\d+\s*$|\d{1,2}\/\d{1,2}\/\d{2}, /m);
    expect(text.split('市委组织部党组2025年度政治生态分析研判报告').length).toBe(2);
    const paragraphs = seedText()
      .split('\n')
      .filter((l) => l.trim());
    expect(text.split('\n')).toEqual(paragraphs.map((l) => l.trim()));
  });

  it('gives every PDF claim its page, and offsets into the extracted text', () => {
    const pdf = docs.pdf!;
    expect(pdf.pageStarts!.length).toBeGreaterThan(2);
    const claims = results.pdf!.claims!;
    for (const c of claims) {
      expect(pdf.text.slice(c.start, c.end)).toBe(c.text);
      expect(c.page).toBe(pdf.pageStarts!.filter((s) => s <= c.start).length);
    }
    expect(claims[0]!.page).toBe(1);
    expect(claims.at(-1)!.page).toBe(pdf.pageStarts!.length);
    expect(results.txt!.claims!.every((c) => c.page === undefined)).toBe(true);
  });

  it('extractText gives the text offsets point into', async () => {
    const extracted = await extractText(Buffer.from(reportHtml(seedText())), 'a.html');
    expect(extracted.text).toBe(docs.html!.text);
    expect(results.html!.document.format).toBe('html');
  });
});

describe('detectFormat', () => {
  it('goes by content, not by name', async () => {
    expect(detectFormat(await reportDocx('标题\n正文'))).toBe('docx');
    expect(detectFormat(Buffer.from('%PDF-1.4\n'))).toBe('pdf');
    expect(detectFormat(Buffer.from('\ufeff  <!doctype html><p>x'))).toBe('html');
    expect(detectFormat(Buffer.from('<p>一、总体情况</p>'))).toBe('txt');
    expect(detectFormat(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe('doc');
  });
});

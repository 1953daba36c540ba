// Bad documents: a zip bomb named .docx, a zip that is not a Word file, an encrypted, a damaged
// and a scanned (text-less) PDF, a .pdf that is really text, an OLE file word-extractor cannot
// read, HTML with megabytes of script or of markup, Big5 read as GBK would be nonsense. Each
// gives one `tifa: FILE: …` error saying what is wrong, and the rest of a batch still runs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeCorpusStream, listCorpus } from '../../src/compare/corpus.js';
import { readDocument } from '../../src/document/document.js';
import { TifaError } from '../../src/util/errors.js';
import { encryptedPdf, minimalPdf, reportDocx, reportHtml, zipArchive } from '../fixtures/documents.js';
import { seedText } from '../helpers.js';

/** The error reading `bytes` named `name` raises (fails the test when there is none). */
async function failure(bytes: Uint8Array, name: string): Promise<TifaError> {
  try {
    await readDocument(bytes, { source: name });
  } catch (e) {
    expect(e).toBeInstanceOf(TifaError);
    expect((e as TifaError).message.startsWith(`tifa: ${name}: `)).toBe(true);
    return e as TifaError;
  }
  throw new Error(`${name} was read without an error`);
}

/** A real .docx with a 40 MB run of zeros added (compressed about 1000:1). */
async function zipBomb(): Promise<Buffer> {
  return zipArchive([
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types/>') },
    { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
    { name: 'word/media/image1.bin', data: Buffer.alloc(40 * 1024 * 1024), deflate: true },
  ]);
}

describe('bad documents', () => {
  it('refuses a zip bomb named .docx before unpacking it', async () => {
    const e = await failure(await zipBomb(), 'bomb.docx');
    expect(e.code).toBe('EZIPBOMB');
    expect(e.message).toContain('word/media/image1.bin');
  });

  it('refuses a zip that is not a Word document, and names a way to convert', async () => {
    const zip = zipArchive([{ name: 'content.xml', data: Buffer.from('<office:document/>') }]);
    const e = await failure(zip, 'report.odt');
    expect(e.code).toBe('EFORMAT');
    expect(e.message).toMatch(/looks like a binary file \(a zip archive without word\/document\.xml\).*libreoffice/);
  });

  it('says an encrypted PDF needs a password', async () => {
    const e = await failure(encryptedPdf(), 'locked.pdf');
    expect(e.code).toBe('EENCRYPTED');
    expect(e.message).toContain('encrypted');
  });

  it('says a damaged PDF cannot be read', async () => {
    const e = await failure(Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catal'), 'broken.pdf');
    expect(e.code).toBe('ECORRUPT');
  });

  it('says a PDF without a text layer is probably a scan, and to OCR it', async () => {
    const drawing = '0 0 m 300 400 l 100 700 l S 20 20 500 800 re f';
    const e = await failure(minimalPdf([drawing, drawing]), 'scan.pdf');
    expect(e.code).toBe('ESCANNED');
    expect(e.message).toMatch(/no text layer.*OCR/);
  });

  it('refuses a .pdf that is really text, saying so', async () => {
    const e = await failure(Buffer.from('一、总体情况\n全年召开会议36次。'), 'report.pdf');
    expect(e.code).toBe('EFORMAT');
    expect(e.message).toContain('plain text');
  });

  it('refuses an OLE file word-extractor cannot read, naming a conversion', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600, 7)]);
    const e = await failure(ole, 'report.wps');
    expect(e.code).toBe('EFORMAT');
    expect(e.message).toContain('libreoffice --headless --convert-to docx');
  });

  it('reads the article of a page with megabytes of script, and refuses megabytes of markup', async () => {
    const text = seedText();
    const doc = await readDocument(Buffer.from(reportHtml(text, { scriptBytes: 6 * 1024 * 1024 })), {
      source: 'page.html',
    });
    expect(doc.format).toBe('html');
    expect(doc.text).not.toContain('junk');
    expect(doc.text).toContain('全年召开中心组学习会36次');
    const markup = `<!DOCTYPE html><html><body>${'<div><span>导航</span></div>'.repeat(400_000)}</body></html>`;
    const e = await failure(Buffer.from(markup), 'huge.html');
    expect(e.code).toBe('ETOOBIG');
  });

  it('refuses bytes that decode to nonsense instead of analyzing them', async () => {
    // Korean in EUC-KR: every byte pair is valid GB18030 and Big5, but as Chinese it is gibberish.
    const korean = iconv.encode(
      '정부 업무 보고서. 지난 한 해 동안 경제는 안정적으로 성장하였고 고용이 늘었습니다. '.repeat(20),
      'euc-kr',
    );
    const e = await failure(korean, 'garbled.txt');
    expect(e.code).toBe('EDECODE');
    expect(e.message).toContain('Korean (EUC-KR), not Chinese');
  });
});

describe('a batch with bad documents', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tifa-bad-docs-'));
    const text = seedText().slice(0, 1500);
    writeFileSync(join(dir, 'a-report.txt'), text);
    writeFileSync(join(dir, 'b-bomb.docx'), await zipBomb());
    writeFileSync(join(dir, 'c-report.docx'), await reportDocx(text));
    writeFileSync(join(dir, 'd-locked.pdf'), encryptedPdf());
    writeFileSync(join(dir, 'e-page.html'), reportHtml(text));
    writeFileSync(join(dir, 'f-fake.pdf'), 'not a pdf');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists every document format in a folder and analyzes the good ones around the bad', async () => {
    const { files } = await listCorpus([dir]);
    expect(files.map((f) => f.path.slice(dir.length + 1))).toEqual([
      'a-report.txt',
      'b-bomb.docx',
      'c-report.docx',
      'd-locked.pdf',
      'e-page.html',
      'f-fake.pdf',
    ]);
    const outcome: Record<string, string> = {};
    for await (const item of analyzeCorpusStream(files, { jobs: 1 })) {
      const name = item.file.slice(dir.length + 1);
      outcome[name] = item.error ? `error ${item.error.code}` : JSON.parse(item.json!).document.format;
    }
    expect(outcome).toEqual({
      'a-report.txt': 'txt',
      'b-bomb.docx': 'error EZIPBOMB',
      'c-report.docx': 'docx',
      'd-locked.pdf': 'error EENCRYPTED',
      'e-page.html': 'html',
      'f-fake.pdf': 'error EFORMAT',
    });
  });
});

// `tifa extract FILE` prints the text offsets point into: for a .docx (and .pdf, .html) the
// extracted text, for a text file the decoded text.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { loadDocument } from '../../src/document/document.js';
import { extractFile } from '../../src/document/extract.js';
import { analyzeDocument } from '../../src/pipeline/analyze.js';
import { reportDocx } from '../fixtures/documents.js';
import { SEED, seedText } from '../helpers.js';

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    stdin: async () => Buffer.alloc(0),
  });
  return { code, stdout, stderr };
}

describe('tifa extract', () => {
  let dir: string;
  let docx: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tifa-extract-'));
    docx = join(dir, 'report.docx');
    writeFileSync(
      docx,
      await reportDocx(seedText(), [
        ['指标', '数值'],
        ['召开会议', '36次'],
      ]),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the text of a Word file that offsets point into, table cells as lines', async () => {
    const { code, stdout } = await cli(['extract', docx]);
    expect(code).toBe(0);
    expect(stdout).toBe((await extractFile(docx)).text);
    expect(stdout.split('\n').slice(-4)).toEqual(['指标', '数值', '召开会议', '36次']);
    const doc = await loadDocument(docx);
    const claims = analyzeDocument(doc, { analyzers: ['claims'] }).claims!;
    expect(claims.length).toBeGreaterThan(20);
    for (const c of claims) expect(stdout.slice(c.start, c.end)).toBe(c.text);
  });

  it('prints a text file as decoded', async () => {
    expect((await cli(['extract', SEED])).stdout).toBe(seedText());
  });

  it('names the file and the reason when it cannot read it', async () => {
    const fake = join(dir, 'fake.pdf');
    writeFileSync(fake, '这不是PDF');
    const { code, stderr } = await cli(['extract', fake]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^tifa: .*fake\.pdf: named like a PDF but holds plain text/);
    expect((await cli(['extract'])).code).toBe(2);
  });
});

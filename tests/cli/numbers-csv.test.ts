import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLAIM_COLUMNS } from '../../src/output/csv.js';
import { ROOT, SEED } from '../helpers.js';

const BIN = join(ROOT, 'bin/tifa.js');
const FILES = ['corpus/seed-2025-municipal-org-dept-political-ecology-report.txt', 'tests/fixtures/mini-gov/2016.txt'];

function tifa(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** RFC 4180 reader, enough for the test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) field += c;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('tifa numbers --format csv', () => {
  const r = tifa(['numbers', ...FILES, '--format', 'csv']);
  const json = FILES.map((f) => JSON.parse(tifa(['numbers', f]).stdout) as Array<Record<string, unknown>>);

  it('is UTF-8 with a BOM, CRLF, with the documented header', () => {
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(r.stdout.slice(1));
    expect(rows[0]).toEqual([...CLAIM_COLUMNS]);
    expect(rows[0]).toEqual(expect.arrayContaining(['doc', 'year', 'title', 'issuer', 'subject', 'verb', 'value']));
    expect(rows.every((row) => row.length === CLAIM_COLUMNS.length)).toBe(true);
  });

  it('has one row per claim, with the document on every row and offsets into the file', () => {
    const rows = parseCsv(r.stdout.slice(1)).slice(1);
    const col = (name: (typeof CLAIM_COLUMNS)[number]) => CLAIM_COLUMNS.indexOf(name);
    expect(rows).toHaveLength(json[0]!.length + json[1]!.length);
    FILES.forEach((file, k) => {
      const mine = rows.filter((row) => row[col('doc')] === file);
      expect(mine).toHaveLength(json[k]!.length);
      const text = readFileSync(join(ROOT, file), 'utf8');
      mine.forEach((row, i) => {
        const claim = json[k]![i]!;
        expect(text.slice(Number(row[col('start')]), Number(row[col('end')]))).toBe(claim.text);
        expect(row[col('value')]).toBe(claim.value === null ? '' : String(claim.value));
        expect(row[col('sentence')]).toBe(claim.sentenceText);
        expect(row[col('page')]).toBe('');
      });
    });
    const seedRows = rows.filter((row) => row[col('doc')] === FILES[0]);
    expect(seedRows[0]![col('year')]).toBe('2025');
    expect(seedRows[0]![col('issuer')]).toBe('市委组织部党组');
    expect(seedRows[0]![col('title')]).toBe('市委组织部党组2025年度政治生态分析研判报告');
  });

  it('names the doc relative to the working folder even when given an absolute path', () => {
    const abs = tifa(['numbers', SEED, '--format', 'csv']);
    expect(parseCsv(abs.stdout.slice(1))[1]![0]).toBe(FILES[0]);
  });
});

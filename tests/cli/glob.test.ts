import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { listCorpus } from '../../src/compare/corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'tifa-glob-'));
for (let year = 2019; year <= 2025; year++) writeFileSync(join(dir, `${year}.txt`), `${year}年政府工作报告`);
mkdirSync(join(dir, 'older'));
writeFileSync(join(dir, 'older', '1999.txt'), '1999年政府工作报告');
writeFileSync(join(dir, 'notes.xlsx'), 'PK');

const names = async (pattern: string) => (await listCorpus([pattern])).files.map((f) => basename(f.path));

describe('corpus globs', () => {
  it('a negated class excludes what it names: 202[!0-3].txt is 2024 and 2025 only', async () => {
    expect(await names(join(dir, '202[!0-3].txt'))).toEqual(['2024.txt', '2025.txt']);
  });
  it('braces match each alternative', async () => {
    expect(await names(join(dir, '{2024,2025}.txt'))).toEqual(['2024.txt', '2025.txt']);
    expect(await names(join(dir, '20{19,2[0-1]}.txt'))).toEqual(['2019.txt', '2020.txt', '2021.txt']);
  });
  it('* stays in one folder, ** descends, ? is one character', async () => {
    expect(await names(join(dir, '*.txt'))).toHaveLength(7);
    expect(await names(join(dir, '**', '19*.txt'))).toEqual(['1999.txt']);
    expect(await names(join(dir, '202?.txt'))).toHaveLength(6);
  });
  it('a glob that matches nothing is missing; files that are not reports are skipped with a reason', async () => {
    expect((await listCorpus([join(dir, '203*.txt')])).missing).toEqual([join(dir, '203*.txt')]);
    const all = await listCorpus([join(dir, '*')]);
    expect(all.files).toHaveLength(7);
    expect(all.skipped).toEqual([{ path: join(dir, 'notes.xlsx'), reason: expect.stringContaining('.txt') }]);
  });
  it('relative globs give paths relative to the working folder, sorted', async () => {
    const { files } = await listCorpus(['tests/fixtures/mini-gov/201[5-7].txt']);
    expect(files.map((f) => f.path)).toEqual([
      'tests/fixtures/mini-gov/2015.txt',
      'tests/fixtures/mini-gov/2016.txt',
      'tests/fixtures/mini-gov/2017.txt',
    ]);
  });
});

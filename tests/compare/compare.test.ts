import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listCorpus, analyzeCorpus } from '../../src/compare/corpus.js';
import { compareResults } from '../../src/compare/compare.js';
import { keyness } from '../../src/compare/keyness.js';
import { renderComparisonMarkdown, renderTidyCsv } from '../../src/output/comparison.js';
import { ROOT } from '../helpers.js';

const MINI = join(ROOT, 'tests/fixtures/mini-gov');

describe('compare over a small corpus of government-report excerpts', async () => {
  const cache = mkdtempSync(join(tmpdir(), 'tifa-cache-'));
  const { files, missing } = await listCorpus([MINI]);
  const first = await analyzeCorpus(files, { cache });
  const c = compareResults(first.results);

  it('lists the files of a folder with manifest and file-name years', () => {
    expect(missing).toEqual([]);
    expect(files.map((f) => f.path.split('/').pop())).toEqual([
      '2015.txt',
      '2016.txt',
      '2017.txt',
      '2018.txt',
      '2019.txt',
      '2021.txt',
      '2022.txt',
    ]);
    expect(files[0]!.meta).toEqual({
      title: '2015年政府工作报告（节选）',
      issuer: '国务院',
      genre: '政府工作报告',
      year: 2015,
    });
    expect(c.years).toEqual([2015, 2016, 2017, 2018, 2019, 2021, 2022]);
  });
  it('dates the first appearance of 四个意识, 两个维护 and 两个确立', () => {
    const f = (name: string) => c.formulations.find((x) => x.formulation === name)!;
    expect(f('四个意识').firstYear).toBe(2017);
    expect(f('两个维护').firstYear).toBe(2019);
    expect(f('两个确立').firstYear).toBe(2022);
    expect(f('四个意识').countsByYear).toEqual({ '2017': 1, '2018': 1, '2019': 1, '2021': 1, '2022': 1 });
    expect(f('四个意识').first?.sentence).toContain('增强“四个意识”');
  });
  it('lists formulations new and dropped between consecutive reports', () => {
    const ch = c.formulationChanges.find((x) => x.year === 2016)!;
    expect(ch.new).toEqual(['中央八项规定', '四风']);
    expect(ch.dropped).toEqual(['四个全面']);
  });
  it('measures keyness of the latest year against the rest', () => {
    expect(c.keyness.target).toBe('2022');
    expect(c.keyness.referenceGroups).toEqual(['2015', '2016', '2017', '2018', '2019', '2021']);
    for (const f of c.keyness.features)
      expect(f.targetCount + f.referenceCount).toBeGreaterThanOrEqual(c.keyness.minCount);
    const prev = compareResults(first.results, { reference: 'previous', minCount: 1 });
    expect(prev.keyness.referenceGroups).toEqual(['2021']);
    expect(prev.keyness.features.find((x) => x.feature === '两个确立')).toMatchObject({
      targetCount: 1,
      referenceCount: 0,
    });
  });
  it('re-uses cached results for unchanged files', async () => {
    const again = await analyzeCorpus(files, { cache });
    expect(first.cached).toBe(0);
    expect(again.cached).toBe(files.length);
    expect(JSON.stringify(again.results)).toBe(JSON.stringify(first.results));
  });
  it('renders Markdown and a tidy CSV with a BOM', () => {
    expect(renderComparisonMarkdown(c)).toContain('| 两个确立 | 理论武装 | 2022 | 2022 | 1 |');
    const csv = renderTidyCsv(first.results);
    expect(csv.startsWith('\uFEFFdoc,year,title,issuer,feature_type,feature,category,count,per10k\r\n')).toBe(true);
    // doc is relative to the corpus root (the mini-gov folder); 2022.txt has no manifest row, no title, no issuer.
    expect(csv).toMatch(/\n2022\.txt,2022,,,formulation,两个确立,理论武装,1,\d/);
  });
  it('keeps analyzing the other files when one is bad, and names it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tifa-bad-'));
    for (const f of readdirSync(MINI))
      if (f.endsWith('.txt')) writeFileSync(join(dir, f), `各位代表：\n\n${f}年，增强“四个意识”。`);
    writeFileSync(join(dir, '2020.txt'), Buffer.from([0xff, 0xfe, 0x00, 0xd8])); // UTF-16 BOM, lone surrogate
    mkdirSync(join(dir, 'empty-folder'));
    const { files: fs2, missing } = await listCorpus([
      join(dir, '*.txt'),
      join(dir, 'empty-folder'),
      join(dir, 'none.txt'),
    ]);
    expect(missing).toEqual([join(dir, 'none.txt')]);
    const r = await analyzeCorpus([...fs2, { path: join(dir, 'gone.txt'), meta: {} }], { cache: false });
    expect(r.results).toHaveLength(7);
    expect(r.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/2020\.txt: the byte-order mark says utf-16le/),
      expect.stringMatching(/gone\.txt: cannot read the file \(no such file\)/),
    ]);
  });
});

describe('keyness', () => {
  it('computes Dunning G² and log ratio', () => {
    const k = keyness(30, 5, 10000, 20000);
    // hand computation: E1 = 10000*35/30000, E2 = 20000*35/30000
    const e1 = 35 / 3;
    const e2 = 70 / 3;
    expect(k.g2).toBeCloseTo(2 * (30 * Math.log(30 / e1) + 5 * Math.log(5 / e2)), 9);
    expect(k.logRatio).toBeCloseTo(Math.log2(30 / 10000 / (5 / 20000)), 9);
    expect(keyness(1, 50, 10000, 10000).g2).toBeLessThan(0);
    expect(keyness(0, 0, 100, 100).g2).toBe(0);
  });
});

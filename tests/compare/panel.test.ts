import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { listCorpus, analyzeCorpus } from '../../src/compare/corpus.js';
import { compareResults } from '../../src/compare/compare.js';
import { parseBy } from '../../src/compare/groups.js';
import { comparisonCsvTables } from '../../src/output/comparison-csv.js';
import { renderComparisonMarkdown } from '../../src/output/comparison.js';
import { ROOT } from '../helpers.js';

// Three issuers × three years, written for these tests. Each folder holds 2021–2023.txt, so the
// manifest must match by path, never by bare file name. Formulations by issuer and year:
//   两个确立: 国务院 2021, 2023; 广东省人民政府 2022; 市委组织部党组 2023
//   四个意识: 广东省人民政府 2021, 2023; 国务院 2022; 市委组织部党组 2022
//   两个维护: 国务院 2021; 市委组织部党组 2021
//   三严三实: 市委组织部党组 2022
const PANEL = join(ROOT, 'tests/fixtures/panel');
const STATE = '国务院';
const PROVINCE = '广东省人民政府';
const CITY = '市委组织部党组';

describe('comparison of an issuer × year panel', async () => {
  const { files, missing } = await listCorpus([PANEL], { manifest: join(PANEL, 'MANIFEST.tsv') });
  const { results, errors } = await analyzeCorpus(files, { cache: false, jobs: 1 });
  const panel = compareResults(results, { by: ['issuer', 'year'] });
  const byYear = compareResults(results);
  const byIssuer = compareResults(results, { by: ['issuer'] });

  it('reads each file’s manifest row by its path, though the file names repeat', () => {
    expect(missing).toEqual([]);
    expect(errors).toEqual([]);
    const issuerOf = (rel: string) => files.find((f) => f.path.endsWith(rel))?.meta.issuer;
    expect(issuerOf('state/2021.txt')).toBe(STATE);
    expect(issuerOf('province/2021.txt')).toBe(PROVINCE);
    expect(issuerOf('city/2021.txt')).toBe(CITY);
  });

  it('makes one group per issuer and year, in order, pooling nothing', () => {
    expect(panel.by).toEqual(['issuer', 'year']);
    expect(panel.groups.map((g) => g.id)).toEqual([
      `${STATE}/2021`,
      `${STATE}/2022`,
      `${STATE}/2023`,
      `${CITY}/2021`,
      `${CITY}/2022`,
      `${CITY}/2023`,
      `${PROVINCE}/2021`,
      `${PROVINCE}/2022`,
      `${PROVINCE}/2023`,
    ]);
    expect(panel.groups.every((g) => g.documents === 1 && g.pooled.length === 0)).toBe(true);
    expect(panel.warnings).toEqual([]);
    expect(panel.termTrends.every((t) => t.counts.length === 9)).toBe(true);
    expect(byIssuer.groups.map((g) => [g.id, g.documents, g.year])).toEqual([
      [STATE, 3, null],
      [CITY, 3, null],
      [PROVINCE, 3, null],
    ]);
  });

  it('warns when grouping by year pools issuers and genres', () => {
    expect(byYear.groups.map((g) => [g.id, g.documents, g.pooled])).toEqual([
      ['2021', 3, ['issuer', 'genre']],
      ['2022', 3, ['issuer', 'genre']],
      ['2023', 3, ['issuer', 'genre']],
    ]);
    expect(byYear.groups[0]!.issuers).toEqual([STATE, CITY, PROVINCE]);
    expect(byYear.groups[0]!.genres).toEqual(['政府工作报告', '政治生态分析研判报告']);
    expect(byYear.warnings).toHaveLength(3);
    expect(byYear.warnings[0]).toMatch(
      /^group 2021 pools 3 reports of 3 issuers \(国务院, 市委组织部党组, 广东省人民政府\) and 2 genres/,
    );
    expect(byIssuer.warnings).toHaveLength(0);
  });

  it('dates each issuer’s first use of a formulation and its lag behind the first', () => {
    const d = (name: string) => panel.diffusion.find((f) => f.formulation === name)!;
    const brief = (name: string) => d(name).issuers.map((a) => [a.issuer, a.firstYear, a.lagYears]);
    expect(d('两个确立').firstIssuers).toEqual([STATE]);
    expect(brief('两个确立')).toEqual([
      [STATE, 2021, 0],
      [PROVINCE, 2022, 1],
      [CITY, 2023, 2],
    ]);
    expect(d('两个确立').issuers[0]!.countsByYear).toEqual({ '2021': 1, '2023': 1 });
    expect(d('四个意识').firstIssuers).toEqual([PROVINCE]);
    expect(brief('四个意识')).toEqual([
      [PROVINCE, 2021, 0],
      [STATE, 2022, 1],
      [CITY, 2022, 1],
    ]);
    expect(d('两个维护').firstIssuers).toEqual([STATE, CITY]);
    expect(brief('两个维护')).toEqual([
      [STATE, 2021, 0],
      [CITY, 2021, 0],
    ]);
    expect(brief('三严三实')).toEqual([[CITY, 2022, 0]]);
    // Every issuer's first report is 2021: a first use in 2021 may be older, a later one is not.
    expect(d('两个确立').issuers.map((a) => a.leftCensored)).toEqual([true, false, false]);
    // The diffusion does not depend on the grouping.
    expect(byYear.diffusion).toEqual(
      panel.diffusion.map((f) => ({
        ...f,
        issuers: f.issuers.map((a) => ({ ...a, first: a.first && { ...a.first, group: String(a.firstYear) } })),
      })),
    );
    expect(d('两个确立').issuers[2]!.first?.sentence).toContain('深刻领悟“两个确立”');
  });

  it('keeps the formulation timeline per group', () => {
    const f = panel.formulations.find((x) => x.formulation === '两个确立')!;
    expect(f.years).toEqual([2021, 2022, 2023]);
    expect(f.countsByYear).toEqual({ '2021': 1, '2022': 1, '2023': 2 });
    expect(f.countsByGroup).toEqual({
      [`${STATE}/2021`]: 1,
      [`${STATE}/2023`]: 1,
      [`${PROVINCE}/2022`]: 1,
      [`${CITY}/2023`]: 1,
    });
  });

  it('compares each issuer’s year with its own previous year', () => {
    expect(panel.formulationChanges.map((c) => [c.previousGroup, c.group])).toEqual([
      [`${STATE}/2021`, `${STATE}/2022`],
      [`${STATE}/2022`, `${STATE}/2023`],
      [`${CITY}/2021`, `${CITY}/2022`],
      [`${CITY}/2022`, `${CITY}/2023`],
      [`${PROVINCE}/2021`, `${PROVINCE}/2022`],
      [`${PROVINCE}/2022`, `${PROVINCE}/2023`],
    ]);
    const city = panel.formulationChanges.find((c) => c.group === `${CITY}/2022`)!;
    expect(city.new).toEqual(['三严三实', '四个意识']);
    expect(city.dropped).toEqual(['两个维护']);
    expect(byIssuer.formulationChanges).toEqual([]);
    expect(byIssuer.keywordShifts).toEqual([]);
  });

  it('lines up claims within one issuer only', () => {
    const series = (issuer: string, subject: string) =>
      panel.claims.filter((s) => s.issuer === issuer && s.subject === subject);
    expect(series(STATE, '城镇新增就业').map((s) => s.series.map((x) => x.value))).toEqual([
      [11_860_000, 12_690_000, 12_060_000],
    ]);
    expect(series(PROVINCE, '城镇新增就业').map((s) => s.series.map((x) => x.value))).toEqual([
      [1_350_000, 1_400_000, 1_320_000],
    ]);
    for (const s of panel.claims) {
      const issuers = new Set(s.series.map((x) => panel.documents.find((d) => d.source === x.source)!.issuer));
      expect([...issuers]).toEqual([s.issuer]);
    }
  });

  it('measures keyness against the previous year of the same issuer, or a named group', () => {
    const prev = compareResults(results, { by: ['issuer', 'year'], target: `${STATE}/2023`, reference: 'previous' });
    expect(prev.keyness.target).toBe(`${STATE}/2023`);
    expect(prev.keyness.reference).toBe('previous');
    expect(prev.keyness.referenceGroups).toEqual([`${STATE}/2022`]);
    const named = compareResults(results, { by: ['issuer'], target: CITY, reference: STATE, minCount: 1 });
    expect(named.keyness.referenceGroups).toEqual([STATE]);
    expect(named.keyness.features.find((f) => f.feature === '三严三实')).toMatchObject({
      targetCount: 1,
      referenceCount: 0,
    });
    expect(() => compareResults(results, { by: ['issuer'], target: '国务院/2025' })).toThrow(/not among the groups/);
  });

  it('gives documents their issuer, genre, sources and paths relative to the corpus root', () => {
    expect(panel.documents.map((d) => [d.doc, d.issuer, d.genre, d.issuerSource, d.group])[0]).toEqual([
      'state/2021.txt',
      STATE,
      '政府工作报告',
      'metadata',
      `${STATE}/2021`,
    ]);
  });

  it('writes tidy CSV tables that share the doc, year, title, issuer columns', () => {
    const tables = comparisonCsvTables(panel, results);
    expect(Object.keys(tables)).toEqual([
      'documents.csv',
      'terms.csv',
      'claims.csv',
      'problems.csv',
      'plans.csv',
      'diffusion.csv',
    ]);
    for (const text of Object.values(tables)) expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = (name: string) => tables[name]!.slice(1).trimEnd().split('\r\n');
    expect(lines('diffusion.csv').filter((l) => l.startsWith('两个确立,') || l.startsWith('formulation'))).toEqual([
      'formulation,issuer,firstYear,lagYears',
      '两个确立,国务院,2021,0',
      '两个确立,广东省人民政府,2022,1',
      '两个确立,市委组织部党组,2023,2',
    ]);
    expect(lines('claims.csv')[0]).toBe(
      'doc,year,title,issuer,subject,verb,text,value,min,max,unit,approx,modality,period,section,sentence,start,end,page',
    );
    const claim = 'province/2022.txt,2022,2022年广东省政府工作报告,广东省人民政府,城镇新增就业,';
    expect(lines('claims.csv').filter((l) => l.startsWith(claim))).toHaveLength(1);
    expect(lines('terms.csv')[0]).toBe('doc,year,title,issuer,feature_type,feature,category,count,per10k');
    expect(lines('terms.csv')).toContain(
      'city/2022.txt,2022,市委组织部党组2022年度政治生态分析研判报告,市委组织部党组,formulation,三严三实,作风建设,1,' +
        results.find((r) => r.document.source.endsWith('city/2022.txt'))!.terms!.find((t) => t.term === '三严三实')!
          .per10k,
    );
  });

  it('renders groups, pooled warnings and the diffusion in Markdown', () => {
    const md = renderComparisonMarkdown(byYear);
    expect(md).toContain('> **Pooled:** group 2021 pools 3 reports');
    expect(md).toContain('| 两个确立 | 2021 | 国务院 | 广东省人民政府 2022 (+1); 市委组织部党组 2023 (+2) |');
    expect(renderComparisonMarkdown(panel)).toContain(`| ${CITY}/2022 | 1 |`);
  });
});

describe('parseBy', () => {
  it('reads a comma-separated list and refuses unknown or repeated variables', () => {
    expect(parseBy(undefined)).toEqual(['year']);
    expect(parseBy('issuer,year')).toEqual(['issuer', 'year']);
    expect(() => parseBy('issuer,province')).toThrow(/cannot group by "province"/);
    expect(() => parseBy('year,year')).toThrow(/repeated/);
  });
});

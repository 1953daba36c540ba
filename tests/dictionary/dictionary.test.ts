import { describe, expect, it } from 'vitest';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Dictionary,
  loadDictionary,
  loadWordList,
  parseFormulationsFile,
  parseTermsFile,
  parseWordList,
  builtinEntries,
} from '../../src/dictionary/dictionary.js';

describe('dictionary files', () => {
  it('parses terms with aliases and skips comments', () => {
    const e = parseTermsFile('# c\n\n全面从严治党\t纪律与廉政\t从严治党\n政治生态\t党的建设\n', 'x.tsv');
    expect(e.map((x) => [x.term, x.category, x.aliases, x.origin.line])).toEqual([
      ['全面从严治党', '纪律与廉政', ['从严治党'], 3],
      ['政治生态', '党的建设', [], 4],
    ]);
  });
  it('parses formulations with members, variants and year', () => {
    const [f] = parseFormulationsFile('中央八项规定\t作风建设\t\t八项规定\t2012\n', 'f.tsv');
    expect(f).toMatchObject({
      term: '中央八项规定',
      kind: 'formulation',
      aliases: ['八项规定'],
      members: [],
      since: 2012,
    });
  });
  it('names file and line on a malformed entry', () => {
    expect(() => parseTermsFile('政治生态\t党的建设\n坏行\n', 'my.tsv')).toThrow(
      'tifa: my.tsv:2: expected "term<TAB>category"',
    );
    expect(() => parseTermsFile('a b\tx\n', 'my.tsv')).toThrow(/my\.tsv:1: bad term "a b"/);
    expect(() => parseFormulationsFile('四风\t作风建设\t\t\t20x\n', 'f.tsv')).toThrow(/f\.tsv:1: bad year "20x"/);
    expect(() => parseWordList('的\n两 个\n', 's.txt')).toThrow(/s\.txt:2/);
  });
  it('refuses a surface form defined twice, naming both places', () => {
    const a = parseTermsFile('政治生态\t党的建设\n', 'a.tsv');
    const b = parseTermsFile('净化\tx\n政治生态\t其他\n', 'b.tsv');
    expect(() => new Dictionary([...a, ...b])).toThrow(
      'tifa: b.tsv:2: "政治生态" is already defined at a.tsv:1 (as 政治生态)',
    );
  });
});

describe('Dictionary.match', () => {
  const d = new Dictionary([
    { term: '全面从严治党', category: '纪律与廉政', aliases: ['从严治党'] },
    { term: '廉政', category: '纪律与廉政' },
    { term: '廉政谈话', category: '纪律与廉政' },
  ]);
  it('takes the longest match and folds aliases', () => {
    const m = d.match('开展廉政谈话，推进全面从严治党和从严治党，廉政建设');
    expect(m.map((x) => [x.surface, x.entry.term])).toEqual([
      ['廉政谈话', '廉政谈话'],
      ['全面从严治党', '全面从严治党'],
      ['从严治党', '全面从严治党'],
      ['廉政', '廉政'],
    ]);
  });
  it('respects the range and a term named constructor', () => {
    const c = new Dictionary([{ term: 'constructor', category: 'x' }]);
    expect(c.match('a constructor b').map((x) => x.start)).toEqual([2]);
    expect(d.match('廉政谈话', 1).length).toBe(0);
  });
});

describe('bundled dictionaries', () => {
  it('have at least 300 terms and 80 formulations, all with categories', () => {
    const e = builtinEntries();
    expect(e.filter((x) => x.kind === 'term').length).toBeGreaterThanOrEqual(300);
    expect(e.filter((x) => x.kind === 'formulation').length).toBeGreaterThanOrEqual(80);
    expect(loadDictionary().categories.length).toBeGreaterThanOrEqual(10);
  });
  it('know the formulations of the 2025 report with their members', () => {
    const d = loadDictionary();
    expect(d.get('四个意识')?.members).toEqual(['政治意识', '大局意识', '核心意识', '看齐意识']);
    for (const f of [
      '两个确立',
      '四个自信',
      '两个维护',
      '三会一课',
      '一岗双责',
      '三重一大',
      '凡提四必',
      '四种形态',
      '三个区分开来',
      '四风',
    ]) {
      expect(d.get(f)?.kind, f).toBe('formulation');
    }
  });
  it('keep stop words and boilerplate as separate lists', () => {
    expect(loadWordList('stopwords').has('的')).toBe(true);
    expect(loadWordList('boilerplate').has('切实')).toBe(true);
    expect(loadWordList('boilerplate').has('政治生态')).toBe(false);
  });
  it('add user files and in-memory entries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tifa-'));
    const f = join(dir, 'mine.tsv');
    writeFileSync(f, '青苗成长计划\t干部工作\n');
    const d = loadDictionary({ files: [f], entries: [{ term: '组工讲坛', category: '理论武装' }] });
    expect(d.get('青苗成长计划')?.origin).toEqual({ file: f, line: 1 });
    expect(d.get('组工讲坛')?.category).toBe('理论武装');
    expect(() => loadDictionary({ files: [join(dir, 'none.tsv')] })).toThrow(
      /none\.tsv: cannot read the dictionary file \(no such file\)/,
    );
  });
});

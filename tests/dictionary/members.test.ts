import { describe, expect, it } from 'vitest';
import { builtinEntries, parseFormulationsFile } from '../../src/dictionary/dictionary.js';
import { countInName } from '../../src/check/count.js';

const formulations = builtinEntries().filter((e) => e.kind === 'formulation');

describe('formulation members', () => {
  it('are separated by |, so a member may contain 、 (两个确立, 两个维护)', () => {
    const byName = new Map(formulations.map((f) => [f.term, f]));
    expect(byName.get('两个确立')?.members).toEqual([
      '确立习近平同志党中央的核心、全党的核心地位',
      '确立习近平新时代中国特色社会主义思想的指导地位',
    ]);
    expect(byName.get('两个维护')?.members).toEqual([
      '坚决维护习近平总书记党中央的核心、全党的核心地位',
      '坚决维护党中央权威和集中统一领导',
    ]);
    const [f] = parseFormulationsFile(
      '三个务必\t党的建设\t务必不忘初心、牢记使命|务必谦虚谨慎、艰苦奋斗|务必敢于斗争、善于斗争\t\t2022\n',
      'f.tsv',
    );
    expect(f?.members).toHaveLength(3);
  });

  it('number what the name announces wherever the name carries a count', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const f of formulations) {
      const announced = countInName(f.term);
      if (!announced || f.members.length === 0) continue;
      checked++;
      const actual = announced.unit === 'char' ? f.members.join('').length : f.members.length;
      if (actual !== announced.count) wrong.push(`${f.term}: ${announced.count} announced, ${actual} listed`);
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(90);
  });

  it('have no empty, duplicated or padded members', () => {
    for (const f of formulations) {
      expect(new Set(f.members).size, f.term).toBe(f.members.length);
      for (const m of f.members) expect(m, f.term).toMatch(/^\S(.*\S)?$/);
    }
  });
});

describe('countInName', () => {
  it('reads the count of a name, summing compound names', () => {
    expect(countInName('两个确立')?.count).toBe(2);
    expect(countInName('四个意识')?.count).toBe(4);
    expect(countInName('五位一体')?.count).toBe(5);
    expect(countInName('三会一课')?.count).toBe(4);
    expect(countInName('五讲四美')?.count).toBe(9);
    expect(countInName('十四个坚持')?.count).toBe(14);
    expect(countInName('四个铁一般')?.count).toBe(4);
    expect(countInName('五证合一')?.count).toBe(5);
    expect(countInName('新十六字方针')).toEqual({ count: 16, unit: 'char' });
  });
  it('gives null for ordinals and plan numbers', () => {
    expect(countInName('第一议题')).toBeNull();
    expect(countInName('十四五')).toBeNull();
    expect(countInName('七五普法')).toBeNull();
    expect(countInName('863计划')).toBeNull();
  });
});

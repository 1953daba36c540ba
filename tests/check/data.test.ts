import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document/index.js';
import { check } from '../../src/check/check.js';
import { bundledCongresses, parseCongresses } from '../../src/check/congresses.js';

describe('congresses.tsv', () => {
  it('lists every congress from 十五大 to 二十大 with its plenums, in date order', () => {
    const all = bundledCongresses();
    expect(all.filter((c) => c.category === 'congress').map((c) => c.term)).toEqual([15, 16, 17, 18, 19, 20]);
    for (let i = 1; i < all.length; i++) expect(all[i]!.opened >= all[i - 1]!.closed).toBe(true);
    expect(all.find((c) => c.name === '十九届六中全会')).toMatchObject({ term: 19, opened: '2021-11-08' });
  });
  it('names file and line of a bad entry', () => {
    expect(() => parseCongresses('二十大\tcongress\t2022-10\t2022-10-22\n', 'c.tsv')).toThrow(/c\.tsv:1: bad date/);
    expect(() => parseCongresses('# x\n大会\tcongress\t2022-10-16\t2022-10-22\n', 'c.tsv')).toThrow(/c\.tsv:2/);
  });
});

describe('recycled-paragraph', () => {
  const old =
    '坚持以人民为中心的发展思想，着力保障和改善民生，扎实推进就业、教育、医疗、养老等各项社会事业发展，人民群众获得感幸福感安全感不断增强。';
  it('finds a paragraph copied from an earlier report, only when asked', () => {
    const text = `2024年工作报告\n\n${old.replace('扎实', '切实')}\n\n今年新开工项目12个。`;
    const doc = createDocument(text);
    expect(check(doc).diagnostics.filter((d) => d.rule === 'recycled-paragraph')).toEqual([]);
    const hits = check(doc, { against: [{ source: '2023.txt', text: `前言\n\n${old}\n` }] }).diagnostics.filter(
      (d) => d.rule === 'recycled-paragraph',
    );
    expect(hits).toHaveLength(1);
    expect(text.slice(hits[0]!.start, hits[0]!.end)).toContain('坚持以人民为中心');
    expect(hits[0]!.message).toMatch(/2023\.txt/);
  });
  it('stays quiet on a rewritten paragraph', () => {
    const doc = createDocument(
      '2024年工作报告\n\n今年要稳步扩大消费，促进有效投资，推动外贸外资稳中提质，加快建设现代化产业体系，提升科技创新能力。',
    );
    expect(check(doc, { against: [{ source: '2023.txt', text: old }] }).diagnostics).toEqual([]);
  });
});

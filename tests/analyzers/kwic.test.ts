import { describe, expect, it } from 'vitest';
import { kwic } from '../../src/analyzers/kwic.js';
import { seedContext } from './context.js';

describe('kwic', async () => {
  const { doc, ctx } = await seedContext();
  it('finds every literal occurrence with context and offsets', () => {
    const hits = kwic(doc, '廉政谈话', { window: 5 });
    expect(hits.map((h) => [h.before, h.match, h.after])).toEqual([
      ['建设,开展', '廉政谈话', '120余人'],
      ['履职谈话、', '廉政谈话', '共计86人'],
    ]);
    for (const h of hits) expect(doc.text.slice(h.start, h.end)).toBe(h.match);
    expect(hits[1]!.section).toBe('二是做实日常监督。');
  });
  it('matches a category by dictionary terms', () => {
    const hits = kwic(doc, '@作风建设', { dictionary: ctx.dictionary });
    expect(hits.length).toBe(15);
    expect(hits.every((h) => ctx.dictionary.get(h.match)?.category === '作风建设')).toBe(true);
  });
  it('matches a regular expression', () => {
    const hits = kwic(doc, '/\\d+余?人次/');
    expect(hits.map((h) => h.match)).toEqual(['120余人次', '86人次', '130余人次']);
  });
  it('rejects bad patterns with a tifa error', () => {
    expect(() => kwic(doc, '/(/')).toThrow(/^tifa: kwic: bad regular expression/);
    expect(() => kwic(doc, '@不存在', { dictionary: ctx.dictionary })).toThrow(/unknown category "不存在"/);
    expect(() => kwic(doc, '')).toThrow(TypeError);
  });
});

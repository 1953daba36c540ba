import { describe, expect, it } from 'vitest';
import { terms } from '../../src/analyzers/terms.js';
import { sentenceEvidence } from '../../src/analyzers/evidence.js';
import { createDocument } from '../../src/document/document.js';
import { Dictionary } from '../../src/dictionary/dictionary.js';
import { contextFor, seedContext } from './context.js';

describe('terms on the 2025 report', async () => {
  const { doc, ctx } = await seedContext();
  const r = terms(doc, ctx);
  const count = (t: string) => r.terms.find((x) => x.term === t)?.count ?? 0;

  it('counts terms checked by hand', () => {
    // 全面从严治党 is written 7 times; 2 of them are inside 全面从严治党体系, a longer term.
    expect(count('全面从严治党')).toBe(5);
    expect(count('全面从严治党体系')).toBe(2);
    // 政治生态 is written 8 times; one is in the title, which is not body text.
    expect(count('政治生态')).toBe(7);
    // 廉政 is written 13 times; 10 sit inside longer terms (廉政谈话 ×2, 廉政风险点 ×2,
    // 党风廉政建设 ×2, 廉政文化→廉洁文化, 清廉|政治文化, 廉政教育基地, 廉政风险防控).
    expect(count('廉政')).toBe(3);
    expect(count('廉政谈话')).toBe(2);
    expect(count('党风廉政建设')).toBe(2);
  });
  it('folds aliases into the canonical term and keeps the surface in the evidence', () => {
    const t = r.terms.find((x) => x.term === '廉洁文化')!;
    expect(t.occurrences.map((o) => o.surface)).toEqual(['清廉文化', '廉政文化', '廉洁文化']);
  });
  it('points every occurrence into the original text, with section and sentence', () => {
    for (const t of r.terms) {
      for (const o of t.occurrences) {
        expect(doc.text.slice(o.start, o.end)).toBe(o.surface);
        expect(sentenceEvidence(doc, o.sentence ?? -1, o.start, o.end)).toContain(o.surface);
      }
    }
    const first = r.terms.find((x) => x.term === '全面从严治党')!.occurrences[0]!;
    expect(first.section).toBe('一、政治生态建设总体情况');
  });
  it('computes per10k on analyzed characters', () => {
    expect(r.terms.find((x) => x.term === '政治生态')!.per10k).toBe(Math.round((7 * 10000 * 1000) / 4880) / 1000);
  });
  it('totals categories and breaks them down by top-level section', () => {
    const cat = r.termCategories.find((c) => c.category === '纪律与廉政')!;
    expect(cat.count).toBe(r.terms.filter((t) => t.category === '纪律与廉政').reduce((a, t) => a + t.count, 0));
    expect(cat.bySection.map((s) => s.section)).toEqual([
      '一、政治生态建设总体情况',
      '二、主要工作情况',
      '三、存在的主要问题',
      '四、下一步工作打算',
    ]);
    const inSections = cat.bySection.reduce((a, s) => a + s.count, 0);
    expect(inSections).toBeLessThanOrEqual(cat.count);
    expect(inSections).toBeGreaterThan(cat.count - 5); // only the preamble is outside sections
  });
  it('can keep only some categories', () => {
    const only = terms(doc, ctx, { categories: ['作风建设'] });
    expect(new Set(only.terms.map((t) => t.category))).toEqual(new Set(['作风建设']));
  });
  it('skips excluded boilerplate', () => {
    expect(r.terms.every((t) => t.occurrences.every((o) => o.start > doc.text.indexOf('复制下载')))).toBe(true);
  });
});

describe('terms with a user dictionary', () => {
  it('counts in-memory entries, including a term named constructor', () => {
    const doc = createDocument('一、情况\n\nconstructor 和 青苗成长计划，青苗成长计划。');
    const ctx = {
      ...contextFor(doc),
      dictionary: new Dictionary([
        { term: 'constructor', category: 'x' },
        { term: '青苗成长计划', category: '干部工作' },
      ]),
    };
    const r = terms(doc, ctx);
    expect(r.terms.map((t) => [t.term, t.count])).toEqual([
      ['青苗成长计划', 2],
      ['constructor', 1],
    ]);
  });
});

describe('terms in a traditional-script report', () => {
  it('names the simplified term and gives the surface as written', async () => {
    const { readDocument } = await import('../../src/document/document.js');
    const doc = await readDocument(new TextEncoder().encode('一、總體情況\n\n堅持全面從嚴治黨，加強黨風廉政建設。\n'));
    const found = terms(doc, contextFor(doc)).terms.find((t) => t.term === '全面从严治党');
    expect(found?.occurrences.map((o) => o.surface)).toEqual(['全面從嚴治黨']);
    expect(found?.occurrences.map((o) => doc.text.slice(o.start, o.end))).toEqual(['全面從嚴治黨']);
  });
});

import { describe, expect, it } from 'vitest';
import { keywords, isKeywordCandidate, textRank } from '../../src/analyzers/keywords.js';
import { genreIdf } from '../../src/dictionary/idf.js';
import { seedContext } from './context.js';

describe('keywords of the 2025 report', async () => {
  const { doc, ctx } = await seedContext();
  const r = keywords(doc, ctx, { top: 10 });
  const words = r.keywords.map((k) => k.word);
  it('reads like its themes', () => {
    for (const w of ['政治生态', '全面从严治党', '廉政', '组工干部']) expect(words).toContain(w);
  });
  it('has no boilerplate, stop words, numbers or single characters', () => {
    for (const w of words) {
      expect(w.length).toBeGreaterThan(1);
      expect(w).not.toMatch(/\d/);
      expect(['工作', '开展', '加强', '推进', '进一步', '切实', '的']).not.toContain(w);
    }
  });
  it('gives weight, count and reason', () => {
    for (const k of r.keywords) {
      expect(k.weight).toBeGreaterThan(0);
      expect(k.weight).toBeLessThanOrEqual(1);
      expect(k.count).toBeGreaterThan(0);
      expect(['tfidf', 'textrank', 'both']).toContain(k.reason);
    }
    const sorted = [...r.keywords].sort((a, b) => b.weight - a.weight);
    expect(r.keywords.map((k) => k.weight)).toEqual(sorted.map((k) => k.weight));
  });
  it('keeps boilerplate when asked', () => {
    const all = keywords(doc, ctx, { top: 40, boilerplate: false }).vocabulary.map((v) => v.word);
    expect(all).toContain('工作');
    expect(r.vocabulary.map((v) => v.word)).not.toContain('工作');
  });
});

describe('keyword helpers', () => {
  it('filters candidates', () => {
    expect(isKeywordCandidate('政治生态')).toBe(true);
    expect(isKeywordCandidate('切实')).toBe(false);
    expect(isKeywordCandidate('切实', false)).toBe(true);
    expect(isKeywordCandidate('36次')).toBe(false);
    expect(isKeywordCandidate('三十')).toBe(false);
    expect(isKeywordCandidate('党')).toBe(false);
  });
  it('ranks the most connected word first in TextRank', () => {
    const seq = ['甲乙', '丙丁', '甲乙', '戊己', '甲乙', '庚辛'].map((word) => ({ word, keep: true }));
    const tr = textRank(seq);
    expect(tr.get('甲乙')).toBe(1);
    expect(tr.get('庚辛')!).toBeLessThan(1);
  });
  it('weighs genre words by how many reference reports use them', () => {
    const idf = genreIdf();
    expect(idf.get('政治生态')).toBeGreaterThan(idf.get('发展'));
    expect(idf.get('某个从未出现的词语')).toBeGreaterThan(0);
  });
});

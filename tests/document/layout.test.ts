// Layout as published reports have it: bulleted digests, circled and bracketed item numbers,
// 【…】 lead-ins, and digits split by spaces in text extracted from PDFs and old web pages.
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document/document.js';
import { normalize } from '../../src/document/normalize.js';
import { analyzeDocument } from '../../src/pipeline/analyze.js';

const DIGEST = [
  '2025年全省经济社会发展主要预期目标',
  '',
  '■ 2025年主要预期目标',
  '●预计全省地区生产总值增长6%左右',
  '●城镇新增就业65万人以上',
  '■ 重点工作',
  '① 扩大有效投资，新开工重大项目120个',
  '② 新建基站2万个',
  '(1)完成造林绿化面积80万亩',
  '2）改造老旧小区1200个',
  '【民生实事】办好10件民生实事',
].join('\n');

const claimsOf = (text: string) => {
  const doc = createDocument(text);
  return (analyzeDocument(doc, { analyzers: ['claims'] }).claims ?? []).map((c) => ({
    text: c.text,
    value: c.value,
    subject: c.subject,
    asWritten: doc.text.slice(c.start, c.end) === c.text,
  }));
};

describe('list items', () => {
  it('keeps each item a line of its own, its marker out of sentences and numbers', () => {
    const doc = createDocument(DIGEST);
    const sentences = doc.sentences.map((s) => doc.text.slice(s.start, s.end));
    expect(sentences).toContain('预计全省地区生产总值增长6%左右');
    expect(sentences).toContain('扩大有效投资，新开工重大项目120个');
    expect(sentences).toContain('完成造林绿化面积80万亩');
    expect(sentences.some((s) => /[●■①②]|\(1\)|2）/.test(s))).toBe(false);
    expect(doc.title).toBe('2025年全省经济社会发展主要预期目标');
    expect(doc.excluded).toEqual([]);
  });

  it('reads the digest claims with clean subjects and no item number as a claim', () => {
    const claims = claimsOf(DIGEST);
    expect(claims.map((c) => c.value)).toEqual([6, 650000, 120, 20000, 800000, 1200, 10]);
    expect(claims.find((c) => c.value === 6)!.subject).toBe('预计全省地区生产总值');
    expect(claims.every((c) => c.asWritten && !/[●■]/.test(c.subject ?? ''))).toBe(true);
  });

  it('records where the items are', () => {
    const { normalized, items } = normalize('●一项\n① 二项\n（3）三项');
    expect(items.map((i) => normalized.slice(i, i + 1))).toEqual([' ', ' ', ' ']);
    expect(normalized.split('\n').map((l) => l.trim())).toEqual(['一项', '二项', '三项']);
  });
});

describe('digits split by spaces', () => {
  it('reads 7 4 7 7 2 亿元 whole, with offsets into the text as written', () => {
    const claims = claimsOf('1997年国内生产总值达到7 4 7 7 2 亿元，比上年增长8.8%。');
    expect(claims[0]).toMatchObject({ text: '7 4 7 7 2 亿元', value: 74772e8, asWritten: true });
  });

  it('leaves 2025 年, 28 次 and 60 余\\n次 as they were read', () => {
    const claims = claimsOf('2025 年全年开展督查检查28 次，比上年减少60 余\n次。');
    expect(claims.map((c) => [c.text, c.value])).toEqual([
      ['28 次', 28],
      ['60 余\n次', 60],
    ]);
    expect(normalize('2025 年新增党员3 000名').normalized).toBe('2025 年新增党员3 000名');
  });
});

import { describe, expect, it } from 'vitest';
import { loadDocument, createDocument } from '../../src/document/document.js';
import { headingRole, matchHeading } from '../../src/document/structure.js';
import { smallChineseNumber } from '../../src/numbers/index.js';
import { SEED } from '../helpers.js';

describe('the 2025 report', async () => {
  const doc = await loadDocument(SEED);
  it('reads title, date and year', () => {
    expect(doc.title).toBe('市委组织部党组2025年度政治生态分析研判报告');
    expect(doc.date).toBe('2025-12-14');
    expect(doc.year).toBe(2025);
    expect(doc.yearSource).toBe('title');
    expect(doc.encoding).toBe('utf-8');
  });
  it('marks the scraped header and paywall footer as excluded, without deleting them', () => {
    const ex = doc.excluded.map((e) => [e.reason, doc.text.slice(e.start, e.end)]);
    expect(ex).toEqual([
      ['metadata', '时间:2025-12-14'],
      ['metadata', '字数:4880字'],
      ['site-header', '老文笔'],
      ['paywall', '复制下载'],
      ['paywall', '大约剩余40%的内容被锁住了'],
      ['paywall', '阅读全文'],
    ]);
    expect(doc.text).toContain('大约剩余40%的内容被锁住了');
    expect(doc.isExcluded(doc.normalized.indexOf('老文笔'))).toBe(true);
    expect(doc.isExcluded(doc.normalized.indexOf('一年来'))).toBe(false);
  });
  it('counts analyzed characters like the site does (字数:4880字)', () => {
    expect(doc.chars).toBe(4880);
  });
  it('finds the four top-level sections with their roles', () => {
    const top = doc.sections.filter((s) => s.level === 1).map((s) => [s.title, s.role]);
    expect(top).toEqual([
      ['一、政治生态建设总体情况', 'review'],
      ['二、主要工作情况', 'review'],
      ['三、存在的主要问题', 'problems'],
      ['四、下一步工作打算', 'plans'],
    ]);
  });
  it('finds (一)… sections and inline 一是…二是… items under them', () => {
    const l2 = doc.sections.filter((s) => s.level === 2);
    expect(l2).toHaveLength(13);
    expect(l2[4]!.title).toBe('(一)理论学习深度有待拓展。');
    const items = doc.sections.filter((s) => s.level === 4);
    expect(items).toHaveLength(12);
    expect(items[0]!.title).toBe('一是深化理论武装体系化。');
    expect(doc.sections[items[0]!.parent]!.title).toMatch(/^\(一\)突出政治引领/);
  });
  it('keeps section offsets in the original text', () => {
    for (const s of doc.sections) {
      expect(doc.text.slice(s.start, s.headingEnd)).toBe(s.title);
      expect(s.end).toBeGreaterThan(s.start);
    }
  });
  it('splits sentences that end with 。 and attributes them to sections', () => {
    const s = doc.sentences.find((x) => doc.text.slice(x.start, x.end).includes('全年召开中心组学习会36次'))!;
    expect(doc.text.slice(s.start, s.end)).toBe(
      '严格落实“第一议题”制度,全年召开中心组学习会36次、专题研讨8次,带头深学细悟党的创新理论特别是总书记关于党的建设和组织工作的重要论述。',
    );
    expect(doc.sections[s.section]!.title).toBe('一、政治生态建设总体情况');
  });
});

describe('structure helpers', () => {
  it('reads heading numbers', () => {
    expect([
      smallChineseNumber('一'),
      smallChineseNumber('十'),
      smallChineseNumber('十二'),
      smallChineseNumber('二十一'),
      smallChineseNumber('x'),
    ]).toEqual([1, 10, 12, 21, NaN]);
  });
  it('recognizes heading shapes and not numbers', () => {
    expect(matchHeading('一、总体情况')).toMatchObject({ level: 1, number: 1 });
    expect(matchHeading('（三）压实主体责任，健全监督体系。坚持……')).toMatchObject({
      level: 2,
      number: 3,
      titleLength: 17,
    });
    expect(matchHeading('2. 加强学习')).toMatchObject({ level: 3, number: 2 });
    expect(matchHeading('1.2万亿元')).toBeNull();
    expect(matchHeading('一年来，我们')).toBeNull();
  });
  it('classifies section roles', () => {
    expect(headingRole('三、存在的主要问题')).toBe('problems');
    expect(headingRole('四、下一步工作打算')).toBe('plans');
    expect(headingRole('一、2024年工作回顾')).toBe('review');
    expect(headingRole('二、2025年经济社会发展总体要求和政策取向')).toBe('plans');
  });
  it('guesses the year of a government work report from its review heading', () => {
    const doc = createDocument(
      '各位代表：\n\n一、2024年工作回顾\n\n过去一年，我们……\n\n二、2025年政府工作任务\n\n今年……',
    );
    expect(doc.year).toBe(2025);
    expect(doc.yearSource).toBe('review-heading');
  });
  it('takes the year from the file name before the body', () => {
    const doc = createDocument(Buffer.from('各位代表：\n\n过去一年，1998年以来……'), { source: 'reports/2001.txt' });
    expect([doc.year, doc.yearSource]).toEqual([2001, 'filename']);
  });
  it('rejects empty text and wrong argument types', () => {
    expect(() => createDocument('  \n')).toThrow(/^tifa: <string>: the text is empty/);
    expect(() => createDocument(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('loadDocument errors', () => {
  it('names a missing file', async () => {
    await expect(loadDocument('no/such/file.txt')).rejects.toThrow(
      'tifa: no/such/file.txt: cannot read the file (no such file)',
    );
  });
  it('names a directory', async () => {
    await expect(loadDocument('corpus')).rejects.toThrow(/corpus: is a directory/);
  });
});

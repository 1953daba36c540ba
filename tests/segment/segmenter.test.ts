import { describe, expect, it } from 'vitest';
import { createSegmenter } from '../../src/segment/segmenter.js';
import { numberSpans } from '../../src/segment/protect.js';
import { loadDictionary } from '../../src/dictionary/dictionary.js';
import { loadDocument } from '../../src/document/document.js';
import { SEED, seedText } from '../helpers.js';

const dictionary = loadDictionary();

describe.each(['nodejieba', 'node-rs-jieba'] as const)('segmenter %s', (backend) => {
  const seg = createSegmenter({ backend, dictionary });
  it('keeps numbers with units and dictionary terms whole', () => {
    const words = seg
      .cut(
        '全年召开中心组学习会36次，开展廉政谈话120余人次，精简发文数量23%，每年确定2—3个重点课题，1.2万亿元，百分之九十五，280余篇，压实全面从严治党主体责任',
      )
      .map((t) => t.text);
    for (const w of ['36次', '120余人次', '23%', '2—3个', '1.2万亿元', '百分之九十五', '280余篇', '全面从严治党'])
      expect(words).toContain(w);
  });
  it('gives exact offsets on the bundled report', () => {
    const text = seedText();
    const tokens = seg.cut(text);
    let last = 0;
    for (const t of tokens) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.start).toBeGreaterThanOrEqual(last);
      last = t.end;
    }
    expect(tokens.map((t) => t.text).join('')).toBe(text.replace(/\s+/g, ''));
  });
  it('tags parts of speech on request', () => {
    const tokens = seg.cut('开展廉政谈话120余人次', { pos: true });
    expect(tokens.map((t) => [t.text, t.pos])).toEqual([
      ['开展', 'v'],
      ['廉政谈话', 'nz'],
      ['120余人次', 'm'],
    ]);
  });
});

describe('segmentation of the 2025 report', async () => {
  const doc = await loadDocument(SEED);
  const tokens = createSegmenter({ dictionary }).cut(doc.normalized);
  const starts = new Map(tokens.map((t) => [t.start, t.end]));
  it('makes every dictionary entry found in it one token', () => {
    const matches = dictionary.match(doc.normalized);
    expect(matches.length).toBeGreaterThan(150);
    for (const m of matches) expect(starts.get(m.start), m.surface).toBe(m.end);
  });
  it('never splits a number', () => {
    const re = /\d+(?:[.,]\d+)*(?:[—\-~]\d+)?(?:余|多)?%?/g;
    let m: RegExpExecArray | null;
    let n = 0;
    while ((m = re.exec(doc.normalized)) !== null) {
      const inside = tokens.find((t) => t.start <= m!.index && m!.index + m![0].length <= t.end);
      expect(inside, m[0]).toBeDefined();
      n++;
    }
    expect(n).toBeGreaterThan(40);
  });
});

describe('numberSpans', () => {
  it('finds number+unit spans and dates', () => {
    const t = '时间:2025-12-14，开展廉政谈话120余人次、4.2个百分点、两千余人、三万五千元';
    const s = numberSpans(t);
    const got: string[] = [];
    for (let i = 0; i < s.length; i += 2) got.push(t.slice(s[i], s[i + 1]));
    expect(got).toEqual(['2025-12-14', '120余人次', '4.2个百分点', '两千余人', '三万五千元']);
  });
});

describe('createSegmenter', () => {
  it('rejects an unknown backend and a non-string', () => {
    expect(() => createSegmenter({ backend: 'x' as 'nodejieba' })).toThrow(/^tifa: unknown segmenter backend "x"/);
    expect(() => createSegmenter().cut(5 as unknown as string)).toThrow(TypeError);
  });
});

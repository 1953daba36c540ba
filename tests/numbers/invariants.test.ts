import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Quantity, scanQuantities } from '../../src/numbers/index.js';
import { sharedCorpus } from '../helpers.js';

const KINDS = new Set([
  'count',
  'number',
  'percent',
  'percentage-point',
  'money',
  'fraction',
  'duration',
  'measure',
  'multiple',
  'year',
  'date',
  'ordinal',
  'identifier',
]);
const APPROX = new Set([null, 'more-than', 'less-than', 'about', 'at-least', 'at-most']);

function checkInvariants(text: string, qs: Quantity[]): void {
  let prevEnd = 0;
  for (const q of qs) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.start).toBeGreaterThanOrEqual(prevEnd); // sorted, non-overlapping
    expect(q.end).toBeGreaterThan(q.start);
    prevEnd = q.end;
    expect(KINDS.has(q.kind)).toBe(true);
    expect(APPROX.has(q.approx)).toBe(true);
    const isRange = q.min !== null || q.max !== null;
    if (isRange) {
      expect(q.min).not.toBeNull();
      expect(q.max).not.toBeNull();
      expect(q.min as number).toBeLessThan(q.max as number);
      expect(q.value).toBeNull();
      expect(q.approx).toBeNull();
    }
    if (q.value === null) expect(isRange || q.error !== undefined).toBe(true);
    if (q.error !== undefined) {
      expect(['too-large', 'unparseable']).toContain(q.error);
      expect(q.value).toBeNull();
    }
    for (const v of [q.value, q.min, q.max]) {
      if (v !== null) {
        expect(Number.isFinite(v)).toBe(true);
        expect(Math.abs(v)).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
      }
    }
    if (['year', 'date', 'ordinal', 'identifier'].includes(q.kind)) expect(q.claim).toBe(false);
  }
}

const corpusDir = sharedCorpus('gov-work-reports');
const files = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('invariants over every government work report', () => {
  it.each(files)('%s', (f) => {
    const text = readFileSync(join(corpusDir, f), 'utf8');
    const qs = scanQuantities(text);
    expect(qs.length).toBeGreaterThan(10);
    checkInvariants(text, qs);
    // deterministic
    expect(scanQuantities(text)).toEqual(qs);
    // line by line gives the same quantities as the whole text, shifted
    let offset = 0;
    const byLine: Quantity[] = [];
    for (const line of text.split('\n')) {
      for (const q of scanQuantities(line)) byLine.push({ ...q, start: q.start + offset, end: q.end + offset });
      offset += line.length + 1;
    }
    const same = byLine.filter((q) => qs.some((r) => r.start === q.start && r.end === q.end && r.value === q.value));
    expect(same.length / Math.max(1, byLine.length)).toBeGreaterThan(0.97);
  });
});

/** Small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = [
  ...'0123456789０１２３４５６７８９.,，．%％-—~～/ 零〇一二两三四五六七八九十百千万亿兆壹贰叁肆伍陆柒捌玖拾佰仟萬億點负半第余多几来分之又个人次年月日元块角分米成折倍以上下左右约近超不足至到和与间（）()、是的\n',
  '人次',
  '个百分点',
  '万元',
  '亿元',
  '百分之',
  '千分之',
  '以上',
  '左右',
  '超过',
  '不少于',
  '一些',
  '统一',
  '进一步',
  '〔2025〕',
  '号',
  '\u{20000}',
  '😀',
  'PM',
  'G',
  'km',
];

describe('fuzz: random numeral soup never throws and keeps the invariants', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('seed %i', (seed) => {
    const r = rng(seed);
    for (let n = 0; n < 300; n++) {
      let s = '';
      const len = 1 + Math.floor(r() * 24);
      for (let k = 0; k < len; k++) s += ALPHABET[Math.floor(r() * ALPHABET.length)];
      const qs = scanQuantities(s);
      checkInvariants(s, qs);
      expect(scanQuantities(s)).toEqual(qs);
    }
  });
});

describe('offsets are UTF-16 offsets into the given string', () => {
  it('astral characters before a quantity shift offsets by two units each', () => {
    const text = '😀𠀀共36次';
    const [q] = scanQuantities(text);
    expect(q).toMatchObject({ text: '36次', start: 5, end: 8 });
  });
  it('full-width forms keep their original text', () => {
    const [q] = scanQuantities('增长２３．５％');
    expect(q).toMatchObject({ text: '２３．５％', value: 23.5, start: 2, end: 7 });
  });
  it('CRLF text', () => {
    const text = '一、总体\r\n开展12次\r\n';
    expect(scanQuantities(text).map((q) => [q.text, text.slice(q.start, q.end)])).toEqual([
      ['一、', '一、'],
      ['12次', '12次'],
    ]);
  });
});

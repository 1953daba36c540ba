import { describe, expect, it } from 'vitest';
import { normalize, toOriginalSpan } from '../../src/document/normalize.js';

describe('normalize', () => {
  it('folds full-width digits, letters and ％, keeping Chinese punctuation', () => {
    expect(normalize('增长２３％，ＧＤＰ达１２６万亿元。').normalized).toBe('增长23%，GDP达126万亿元。');
  });
  it('turns U+3000 into a space and drops zero-width characters', () => {
    const { normalized, map } = normalize('　　全年\u200b召开会议');
    expect(normalized).toBe('  全年召开会议');
    expect(map[4]).toBe(5); // 召 sits after the dropped U+200B
  });
  it('converts ASCII punctuation between Chinese characters but not inside numbers', () => {
    expect(normalize('2025年以来,市委(一)坚持;1,200人').normalized).toBe('2025年以来，市委（一）坚持；1,200人');
  });
  it('joins lines broken inside a sentence and keeps paragraph breaks', () => {
    expect(normalize('细颗粒物（PM\n2.5\n）浓度下降。\n\n下一段。').normalized).toBe(
      '细颗粒物（PM2.5）浓度下降。\n\n下一段。',
    );
    expect(normalize('政府工作报\n告\n\n各位代表：').normalized).toBe('政府工作报告\n\n各位代表：');
    expect(normalize('根据《\n中华人民共和国著作权法\n》第五条').normalized).toBe(
      '根据《中华人民共和国著作权法》第五条',
    );
  });
  it('never joins a heading or a finished line with the next', () => {
    const t = '一、总体情况\n全年召开会议。\n（一）突出政治引领\n坚持学习';
    expect(normalize(t).normalized).toBe(t);
    expect(normalize('报告标题\n时间:2025-12-14\n字数:4880字').normalized).toBe(
      '报告标题\n时间：2025-12-14\n字数：4880字',
    );
  });
  it('maps every normalized span back to the original characters', () => {
    const text = '　第一行，ＰＭ\n２.５\u200b浓度\r\n下降２３％。';
    const { normalized, map } = normalize(text);
    for (let a = 0; a < normalized.length; a++) {
      for (let b = a + 1; b <= normalized.length; b++) {
        const o = toOriginalSpan(map, a, b);
        const orig = text.slice(o.start, o.end).replace(/[\u200b\r]/g, '');
        // the original span normalizes to the normalized span (modulo removed line breaks)
        expect(normalize(orig).normalized.replace(/\n/g, '')).toBe(normalized.slice(a, b).replace(/\n/g, ''));
      }
    }
  });
});

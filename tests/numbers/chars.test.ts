import { describe, expect, it } from 'vitest';
import { isHan } from '../../src/numbers/index.js';

describe('isHan', () => {
  it('accepts unified ideographs, extension A and compatibility ideographs', () => {
    // 一 (U+4E00), 龥 (U+9FA5), 㐀 (U+3400), 﨑 (U+FA11)
    for (const c of ['一', '数', '龥', '㐀', '\u4dbf', '﨑', '\uf900', '\ufaff']) expect(isHan(c), c).toBe(true);
  });
  it('rejects punctuation, digits, letters, 〇, radicals, empty and undefined', () => {
    for (const c of ['，', '。', '5', 'a', '〇', '⺀', '\u33ff', '\ufb00', '']) expect(isHan(c), c).toBe(false);
    expect(isHan(undefined)).toBe(false);
  });
});

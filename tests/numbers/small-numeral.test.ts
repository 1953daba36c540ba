import { describe, expect, it } from 'vitest';
import { smallChineseNumber } from '../../src/numbers/index.js';

describe('smallChineseNumber', () => {
  it('reads heading numbers and the numerals of numbered formulations', () => {
    expect(['一', '九', '十', '十二', '二十', '二十一', '九十九'].map(smallChineseNumber)).toEqual([
      1, 9, 10, 12, 20, 21, 99,
    ]);
  });
  it('counts 两 and 双 as 2 (两个维护, 双碳)', () => {
    expect([smallChineseNumber('两'), smallChineseNumber('双'), smallChineseNumber('两十')]).toEqual([2, 2, 20]);
  });
  it('reads ASCII digits', () => {
    expect([smallChineseNumber('7'), smallChineseNumber('12')]).toEqual([7, 12]);
  });
  it('gives NaN for anything that is not a small numeral', () => {
    for (const s of ['', '个', '一二', '一百', '零', '二十一五', '壹', '5万']) {
      expect(smallChineseNumber(s), s).toBeNaN();
    }
  });
});

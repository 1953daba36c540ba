import { describe, expect, it } from 'vitest';
import { resolveNumber, resolveQuantity } from '../../src/numbers/index.js';

/** [input, expected value] — exact values (no tolerance needed: base-10 arithmetic). */
const VALUES: Array<[string, number]> = [
  // Arabic, separators, decimals, full width
  ['0', 0],
  ['7', 7],
  ['1200', 1200],
  ['1,200', 1200],
  ['1,050,000,000', 1050000000],
  ['1.2', 1.2],
  ['10,000.233', 10000.233],
  ['.5', 0.5],
  ['01.10', 1.1],
  ['4.800', 4.8],
  ['１２３', 123],
  ['２．２', 2.2],
  ['４，５６５', 4565],
  ['-10000', -10000],
  ['－1２２', -122],
  ['-.5', -0.5],
  // Chinese numerals
  ['零', 0],
  ['〇', 0],
  ['一', 1],
  ['两', 2],
  ['十', 10],
  ['十四', 14],
  ['一十一', 11],
  ['二十', 20],
  ['一百', 100],
  ['一百二十', 120],
  ['一百零一', 101],
  ['两千', 2000],
  ['一千零五', 1005],
  ['一千零五十', 1050],
  ['三万五千', 35000],
  ['一万零二百五十', 10250],
  ['一万二百五十', 10250],
  ['九百万零四百', 9000400],
  ['四千零五万', 40050000],
  ['五亿零六', 500000006],
  ['四亿五千六百四十二万零一十五', 456420015],
  ['四万万', 400000000],
  ['十万亿', 10000000000000],
  ['一万五千亿', 1500000000000],
  ['四十五亿四千零四万', 4540040000],
  ['一千一百一十一万一千一百一十一亿一千一百一十一万一千一百一十一', 1111111111111111],
  ['零十', 10],
  ['一百零十万', 1100000],
  ['一万零百一十一', 10111],
  ['半百', 50],
  ['一半', 0.5],
  ['廿二', 22],
  ['一百十一', 111],
  // digit by digit
  ['二〇二五', 2025],
  ['一七二零', 1720],
  ['一七二零点一', 1720.1],
  // financial uppercase and traditional
  ['壹贰叁', 123],
  ['壹佰伍拾', 150],
  ['玖仟陆佰陆拾伍', 9665],
  ['肆拾肆', 44],
  ['陸拾', 60],
  ['壹拾万零叁仟肆佰伍拾叁', 103453],
  ['四億五千六百四十二萬零壹十五', 456420015],
  ['負三十二', -32],
  // decimals in Chinese
  ['零点五', 0.5],
  ['十五点七', 15.7],
  ['两千万点五五四四', 20000000.5544],
  ['四百亿点零五零', 40000000000.05],
  ['一百点123', 100.123],
  ['零点零零零五零零零五零零零五零零五', 0.000500050005005],
  ['负零点一', -0.1],
  // colloquial
  ['三万五', 35000],
  ['一百二', 120],
  ['两千六', 2600],
  ['两千三点一', 2300.1],
  ['一百二十万三', 1203000],
  ['二百五', 250],
  // mixed
  ['1.2万', 12000],
  ['3500万', 35000000],
  ['12万亿', 12000000000000],
  ['4.78万亿', 4780000000000],
  ['１１.92亿', 1192000000],
  ['1,100.9亿', 110090000000],
  ['3万4000', 34000],
  ['25万6千', 256000],
  ['5亿1万4千6百', 500014600],
  ['2千零30万', 20300000],
  ['200亿零四千230', 20000004230],
  ['100万三千', 1003000],
  ['10万万', 1000000000],
  ['7 万5 千4 百', 75400],
  ['1000  万', 10000000],
  ['负1.1', -1.1],
  ['-10.1万', -101000],
  ['5k', 5000],
];

describe('resolveNumber: values', () => {
  it.each(VALUES)('%s → %d', (input, value) => {
    const r = resolveNumber(input);
    expect(r.error).toBeUndefined();
    expect(r.value).toBe(value);
    expect(r.min).toBeNull();
    expect(r.max).toBeNull();
  });
});

describe('resolveNumber: fractions and proportions', () => {
  const CASES: Array<[string, number]> = [
    ['三分之一', 1 / 3],
    ['二分之一', 0.5],
    ['五分之一', 0.2],
    ['3/5', 0.6],
    ['-3/2', -1.5],
    ['３／５', 0.6],
    ['1 4/3', 1 + 4 / 3],
    ['负一又二分之一', -1.5],
    ['一百万又五十万分之二十五', 1000000.00005],
    ['四千二分之三', 3 / 4200],
    ['一百分之五十五点五七九', 0.55579],
    ['十分之三', 0.3],
    // 百分之 / 千分之 / 万分之 are in percent units
    ['百分之九十五', 95],
    ['百分之百', 100],
    ['百分之2.4', 2.4],
    ['千分之三', 0.3],
    ['万分之三', 0.03],
    ['百万分之五', 0.0005],
    ['千分之一百一十一点一一二', 11.1112],
    ['百分之负三点八', -3.8],
    ['23%', 23],
    ['２３％', 23],
    ['4.2个百分点', 4.2],
    ['三成', 30],
    ['三成半', 35],
  ];
  it.each(CASES)('%s → %d', (input, value) => {
    const r = resolveNumber(input);
    expect(r.error).toBeUndefined();
    expect(r.value).not.toBeNull();
    expect(Math.abs((r.value as number) - value)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(value)));
  });
});

describe('resolveNumber: approximation inside the numeral', () => {
  const CASES: Array<[string, number, string]> = [
    ['两千余', 2000, 'more-than'],
    ['120余', 120, 'more-than'],
    ['四百多', 400, 'more-than'],
    ['十几万', 100000, 'more-than'],
    ['二十几万', 200000, 'more-than'],
    ['一百零几万', 1000000, 'more-than'],
    ['500余万', 5000000, 'more-than'],
    ['三十万多亿', 30000000000000, 'more-than'],
    ['500万余亿', 500000000000000, 'more-than'],
    ['十来', 10, 'about'],
  ];
  it.each(CASES)('%s → %d %s', (input, value, approx) => {
    const r = resolveNumber(input);
    if (input === '十来') {
      // 来 is only an approximation when a unit follows (十来个)
      expect(r.error).toBe('unparseable');
      return;
    }
    expect(r).toEqual({ value, min: null, max: null, approx });
  });
});

describe('resolveNumber: adjacent-digit ranges', () => {
  const CASES: Array<[string, number, number]> = [
    ['二三十', 20, 30],
    ['三四', 3, 4],
    ['十五六', 15, 16],
    ['五六十万', 500000, 600000],
    ['一百二三十', 120, 130],
    ['一两', 1, 2],
  ];
  it.each(CASES)('%s → %d–%d', (input, min, max) => {
    expect(resolveNumber(input)).toEqual({ value: null, min, max, approx: null });
  });
});

describe('resolveNumber: errors are reported, never silently wrong', () => {
  it.each(['一千万亿亿', '99999999999999999', '10万亿亿'])('%s is too large', (input) => {
    expect(resolveNumber(input)).toEqual({ value: null, min: null, max: null, approx: null, error: 'too-large' });
  });
  it('MAX_SAFE_INTEGER itself is fine, one more is not', () => {
    expect(resolveNumber(String(Number.MAX_SAFE_INTEGER)).value).toBe(Number.MAX_SAFE_INTEGER);
    expect(resolveNumber('9007199254740992').error).toBe('too-large');
  });
  it.each(['', '   ', 'abc', '一些', '三个', '5年', '万', '万万', '3 4', '1,23,4567', '三分之', '1/0'])(
    '%j is unparseable',
    (input) => {
      const r = resolveNumber(input);
      expect(r.error).toBe('unparseable');
      expect(r.value).toBeNull();
    },
  );
  it.each([null, undefined, 42, {}, ['1']])('rejects non-strings (%j) with a tifa: TypeError', (bad) => {
    expect(() => resolveNumber(bad as unknown as string)).toThrow(TypeError);
    expect(() => resolveNumber(bad as unknown as string)).toThrow(/^tifa: resolveNumber expects a string, got /);
  });
});

describe('resolveNumber: surrounding whitespace', () => {
  it('trims', () => {
    expect(resolveNumber('  一百五十 ').value).toBe(150);
    expect(resolveNumber('\t1,200\n').value).toBe(1200);
  });
});

describe('resolveQuantity', () => {
  it('returns the single quantity spanning the string', () => {
    expect(resolveQuantity('120余人次')).toEqual({
      text: '120余人次',
      start: 0,
      end: 6,
      value: 120,
      min: null,
      max: null,
      kind: 'count',
      approx: 'more-than',
      unit: '人次',
      claim: true,
    });
  });
  it('keeps offsets relative to the string as given', () => {
    const q = resolveQuantity('  5%左右 ');
    expect(q).toMatchObject({ text: '5%左右', start: 2, end: 6, value: 5, kind: 'percent', approx: 'about' });
  });
  it('reports strings that are not exactly one quantity', () => {
    for (const s of ['一些', '36次和8次', '全年36次', '']) {
      const q = resolveQuantity(s);
      expect(q.error).toBe('unparseable');
      expect(q.value).toBeNull();
      expect(q.claim).toBe(false);
    }
  });
  it('throws a tifa: TypeError on non-strings', () => {
    expect(() => resolveQuantity(5 as unknown as string)).toThrow(/^tifa: resolveQuantity expects a string, got 5$/);
  });
});

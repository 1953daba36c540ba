import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBytes, plausibility } from '../../src/document/decode.js';
import { TifaError } from '../../src/util/errors.js';
import { big5, traditional } from '../fixtures/documents.js';
import { seedText } from '../helpers.js';

const TEXT = '市委组织部党组2025年度政治生态分析研判报告，全年召开中心组学习会36次。';

function utf16(text: string, be: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (!be) return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  const swapped = Buffer.from(le);
  swapped.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), swapped]);
}

// GB18030 bytes of 中文报告 (D6D0 CEC4 B1A8 B8E6)
const GBK = Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0xb1, 0xa8, 0xb8, 0xe6]);

describe('decodeBytes', () => {
  it('decodes UTF-8 without and with BOM', () => {
    expect(decodeBytes(Buffer.from(TEXT), 'a')).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), 'a')).toEqual({
      text: TEXT,
      encoding: 'utf-8-bom',
    });
  });
  it('decodes UTF-16 LE and BE with BOM', () => {
    expect(decodeBytes(utf16(TEXT, false), 'a')).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeBytes(utf16(TEXT, true), 'a')).toEqual({ text: TEXT, encoding: 'utf-16be' });
  });
  it('detects GB18030/GBK', () => {
    expect(decodeBytes(GBK, 'gbk.txt')).toEqual({ text: '中文报告', encoding: 'gb18030' });
  });
  it('rejects truncated GBK naming the file', () => {
    expect(() => decodeBytes(GBK.subarray(0, 7), 'cut.txt')).toThrow(/cut\.txt: cannot decode/);
  });
  it('rejects empty, whitespace-only and binary input with a tifa error naming the file', () => {
    expect(() => decodeBytes(Buffer.alloc(0), 'e.txt')).toThrow(/^tifa: e\.txt: the file is empty$/);
    expect(() => decodeBytes(Buffer.from(' \n\t '), 'w.txt')).toThrow(/w\.txt: the file holds only whitespace/);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    let err: unknown;
    try {
      decodeBytes(png, 'img.png');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(TifaError);
    expect((err as TifaError).code).toBe('EBINARY');
    expect((err as TifaError).message).toMatch(/img\.png/);
  });
  it('rejects control-character soup that decodes as UTF-8', () => {
    const soup = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect(() => decodeBytes(soup, 's.bin')).toThrow(/binary/);
  });
  it('detects Big5 (long and short texts) and does not take it for GB18030', () => {
    const long = traditional(seedText().slice(0, 2000));
    expect(decodeBytes(big5(long), 'tw.txt')).toEqual({ text: long, encoding: 'big5' });
    const short = '全年召開中心組學習會36次';
    expect(decodeBytes(big5(short), 'tw.txt')).toEqual({ text: short, encoding: 'big5' });
    const gbk = iconv.encode(seedText().slice(0, 2000), 'gbk');
    expect(decodeBytes(gbk, 'cn.txt').encoding).toBe('gb18030');
  });
  it('detects UTF-16 without a byte-order mark', () => {
    const le = Buffer.from(TEXT, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeBytes(le, 'a')).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeBytes(be, 'a')).toEqual({ text: TEXT, encoding: 'utf-16be' });
  });
  it('refuses Japanese Shift_JIS bytes instead of reading them as Chinese gibberish', () => {
    const sjis = iconv.encode('政府の業務報告。昨年、経済は安定的に成長し、雇用が増えました。'.repeat(10), 'shift_jis');
    expect(() => decodeBytes(sjis, 'jp.txt')).toThrow(
      /^tifa: jp\.txt: the bytes read as Japanese \(Shift_JIS\), not Chinese/,
    );
  });
  it('scores how plausible a decoding is as Chinese', () => {
    expect(plausibility(seedText()).share).toBeGreaterThan(0.98);
    const garbled = new TextDecoder('gb18030').decode(big5(traditional(seedText().slice(0, 2000))));
    expect(plausibility(garbled).share).toBeLessThan(0.6);
  });
});

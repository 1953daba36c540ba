import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { formatQuantitiesLine, numbersLines, scanQuantities } from '../../src/numbers/index.js';

async function run(input: string, options?: { claimsOnly?: boolean }): Promise<string> {
  const out = new PassThrough();
  let s = '';
  out.on('data', (d: Buffer) => (s += d.toString('utf8')));
  await numbersLines(Readable.from([input]), out, options);
  return s;
}

describe('numbersLines', () => {
  it('writes one JSON line per input line with the fixed key order', async () => {
    const out = await run('全年召开中心组学习会36次\n开展廉政谈话120余人次，每年确定2—3个\n');
    expect(out).toBe(
      '{"quantities":[{"text":"36次","start":10,"end":13,"value":36,"min":null,"max":null,"kind":"count","approx":null,"unit":"次"}]}\n' +
        '{"quantities":[{"text":"120余人次","start":6,"end":12,"value":120,"min":null,"max":null,"kind":"count","approx":"more-than","unit":"人次"},' +
        '{"text":"2—3个","start":17,"end":21,"value":null,"min":2,"max":3,"kind":"count","approx":null,"unit":"个"}]}\n',
    );
  });
  it('keeps empty lines, handles CRLF and a last line without newline', async () => {
    const out = await run('5%\r\n\r\n二〇二五年');
    const lines = out.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(JSON.parse(lines[0]!)).toEqual({
      quantities: [
        { text: '5%', start: 0, end: 2, value: 5, min: null, max: null, kind: 'percent', approx: null, unit: '%' },
      ],
    });
    expect(JSON.parse(lines[1]!)).toEqual({ quantities: [] });
    expect(JSON.parse(lines[2]!).quantities[0]).toMatchObject({ text: '二〇二五年', value: 2025, kind: 'year' });
  });
  it('claimsOnly drops years, dates, ordinals', async () => {
    const out = await run('2025年开展12次，第一\n', { claimsOnly: true });
    expect(JSON.parse(out).quantities.map((q: { text: string }) => q.text)).toEqual(['12次']);
  });
  it('adds "error" last, only when present', async () => {
    const out = await run('1000万亿亿元\n');
    expect(out).toContain('"unit":"万亿亿元","error":"too-large"}');
  });
  it('is deterministic and agrees with scanQuantities', async () => {
    const text = ['国内生产总值增长5%左右', '城镇新增就业1200万人以上', '一些同志', '1.2万亿元'].join('\n');
    const a = await run(text);
    const b = await run(text);
    expect(a).toBe(b);
    const expected = `${text
      .split('\n')
      .map((l) => formatQuantitiesLine(scanQuantities(l)))
      .join('\n')}\n`;
    expect(a).toBe(expected);
  });
  it('handles many lines in order', async () => {
    const lines = Array.from({ length: 5000 }, (_, k) => `第${k + 1}批共${k}人`);
    const out = (await run(lines.join('\n'))).split('\n');
    expect(out).toHaveLength(5001);
    for (const k of [0, 1, 2499, 4999]) {
      const qs = JSON.parse(out[k]!).quantities;
      expect(qs.map((q: { value: number }) => q.value)).toEqual([k + 1, k]);
    }
  });
  it('escapes text safely', () => {
    expect(formatQuantitiesLine([])).toBe('{"quantities":[]}');
    const line = formatQuantitiesLine(scanQuantities('"3"次'));
    expect(() => JSON.parse(line)).not.toThrow();
  });
  it('rejects non-streams with a tifa: TypeError', async () => {
    await expect(numbersLines(null as unknown as NodeJS.ReadableStream, new PassThrough())).rejects.toThrow(
      /^tifa: numbersLines input must be a readable stream, got null$/,
    );
    await expect(numbersLines(Readable.from(['']), {} as NodeJS.WritableStream)).rejects.toThrow(
      /^tifa: numbersLines output must be a writable stream/,
    );
  });
});

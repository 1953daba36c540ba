import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeStreamLine, parseStreamLine, splitLines } from '../../src/pipeline/stream.js';
import { analyzeLinesStream } from '../../src/compare/corpus.js';
import { analyzeDocument } from '../../src/pipeline/analyze.js';
import { createDocument } from '../../src/document/document.js';
import { TifaError } from '../../src/util/errors.js';
import { ROOT, seedText } from '../helpers.js';

const BIN = join(ROOT, 'bin/tifa.js');
const MINI = join(ROOT, 'tests/fixtures/mini-gov');

async function collect<T>(gen: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

/** The seed report and the mini-gov fixtures as JSON lines, with their metadata. */
function fixtureLines(): string[] {
  const docs = readdirSync(MINI)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => ({ id: `mini-${n}`, text: readFileSync(join(MINI, n), 'utf8'), year: Number(n.slice(0, 4)) }));
  return [
    JSON.stringify({ id: 'seed', text: seedText(), genre: '政治生态分析研判报告' }),
    ...docs.map((d) => JSON.stringify(d)),
  ];
}

describe('splitLines', () => {
  it('reassembles characters and lines split across chunks, accepts CRLF, numbers blank lines', async () => {
    const bytes = Buffer.from('{"a":"政治生态"}\r\n\n第三行\n最后一行');
    // cut inside the 3-byte UTF-8 sequence of 政 and inside the CRLF
    const cut1 = bytes.indexOf(Buffer.from('政')) + 1;
    const cut2 = bytes.indexOf(0x0d) + 1;
    const chunks = [bytes.subarray(0, cut1), bytes.subarray(cut1, cut2), bytes.subarray(cut2)];
    expect(await collect(splitLines(chunks))).toEqual([
      { line: '{"a":"政治生态"}', lineNo: 1 },
      { line: '第三行', lineNo: 3 },
      { line: '最后一行', lineNo: 4 },
    ]);
  });
});

describe('parseStreamLine', () => {
  it('takes id, text and the known metadata', () => {
    const d = parseStreamLine('{"id":7,"text":"一、总体情况","year":2024,"issuer":"市委组织部","extra":1}', 3);
    expect(d).toEqual({ id: '7', text: '一、总体情况', meta: { year: 2024, issuer: '市委组织部' } });
  });
  it.each([
    ['not json', /<stdin>:5: not valid JSON/],
    ['[1,2]', /<stdin>:5: expected a JSON object/],
    ['{"text":"x"}', /<stdin>:5: "id"/],
    ['{"id":"a"}', /<stdin>:5: "text"/],
    ['{"id":"a","text":"x","year":"2024"}', /<stdin>:5: "year" must be a whole number/],
    ['{"id":"a","text":"x","title":3}', /<stdin>:5: "title" must be a string/],
  ])('%s is an error naming the line', (line, message) => {
    expect(() => parseStreamLine(line, 5)).toThrow(TifaError);
    expect(() => parseStreamLine(line, 5)).toThrow(message);
  });
});

describe('analyzeStreamLine', () => {
  it('gives the same result as analyzing the text directly, with the id as source', () => {
    const text = seedText();
    const json = analyzeStreamLine(JSON.stringify({ id: 'seed-2025', text }), 1, {});
    const direct = analyzeDocument(createDocument(text, { source: 'seed-2025' }), { meta: {} });
    expect(json).toBe(JSON.stringify(direct));
    expect(JSON.parse(json).document.source).toBe('seed-2025');
  });
  it('names the line and id when the text cannot be analyzed', () => {
    expect(() => analyzeStreamLine('{"id":"empty","text":"  "}', 9, {})).toThrow(/<stdin>:9: "empty": /);
  });
});

describe('analyzeLinesStream', () => {
  it('reads the input only as far as the in-flight window needs (flat memory)', async () => {
    let pulled = 0;
    const line = `${JSON.stringify({ id: 'x', text: '一、总体情况\n\n全年召开会议36次。' })}\n`;
    async function* endless() {
      for (;;) {
        pulled++;
        yield line;
      }
    }
    const gen = analyzeLinesStream(endless(), { jobs: 1 });
    for (let i = 0; i < 3; i++) expect((await gen.next()).value.json).toContain('"source":"x"');
    await gen.return(undefined);
    // in this thread one line is in flight: three results need at most four lines read
    expect(pulled).toBeLessThanOrEqual(4);
  });
  it('keeps input order and reports bad lines without stopping', async () => {
    const lines = fixtureLines();
    const input = [lines[1], 'oops', lines[0], '{"id":1}', lines[2]].join('\n');
    const items = await collect(analyzeLinesStream([input], { jobs: 1 }));
    expect(items.map((i) => i.lineNo)).toEqual([1, 2, 3, 4, 5]);
    expect(items.map((i) => (i.json ? JSON.parse(i.json).document.source : i.error!.message.slice(0, 14)))).toEqual([
      'mini-2015.txt',
      'tifa: <stdin>:',
      'seed',
      'tifa: <stdin>:',
      'mini-2016.txt',
    ]);
  });
});

// node-rs-jieba loads in a fraction of nodejieba's time (and becomes the default)
const FAST = ['--backend', 'node-rs-jieba'];

function tifa(args: string[], input: string) {
  return spawnSync(process.execPath, [BIN, ...args, ...FAST], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
}

describe('tifa analyze --input jsonl - (dist)', () => {
  const lines = fixtureLines();
  const input = `${lines.join('\n')}\n`;

  it('writes one result line per document, in order, the same with 1 and 2 jobs', () => {
    const one = tifa(['analyze', '--input', 'jsonl', '-', '--jobs', '1'], input);
    const two = tifa(['analyze', '--input', 'jsonl', '-', '--jobs', '2'], input);
    expect(one.status).toBe(0);
    expect(one.stderr).toBe('');
    const out = one.stdout.trimEnd().split('\n');
    expect(out.map((l) => JSON.parse(l).document.source)).toEqual(lines.map((l) => JSON.parse(l).id));
    expect(two.stdout).toBe(one.stdout);
  });
  it('reports a bad line on stderr with its number, exits 1, and analyzes the rest', () => {
    const r = tifa(
      ['analyze', '--input', 'jsonl', '-', '--jobs', '2'],
      `${lines[0]}\n{"id":"a","text":\n${lines[1]}\n`,
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^tifa: <stdin>:2: not valid JSON/);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2);
  });
  it('gives the same lines when GNU parallel --pipe splits the input across processes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tifa-stream-'));
    const file = join(dir, 'docs.jsonl');
    writeFileSync(file, input);
    const direct = tifa(['analyze', '--input', 'jsonl', '-', '--jobs', '1'], input);
    const split = spawnSync(
      'parallel',
      [
        '--pipe',
        '-N',
        '4',
        '--keep-order',
        '-j',
        '2',
        process.execPath,
        BIN,
        'analyze',
        '--input',
        'jsonl',
        '-',
        '--jobs',
        '1',
        ...FAST,
      ],
      { cwd: ROOT, input: readFileSync(file), encoding: 'utf8', maxBuffer: 64 << 20 },
    );
    expect(split.error).toBeUndefined(); // GNU parallel (Debian package parallel) must be installed
    expect(split.status).toBe(0);
    expect(split.stdout).toBe(direct.stdout);
  });
  it('leaves tifa analyze - for one plain-text document as it was', () => {
    const r = tifa(['analyze', '-', '--format', 'jsonl'], '一、总体情况\n\n全年召开会议36次。');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).document.source).toBe('<stdin>');
  });
  it('refuses a file argument and a non-JSON-lines format', () => {
    expect(tifa(['analyze', '--input', 'jsonl', 'x.jsonl'], '').status).toBe(2);
    expect(tifa(['analyze', '--input', 'jsonl', '-', '--format', 'md'], '').status).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SEED, seedText } from './helpers.js';

const BIN = join(ROOT, 'bin/tifa.js');
function tifa(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('tifa CLI', () => {
  it('segment prints tokens whose offsets point into the file', () => {
    const r = tifa(['segment', SEED]);
    expect(r.code).toBe(0);
    const tokens = JSON.parse(r.stdout) as Array<{ text: string; start: number; end: number }>;
    const text = seedText();
    expect(tokens.length).toBeGreaterThan(2000);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toContain('120余人次');
  });
  it('segment --format tsv has a header and one token per line', () => {
    const r = tifa(['segment', SEED, '--format', 'tsv', '--pos']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('text\tstart\tend\tpos');
    expect(lines).toContain('120余人次\t626\t632\tm');
  });
  it('analyze prints the document part with schemaVersion', () => {
    const r = tifa(['analyze', SEED]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(j.document).toMatchObject({
      title: '市委组织部党组2025年度政治生态分析研判报告',
      year: 2025,
      issuer: '市委组织部党组',
      chars: 4880,
    });
    expect(j.document.sections[0]).toEqual({
      title: '一、政治生态建设总体情况',
      level: 1,
      number: 1,
      role: 'review',
      parent: -1,
      start: 237,
      end: 750,
    });
  });
  it('analyze reads stdin with -', () => {
    const r = tifa(['analyze', '-'], '一、总体情况\n\n全年召开会议36次。');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).document.source).toBe('<stdin>');
  });
  it('is deterministic: the same input gives byte-identical output', () => {
    expect(tifa(['analyze', SEED]).stdout).toBe(tifa(['analyze', SEED]).stdout);
  });
  it('misuse: one line plus a pointer to the help, exit 2, no usage dump', () => {
    for (const [args, help] of [
      [['analyze', '--bogus', SEED], 'tifa analyze --help'],
      [['analyze'], 'tifa analyze --help'],
      [['frobnicate'], 'tifa --help'],
      [['analyze', SEED, '--format', 'xml'], 'tifa analyze --help'],
      [['compare', 'x', '--jobs', 'two'], 'tifa compare --help'],
      [['numbers', SEED, '--claims-only'], 'tifa numbers --help'],
    ] as const) {
      const r = tifa([...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.split('\n'), args.join(' ')).toEqual([expect.stringMatching(/^tifa: /), `try '${help}'`, '']);
      expect(r.stdout).toBe('');
    }
  });
  it('a bad file exits 1 naming it, and the other files are still analyzed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tifa-cli-'));
    const bin = join(dir, 'bad.bin');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    const r = tifa(['analyze', join(dir, 'missing.txt'), bin, SEED]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('missing.txt: cannot read the file (no such file or folder)');
    expect(r.stderr).toContain('bad.bin: looks like a binary file');
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(1);
    expect(out[0].document.year).toBe(2025);
  });
  it('--out writes the file atomically and leaves no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tifa-out-'));
    const out = join(dir, 'r.md');
    const r = tifa(['analyze', SEED, '--format', 'md', '--out', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# 市委组织部党组2025年度政治生态分析研判报告/);
    expect(readdirSync(dir)).toEqual(['r.md']);
  });
  it('--version and --help', () => {
    expect(tifa(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(tifa(['--help']).stdout).toContain('Usage: tifa');
  });
  it('analyze streams a folder as JSON Lines, identical with 1 and 2 worker threads', () => {
    const one = tifa(['analyze', 'tests/fixtures/mini-gov', '--format', 'jsonl', '--jobs', '1']);
    const two = tifa(['analyze', 'tests/fixtures/mini-gov', '--format', 'jsonl', '--jobs', '2']);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const lines = one.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((r) => r.document.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2021, 2022]);
  });
  it('analyze --evidence inline puts the sentence beside each finding instead of a table', () => {
    const table = JSON.parse(tifa(['analyze', SEED]).stdout);
    const inline = JSON.parse(tifa(['analyze', SEED, '--evidence', 'inline']).stdout);
    expect(table.sentences).toBeDefined();
    expect(inline.sentences).toBeUndefined();
    const claim = inline.claims[0];
    expect(claim.sentenceText).toBe(table.sentences[claim.sentence].text);
    const lines = tifa([
      'analyze',
      'tests/fixtures/mini-gov',
      '--format',
      'jsonl',
      '--evidence',
      'inline',
      '--jobs',
      '1',
    ]);
    for (const line of lines.stdout.trimEnd().split('\n'))
      for (const c of JSON.parse(line).claims) expect(c.sentenceText).toContain(c.text);
  });
  it('analyze of several files prints a JSON array', () => {
    const r = tifa(['analyze', 'tests/fixtures/mini-gov/2015.txt', 'tests/fixtures/mini-gov/2016.txt']);
    expect(JSON.parse(r.stdout).map((x: { document: { year: number } }) => x.document.year)).toEqual([2015, 2016]);
    // one compact result per line between the brackets
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(JSON.parse(lines[1]!.replace(/,$/, '')).document.year).toBe(2015);
  });
  it('compare --format json gives the first appearance of formulations', () => {
    const r = tifa(['compare', 'tests/fixtures/mini-gov', '--format', 'json', '--no-cache']);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    const first = (f: string) => c.formulations.find((x: { formulation: string }) => x.formulation === f).firstYear;
    expect([first('四个意识'), first('两个维护'), first('两个确立')]).toEqual([2017, 2019, 2022]);
  });
  it('compare writes md, csv and html, and names a missing input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tifa-cmp-'));
    for (const format of ['md', 'csv', 'html']) {
      const out = join(dir, `c.${format}`);
      const r = tifa([
        'compare',
        'tests/fixtures/mini-gov',
        'no-such-dir',
        '--format',
        format,
        '--out',
        out,
        '--no-cache',
      ]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('no-such-dir: cannot read the file (no such file or folder)');
      expect(readFileSync(out, 'utf8').length).toBeGreaterThan(100);
    }
    expect(readFileSync(join(dir, 'c.csv'), 'utf8').startsWith('\uFEFFdoc,year,title,issuer,feature_type')).toBe(true);
    expect(readFileSync(join(dir, 'c.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
  });
});

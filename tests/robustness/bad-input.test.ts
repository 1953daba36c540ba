// Bad files through the command line (bin/tifa.js, built from src by `npm run build`):
// undecodable bytes, truncated GBK, a binary file, a directory where a file is expected, a missing
// file, an unreadable file and empty files. Each gives one clear message on stderr naming the
// file and exit code 1 (2 for misuse), and the other documents of the run are still analyzed and
// written. Input files are never modified, and --out is written atomically even when the run is
// killed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { ROOT, SEED } from '../helpers.js';

const BIN = join(ROOT, 'bin/tifa.js');
/** Runs the CLI (asynchronously, so that independent runs overlap). */
function tifa(args: string[], input = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}
const stderrLines = (s: string) => s.split('\n').filter((l) => l.length > 0);
const _sources = (jsonl: string) =>
  jsonl
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { document: { source: string } }).document.source);

/** Encodes text as GBK (two-byte GB18030), from the decoder's own table. */
function gbk(text: string): Buffer {
  const dec = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const c = dec.decode(Uint8Array.from([a, b]));
      if (c.length === 1 && c !== '\ufffd' && !table.has(c)) table.set(c, [a, b]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no GBK code for ${ch}`);
      out.push(...bytes);
    }
  }
  return Buffer.from(out);
}

// Tests run as root in CI, where chmod 000 does not stop reading: then the unreadable file is
// simply read and analyzed, and that (not a skip) is what is asserted.
const ROOT_USER = process.getuid?.() === 0;

let dir: string;
const P: Record<string, string> = {};
/** Every input file (and folder) with its bytes and mtime, to check nothing is modified. */
const before = new Map<string, { mtimeMs: number; size: number; mode: number; bytes: Buffer | null }>();
function snapshot(path: string) {
  const st = statSync(path);
  let bytes: Buffer | null = null;
  if (st.isFile()) {
    try {
      bytes = readFileSync(path);
    } catch {
      bytes = null; // unreadable for this user
    }
  }
  return { mtimeMs: st.mtimeMs, size: st.size, mode: st.mode, bytes };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tifa-bad-'));
  const seedText = readFileSync(SEED, 'utf8');
  P.good = join(dir, 'good.txt');
  copyFileSync(SEED, P.good);
  P.gbk = join(dir, 'good-gbk.txt');
  writeFileSync(P.gbk, gbk(seedText));
  const g = gbk('现将有关情况报告如下。\n一、总体情况\n全年召开会议36次。');
  P.undecodable = join(dir, 'undecodable.txt');
  writeFileSync(
    P.undecodable,
    Buffer.concat([
      Buffer.from('现将有关情况报告如下。', 'utf8'),
      Buffer.from([0x80, 0xff, 0xfe, 0x80]),
      Buffer.from('全年召开会议。', 'utf8'),
    ]),
  );
  P.truncated = join(dir, 'truncated-gbk.txt');
  writeFileSync(P.truncated, g.subarray(0, g.length - 1)); // cut inside the last two-byte character
  P.binary = join(dir, 'image.png');
  writeFileSync(
    P.binary,
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      Buffer.alloc(200),
    ]),
  );
  P.empty = join(dir, 'empty.txt');
  writeFileSync(P.empty, '');
  P.blank = join(dir, 'blank.txt');
  writeFileSync(P.blank, ' \n\t\u3000\r\n');
  P.unreadable = join(dir, 'unreadable.txt');
  copyFileSync(SEED, P.unreadable);
  chmodSync(P.unreadable, 0o000);
  P.folder = join(dir, 'folder.txt'); // a directory named like a report
  mkdirSync(P.folder);
  P.sub = join(dir, 'sub');
  mkdirSync(P.sub);
  P.subGood = join(P.sub, 'a-2015.txt');
  copyFileSync(join(ROOT, 'tests/fixtures/mini-gov/2015.txt'), P.subGood);
  P.subBad = join(P.sub, 'b-binary.txt');
  writeFileSync(P.subBad, Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 9, 9]));
  P.missing = join(dir, 'missing.txt');
  for (const k of Object.keys(P)) if (k !== 'missing') before.set(P[k]!, snapshot(P[k]!));
});

afterAll(() => {
  if (dir) {
    chmodSync(P.unreadable!, 0o644);
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The bad inputs with the message each must give (after `tifa: PATH: `). */
const BAD: Array<[string, RegExp]> = [
  ['undecodable', /cannot decode the bytes/],
  ['truncated', /cannot decode the bytes/],
  ['binary', /looks like a binary file/],
  ['empty', /the file is empty/],
  ['blank', /the file holds only whitespace/],
  ['missing', /cannot read the file \(no such file/],
  ['folder', /is a directory/],
];
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.concurrent('analyze: each bad file is named once, exit 1, and the other files are still analyzed and written', () => {
  it('all of them in one run with --out (2 worker threads)', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tifa-bad-out-')), 'all.jsonl');
    const bad = BAD.filter(([k]) => k !== 'folder');
    const inputs = [P.good!, ...bad.map(([k]) => P[k]!), P.unreadable!, P.sub!, P.gbk!];
    const r = await tifa(['analyze', ...inputs, '--format', 'jsonl', '--jobs', '2', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = stderrLines(r.stderr);
    const named: Array<[string, RegExp]> = [
      ...bad.map(([k, why]): [string, RegExp] => [P[k]!, why]),
      [P.subBad!, /looks like a binary file/],
    ];
    // Tests run as root in CI, where chmod 000 does not stop reading: then the file is read and analyzed.
    if (!ROOT_USER) named.push([P.unreadable!, /cannot read the file \(permission denied\)/]);
    expect(lines).toHaveLength(named.length);
    for (const [p, why] of named)
      expect(
        lines.filter((l) => new RegExp(`^tifa: ${escapeRe(p)}: ${why.source}`).test(l)),
        p,
      ).toHaveLength(1);
    const results = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { document: { source: string; encoding: string }; claims: unknown; terms: unknown });
    expect(results.map((x) => x.document.source)).toEqual([
      P.good,
      ...(ROOT_USER ? [P.unreadable] : []),
      P.subGood,
      P.gbk,
    ]);
    // the GBK copy of the report is decoded and analyzed like its UTF-8 original
    const [good, gb] = [results[0]!, results[results.length - 1]!];
    expect(gb.document.encoding).toBe('gb18030');
    expect(gb.claims).toEqual(good.claims);
    expect(gb.terms).toEqual(good.terms);
    expect(readdirSync(join(out, '..'))).toEqual(['all.jsonl']);
  });
});

describe.concurrent('single-file commands name the bad file and exit 1', () => {
  it.each(BAD)('segment %s', async (key, why) => {
    const r = await tifa(['segment', P[key]!]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrLines(r.stderr)).toEqual([
      expect.stringMatching(new RegExp(`^tifa: ${escapeRe(P[key]!)}: ${why.source}`)),
    ]);
  });
  it(
    ROOT_USER
      ? 'kwic on an unreadable file (as root, chmod 000 does not stop reading: it is read)'
      : 'kwic on an unreadable file: permission denied',
    async () => {
      const r = await tifa(['kwic', P.unreadable!, '廉政谈话', '--format', 'json']);
      if (ROOT_USER) {
        expect(r.code).toBe(0);
        expect((JSON.parse(r.stdout) as Array<{ match: string }>).map((h) => h.match)).toContain('廉政谈话');
      } else {
        expect(r.code).toBe(1);
        expect(stderrLines(r.stderr)).toEqual([`tifa: ${P.unreadable}: cannot read the file (permission denied)`]);
      }
    },
  );
  it.each(BAD.filter(([k]) => ['folder', 'missing', 'binary', 'undecodable'].includes(k)))(
    'kwic %s',
    async (key, why) => {
      const r = await tifa(['kwic', P[key]!, '党']);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(stderrLines(r.stderr)).toEqual([
        expect.stringMatching(new RegExp(`^tifa: ${escapeRe(P[key]!)}: ${why.source}`)),
      ]);
    },
  );
  it.each(BAD.filter(([k]) => ['folder', 'truncated'].includes(k)))('numbers %s', async (key, why) => {
    const r = await tifa(['numbers', P[key]!]);
    expect(r.code).toBe(1);
    expect(stderrLines(r.stderr)).toEqual([
      expect.stringMatching(new RegExp(`^tifa: ${escapeRe(P[key]!)}: ${why.source}`)),
    ]);
  });
  it('terms over every bad file and a good one: each named, the good one counted', async () => {
    const r = await tifa(['terms', ...BAD.map(([k]) => P[k]!), P.good!]);
    expect(r.code).toBe(1);
    const lines = stderrLines(r.stderr);
    expect(lines).toHaveLength(BAD.length);
    for (const [i, [k, why]] of BAD.entries())
      expect(lines[i]).toMatch(new RegExp(`^tifa: ${escapeRe(P[k]!)}: ${why.source}`));
    const rows = JSON.parse(r.stdout) as Array<{ doc: string; feature: string; count: number }>;
    expect(new Set(rows.map((x) => x.doc))).toEqual(new Set([P.good]));
    expect(rows.find((x) => x.feature === '政治生态')?.count).toBe(7);
  });
  it('compare over bad files and two good ones: each bad one named, the comparison written', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tifa-bad-cmp-')), 'c.csv');
    const r = await tifa([
      'compare',
      P.good!,
      P.binary!,
      P.missing!,
      P.empty!,
      P.subGood!,
      '--format',
      'csv',
      '--out',
      out,
      '--no-cache',
      '--jobs',
      '1',
    ]);
    expect(r.code).toBe(1);
    const lines = stderrLines(r.stderr);
    for (const p of [P.binary, P.missing, P.empty])
      expect(lines.filter((l) => l.startsWith(`tifa: ${p}: `))).toHaveLength(1);
    // doc is the path relative to the corpus root, the folder holding both good files
    const csv = readFileSync(out, 'utf8');
    expect(csv).toContain(`\ngood.txt,2025,`);
    expect(csv).toContain(`\n${relative(dir, P.subGood!).split(sep).join('/')},2015,`);
  });
  it('an --out that cannot be written is named, exit 1', async () => {
    for (const cmd of [
      ['analyze', P.good!, '--jobs', '1'],
      ['kwic', P.good!, '廉政谈话'],
    ]) {
      const r = await tifa([...cmd, '--out', join(dir, 'no-such-folder', 'x.json')]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        new RegExp(`^tifa: ${escapeRe(join(dir, 'no-such-folder', 'x.json'))}: cannot write the output`),
      );
    }
  });
  it('misuse exits 2 with one line and a pointer to the help', async () => {
    for (const args of [
      ['segment', P.good!, P.gbk!],
      ['kwic', P.good!],
      ['analyze', '-', P.good!],
      ['analyze', P.good!, '--jobs', '0'],
      ['numbers'],
    ]) {
      const r = await tifa(args, '');
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^tifa: [^\n]+\ntry 'tifa \w+ --help'\n$/);
    }
  });
});

describe.concurrent('--out is atomic: a killed run leaves neither a partial result nor a temporary file', () => {
  let corpus: string;
  beforeAll(() => {
    // a folder of many copies of corpus/*.txt, so that the run is still going when it is killed
    corpus = mkdtempSync(join(tmpdir(), 'tifa-kill-'));
    const texts = readdirSync(join(ROOT, 'corpus')).filter((f) => f.endsWith('.txt'));
    for (let i = 0; i < 300; i++)
      for (const f of texts) copyFileSync(join(ROOT, 'corpus', f), join(corpus, `${String(i).padStart(3, '0')}-${f}`));
  });
  afterAll(() => rmSync(corpus, { recursive: true, force: true }));

  /** Starts `analyze` with --out, waits until it has written part of its temporary file, then sends `signal`. */
  async function killMidway(
    signal: NodeJS.Signals,
    out: string,
  ): Promise<{ code: number | null; signal: NodeJS.Signals | null; tmpSeen: string; stderr: string }> {
    const child = spawn(process.execPath, [BIN, 'analyze', corpus, '--format', 'jsonl', '--jobs', '1', '--out', out], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) =>
      child.on('exit', (code, sig) => res({ code, signal: sig })),
    );
    const outDir = join(out, '..');
    let tmpSeen = '';
    for (let i = 0; i < 600 && !tmpSeen; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const tmp = readdirSync(outDir).find((f) => f.endsWith('.tmp'));
      if (tmp && statSync(join(outDir, tmp)).size > 0) tmpSeen = tmp;
      if (child.exitCode !== null) break;
    }
    child.kill(signal);
    return { ...(await exited), tmpSeen, stderr };
  }

  it('SIGINT: exit 130, the previous result untouched, no temporary file', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'tifa-kill-out-'));
    const out = join(outDir, 'r.jsonl');
    writeFileSync(out, 'previous result\n');
    const r = await killMidway('SIGINT', out);
    expect(r.tmpSeen).toMatch(/^\.r\.jsonl\.\d+\.\d+\.tmp$/); // killed mid-way, while writing
    expect(r.code).toBe(130);
    expect(readFileSync(out, 'utf8')).toBe('previous result\n');
    expect(readdirSync(outDir)).toEqual(['r.jsonl']);
  });
  // BUG (src/cli.ts, outside tests — fails until fixed): only SIGINT is handled; SIGTERM (what
  // `kill`, timeout(1), systemd and CI runners send) ends the process without running the exit
  // handler of openAtomic, so `.r.jsonl.PID.TIME.tmp` (hundreds of KB) is left beside the output.
  it('SIGTERM: no partial output and no temporary file left', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'tifa-kill-out-'));
    const r = await killMidway('SIGTERM', join(outDir, 'r.jsonl'));
    expect(r.tmpSeen).not.toBe('');
    expect(r.code === 143 || r.signal === 'SIGTERM').toBe(true);
    expect(existsSync(join(outDir, 'r.jsonl'))).toBe(false);
    expect(readdirSync(outDir)).toEqual([]);
  });
});

describe('input files are never modified', () => {
  it('every input has the same bytes, size, mode and mtime after all the runs above', async () => {
    expect(before.size).toBeGreaterThan(10);
    for (const [path, was] of before) {
      const now = snapshot(path);
      expect(now.mtimeMs, path).toBe(was.mtimeMs);
      expect(now.size, path).toBe(was.size);
      expect(now.mode, path).toBe(was.mode);
      if (was.bytes) expect(now.bytes?.equals(was.bytes), path).toBe(true);
    }
    // the folder given to analyze gained no file (no cache, no temporary file beside the inputs)
    expect(readdirSync(dir).sort()).toEqual([
      'blank.txt',
      'empty.txt',
      'folder.txt',
      'good-gbk.txt',
      'good.txt',
      'image.png',
      'sub',
      'truncated-gbk.txt',
      'undecodable.txt',
      'unreadable.txt',
    ]);
    expect(readdirSync(P.sub!).sort()).toEqual(['a-2015.txt', 'b-binary.txt']);
  });
});

import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMANDS } from '../../src/cli.js';
import { ROOT, SEED, seedText, sharedCorpus } from '../helpers.js';

const BIN = join(ROOT, 'bin/tifa.js');
const SHARED_GOV = sharedCorpus('gov-work-reports');

function tifa(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('tifa command-line conventions', () => {
  it('no arguments: the usage, listing every command, on stderr; exit 2', () => {
    const r = tifa([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Usage: tifa /);
    for (const c of COMMANDS) expect(r.stderr).toContain(`  ${c.name} `);
  });

  it('--version and -V print the package version', () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    for (const flag of ['--version', '-V'])
      expect(tifa([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('tifa CMD --help lists every option of that command, and only that command', () => {
    for (const c of COMMANDS) {
      const r = tifa([c.name, '--help']);
      expect(r.code, c.name).toBe(0);
      expect(r.stdout.split('\n')[0]).toBe(`Usage: tifa ${c.name} [options] ${c.args}`);
      for (const name of Object.keys(c.options)) expect(r.stdout, `${c.name} --${name}`).toContain(`--${name}`);
      for (const other of COMMANDS) if (other !== c) expect(r.stdout).not.toContain(`tifa ${other.name} `);
    }
    expect(tifa(['compare', '--help']).stdout).toMatch(/-j, --jobs N/);
    expect(tifa(['help', 'compare']).stdout).toBe(tifa(['compare', '--help']).stdout);
    expect(tifa(['numbers', '--help']).stdout).toContain('--claims-only');
  });

  it('a missing file is one clear line, exit 1', () => {
    for (const command of [['numbers'], ['segment'], ['kwic'], ['terms'], ['analyze']]) {
      const args = command[0] === 'kwic' ? ['kwic', 'no-such.txt', '党建'] : [...command, 'no-such.txt'];
      const r = tifa(args);
      expect(r.code, command[0]).toBe(1);
      expect(r.stderr, command[0]).toMatch(
        /^tifa: no-such\.txt: cannot read the file \(no such file( or folder)?\)\n$/,
      );
    }
  });

  it('a folder reports on stderr the files it skipped and why, and still analyzes the reports', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tifa-skip-'));
    writeFileSync(join(dir, 'report.txt'), seedText());
    writeFileSync(join(dir, 'budget.xlsx'), 'PK');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'photo.jpg'), '\xff\xd8');
    writeFileSync(join(dir, 'MANIFEST.tsv'), 'file\tyear\nreport.txt\t2025\n');
    writeFileSync(join(dir, '.DS_Store'), '');
    const r = tifa(['analyze', dir, '--format', 'jsonl', '--jobs', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `tifa: ${join(dir, 'budget.xlsx')}: skipped (not a report file: tifa reads .txt, .text, .md, .html, .docx, .doc, .wps and .pdf)`,
      `tifa: ${join(dir, 'sub', 'photo.jpg')}: skipped (not a report file: tifa reads .txt, .text, .md, .html, .docx, .doc, .wps and .pdf)`,
    ]);
  });

  it('writing into a closed pipe ends quietly with exit 0', async () => {
    // The government work reports make far more output than a pipe buffer holds.
    const child = spawn(process.execPath, [BIN, 'analyze', SHARED_GOV, '--format', 'jsonl', '--jobs', '1'], {
      cwd: ROOT,
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    await new Promise<void>((done) => child.stdout.once('data', () => done()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);

  it('errors on stderr all start with tifa and never print a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tifa-err-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    for (const args of [
      ['analyze', join(dir, 'empty.txt')],
      ['kwic', SEED, '/[/'],
      ['analyze', SEED, '--jobs', '0'],
      ['segment', SEED, '--dict', join(dir, 'no-dict.tsv')],
    ]) {
      const r = tifa(args);
      expect(r.code, args.join(' ')).toBeGreaterThan(0);
      expect(r.stderr, args.join(' ')).toMatch(/^tifa: /);
      expect(r.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
    }
  });
});

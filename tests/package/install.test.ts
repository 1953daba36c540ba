import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { ROOT } from '../helpers.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** Commands a native build would run; here they all fail, as on a laptop without a toolchain. */
const TOOLCHAIN = ['g++', 'gcc', 'cc', 'c++', 'clang', 'clang++', 'make'];
const INSTALL_TIMEOUT_MS = 300_000;

/**
 * Installs the packed tarball into a fresh project the way a user would: npm's default
 * `yes=false` (so `npx` steps in install scripts are refused) and no working compiler.
 * Needs the npm registry.
 */
describe('installing the packed tarball without a compiler', () => {
  it(
    'succeeds, and the CLI, import and require all work',
    () => {
      const tmp = mkdtempSync(join(tmpdir(), 'tifa-install-'));
      const packed = execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const tarball = join(tmp, (JSON.parse(packed) as Array<{ filename: string }>)[0]!.filename);
      const shims = join(tmp, 'shims');
      mkdirSync(shims);
      for (const tool of TOOLCHAIN) {
        writeFileSync(join(shims, tool), `#!/bin/sh\necho "${tool}: no compiler on this machine" >&2\nexit 1\n`);
        chmodSync(join(shims, tool), 0o755);
      }
      const project = join(tmp, 'project');
      mkdirSync(project);
      writeFileSync(join(project, 'package.json'), '{ "name": "fresh", "version": "1.0.0", "private": true }\n');
      writeFileSync(join(project, 'report.txt'), '一、总体情况\n全年召开中心组学习会36次，开展廉政谈话120余人次。\n');
      const env = { ...process.env, PATH: `${shims}${delimiter}${process.env.PATH}`, npm_config_yes: 'false' };
      const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { cwd: project, env, encoding: 'utf8' });

      expect(spawnSync('g++', ['--version'], { env }).status).not.toBe(0);
      const install = run(npm, ['install', tarball, '--no-audit', '--no-fund']);
      expect(install.status, install.stderr).toBe(0);

      const cli = run('npx', ['tifa', 'analyze', 'report.txt']);
      expect(cli.status, cli.stderr).toBe(0);
      const result = JSON.parse(cli.stdout);
      expect(result.producer.backend).toBe('node-rs-jieba');
      expect(result.claims.map((c: { text: string }) => c.text)).toEqual(['36次', '120余人次']);

      const esm = run(process.execPath, [
        '--input-type=module',
        '-e',
        "import { analyze } from 'tifa'; const r = await analyze('report.txt'); console.log(r.document.chars);",
      ]);
      expect(esm.status, esm.stderr).toBe(0);
      expect(Number(esm.stdout)).toBe(result.document.chars);

      const cjs = run(process.execPath, ['-e', "console.log(typeof require('tifa').analyze)"]);
      expect(cjs.status, cjs.stderr).toBe(0);
      expect(cjs.stdout.trim()).toBe('function');
    },
    INSTALL_TIMEOUT_MS,
  );
});

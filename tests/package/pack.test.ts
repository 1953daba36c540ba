import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The file list `npm pack` would put in the tarball (without building: the test run built dist/). */
function packedFiles(): string[] {
  const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return (JSON.parse(out) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
}

describe('the npm package', () => {
  const files = packedFiles();
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

  it('holds the code, the command, the dictionaries, the schemas, the licence and the README', () => {
    for (const needed of [
      'package.json',
      'README.md',
      'LICENSE',
      'bin/tifa.js',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/cli.js',
      'dist/compare/worker.js',
      'dictionaries/terms.tsv',
      'dictionaries/formulations.tsv',
      'dictionaries/idf-genre.tsv',
      'dictionaries/stopwords.txt',
      'schema/result.schema.json',
      'schema/comparison.schema.json',
    ])
      expect(files).toContain(needed);
  });

  it('holds nothing a user does not need: no tests, sources, maps, corpus, CI, dependencies or npm settings', () => {
    const unwanted = files.filter((f) =>
      /^(tests|src|corpus|scripts|\.ci|node_modules|\.tifa-cache)\/|\.map$|^\.npmrc$|\.test\.|^biome\.json$|^tsconfig/.test(
        f,
      ),
    );
    expect(unwanted).toEqual([]);
  });

  it('every file in it is reachable: the entry points and the bin exist in the list', () => {
    const exp = pkg.exports['.'];
    for (const target of [exp.types, exp.import, exp.default, pkg.main, pkg.types, pkg.bin.tifa])
      expect(files).toContain(target.replace(/^\.\//, ''));
  });

  it('has the registry page fields, and README links that work there (absolute)', () => {
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    for (const url of [pkg.repository.url, pkg.homepage, pkg.bugs.url]) expect(url).toMatch(/^(git\+)?https:\/\//);
    const links = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.filter((l) => !/^(https?:|mailto:|#)/.test(l))).toEqual([]);
  });

  it('nodejieba, which compiles from source, is optional; @node-rs/jieba (prebuilt) is required', () => {
    expect(pkg.optionalDependencies).toHaveProperty('nodejieba');
    expect(pkg.dependencies).not.toHaveProperty('nodejieba');
    expect(pkg.dependencies).toHaveProperty('@node-rs/jieba');
  });
});

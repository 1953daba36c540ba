import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { analyze } from '../../src/pipeline/analyze.js';
import { Dictionary, loadDictionary } from '../../src/dictionary/dictionary.js';
import { createSegmenter, DEFAULT_BACKEND } from '../../src/segment/segmenter.js';
import { dictionaryHash, segmenterInfo, NODEJIEBA_MISSING } from '../../src/segment/info.js';
import { ROOT, SEED } from '../helpers.js';

const require = createRequire(import.meta.url);
const HIDE = join(ROOT, 'tests/segment/hide-nodejieba.cjs');

function tifaWithoutNodejieba(args: string[]) {
  const r = spawnSync(process.execPath, ['--require', HIDE, join(ROOT, 'bin/tifa.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('segmenter backends', () => {
  it('defaults to the prebuilt @node-rs/jieba', () => {
    expect(DEFAULT_BACKEND).toBe('node-rs-jieba');
    expect(createSegmenter().backend).toBe('node-rs-jieba');
  });

  it.each(['node-rs-jieba', 'nodejieba'] as const)('%s results record what produced them', async (backend) => {
    const r = await analyze(SEED, { backend, analyzers: ['terms'] });
    const pkg = backend === 'nodejieba' ? 'nodejieba' : '@node-rs/jieba';
    expect(r.producer).toEqual({
      tifa: require('../../package.json').version,
      backend,
      backendVersion: require(`${pkg}/package.json`).version,
      dictionaryHash: dictionaryHash(loadDictionary()),
    });
  });

  it('the dictionary hash depends on the entries, not their order or origin', () => {
    const d = loadDictionary();
    const reversed = new Dictionary([...d.entries].reverse().map((e) => ({ ...e, origin: 'elsewhere' as never })));
    expect(dictionaryHash(reversed)).toBe(dictionaryHash(d));
    expect(dictionaryHash(reversed)).toMatch(/^[0-9a-f]{64}$/);
    const more = loadDictionary({ entries: [{ term: '数字政府建设专班', category: '发展' }] });
    expect(dictionaryHash(more)).not.toBe(dictionaryHash(d));
  });

  it('both backends find the same terms and formulations in the bundled report', async () => {
    const counts = async (backend: 'nodejieba' | 'node-rs-jieba') =>
      ((await analyze(SEED, { backend, analyzers: ['terms'] })).terms ?? []).map((t) => [t.term, t.count]);
    expect(await counts('node-rs-jieba')).toEqual(await counts('nodejieba'));
  });

  it('segmenterInfo names the backend and its version', () => {
    expect(segmenterInfo('nodejieba', undefined).backendVersion).toBe(require('nodejieba/package.json').version);
  });

  it('without nodejieba installed, the default backend works and --backend nodejieba says how to install it', () => {
    const ok = tifaWithoutNodejieba(['analyze', SEED]);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).producer.backend).toBe('node-rs-jieba');
    for (const command of [
      ['analyze', SEED],
      ['segment', SEED],
      ['compare', SEED, '--no-cache'],
    ]) {
      const r = tifaWithoutNodejieba([...command, '--backend', 'nodejieba']);
      expect(r.code, command[0]).toBe(1);
      expect(r.stderr).toBe(`tifa: ${NODEJIEBA_MISSING}\n`);
      expect(r.stdout).toBe('');
    }
  });
});

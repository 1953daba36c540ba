import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

const BIN = join(ROOT, 'bin/tifa.js');
const PANEL = 'tests/fixtures/panel';
function tifa(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const base = ['compare', PANEL, '--manifest', `${PANEL}/MANIFEST.tsv`, '--no-cache', '-j', '1'];

describe('tifa compare over an issuer × year panel', () => {
  it('groups by issuer and year, and warns when --by year pools issuers', () => {
    const panel = tifa([...base, '--by', 'issuer,year', '--target', '国务院/2023', '--reference', 'previous']);
    expect(panel.code).toBe(0);
    expect(panel.stderr).toBe('');
    const c = JSON.parse(panel.stdout);
    expect(c.groups).toHaveLength(9);
    expect(c.keyness.referenceGroups).toEqual(['国务院/2022']);
    const byYear = tifa(base);
    expect(byYear.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^tifa: warning: group 2021 pools 3 reports of 3 issuers/),
      expect.stringMatching(/^tifa: warning: group 2022 pools/),
      expect.stringMatching(/^tifa: warning: group 2023 pools/),
    ]);
  });

  it('--meta sets a document variable for every report, over the manifest', () => {
    const r = tifa([...base, '--by', 'issuer', '--meta', 'issuer=某省']);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.groups.map((g: { id: string }) => g.id)).toEqual(['某省']);
    expect(new Set(c.documents.map((d: { issuerSource: string }) => d.issuerSource))).toEqual(new Set(['metadata']));
    const bad = tifa([...base, '--meta', 'province=某省']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^tifa: --meta "province=某省": expected KEY=VALUE/);
  });

  it('refuses an unknown grouping variable with exit 2', () => {
    const r = tifa([...base, '--by', 'province']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tifa: --by: cannot group by "province"/);
  });

  it('writes a folder of tidy CSV tables with --format csv --out DIR', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'tifa-csv-')), 'tables');
    const r = tifa([...base, '--by', 'issuer', '--format', 'csv', '--out', dir]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      'claims.csv',
      'diffusion.csv',
      'documents.csv',
      'plans.csv',
      'problems.csv',
      'terms.csv',
    ]);
    const documents = readFileSync(join(dir, 'documents.csv'), 'utf8').split('\r\n');
    expect(documents[0]).toBe('\uFEFFdoc,year,title,issuer,issuerSource,genre,genreSource,chars,group');
    expect(documents[1]).toMatch(
      /^state\/2021\.txt,2021,2021年政府工作报告,国务院,metadata,政府工作报告,metadata,\d+,国务院$/,
    );
    expect(readFileSync(join(dir, 'diffusion.csv'), 'utf8')).toContain('\r\n两个确立,市委组织部党组,2023,2\r\n');
  });
});

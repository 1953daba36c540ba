import { describe, expect, it } from 'vitest';
import { lookupManifest, manifestMetaFor, parseManifest } from '../../src/document/manifest.js';

const TSV = [
  'file\tissuer\tyear',
  'gov-work-reports/1982.txt\t国务院\t1982',
  'cpc-congress-reports/1982.txt\t中国共产党全国代表大会\t1982',
  './seed.txt\t市委组织部党组\t2025',
].join('\n');

describe('manifest lookup', () => {
  const m = parseManifest(TSV, 'corpus/MANIFEST.tsv');

  it('matches a report by its path relative to the manifest’s folder', () => {
    expect(lookupManifest(m, 'gov-work-reports/1982.txt')?.issuer).toBe('国务院');
    expect(lookupManifest(m, 'cpc-congress-reports/1982.txt')?.issuer).toBe('中国共产党全国代表大会');
    expect(manifestMetaFor(m, 'corpus/MANIFEST.tsv', 'corpus/cpc-congress-reports/1982.txt')?.issuer).toBe(
      '中国共产党全国代表大会',
    );
  });

  it('falls back to the bare file name only when one row has it', () => {
    expect(lookupManifest(m, '1982.txt')).toBeUndefined();
    expect(lookupManifest(m, 'elsewhere/1982.txt')).toBeUndefined();
    expect(lookupManifest(m, 'copies/seed.txt')?.issuer).toBe('市委组织部党组');
    expect(lookupManifest(m, 'seed.txt')?.year).toBe(2025);
  });
});

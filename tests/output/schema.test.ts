import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { analyze } from '../../src/pipeline/analyze.js';
import { listCorpus, analyzeCorpus } from '../../src/compare/corpus.js';
import { compareResults } from '../../src/compare/compare.js';
import { ROOT, SEED } from '../helpers.js';

const require = createRequire(import.meta.url);
const Ajv = require('ajv') as new (
  o: object,
) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } };
const ajv = new Ajv({ allErrors: true, strict: false });
const load = (f: string) => JSON.parse(readFileSync(join(ROOT, 'schema', f), 'utf8')) as object;
const validateResult = ajv.compile(load('result.schema.json'));
const validateComparison = ajv.compile(load('comparison.schema.json'));

describe('outputs validate against the shipped JSON Schemas', async () => {
  const seed = JSON.parse(JSON.stringify(await analyze(SEED)));
  const { files } = await listCorpus([join(ROOT, 'tests/fixtures/mini-gov')]);
  const { results } = await analyzeCorpus(files, { cache: false });
  const comparison = JSON.parse(JSON.stringify(compareResults(results)));

  it('the 2025 report result', () => {
    expect(validateResult(seed), JSON.stringify(validateResult.errors)).toBe(true);
  });
  it('every result of a small corpus', () => {
    for (const r of results)
      expect(validateResult(JSON.parse(JSON.stringify(r))), JSON.stringify(validateResult.errors)).toBe(true);
  });
  it('the comparison', () => {
    expect(validateComparison(comparison), JSON.stringify(validateComparison.errors)).toBe(true);
  });
  it('rejects a result with a wrong shape (the schema is not vacuous)', () => {
    expect(validateResult({ ...seed, document: { ...seed.document, year: 'MMXXV' } })).toBe(false);
    expect(validateResult({ ...seed, terms: [{ term: '廉政' }] })).toBe(false);
    expect(validateComparison({ ...comparison, formulations: [{ formulation: 1 }] })).toBe(false);
  });
});

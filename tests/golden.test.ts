import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../src/pipeline/analyze.js';
import { renderJson } from '../src/output/json.js';
import { renderMarkdown } from '../src/output/markdown.js';
import { ROOT } from './helpers.js';

// Whole-report results. After an intended change, run `npm run golden` and review the diff.
describe('golden results for the 2025 report', async () => {
  process.chdir(ROOT);
  const result = await analyze('corpus/seed-2025-municipal-org-dept-political-ecology-report.txt');
  it('JSON matches tests/golden/seed-2025.json', () => {
    expect(renderJson(result)).toBe(readFileSync(`${ROOT}/tests/golden/seed-2025.json`, 'utf8'));
  });
  it('Markdown matches tests/golden/seed-2025.md', () => {
    expect(renderMarkdown(result)).toBe(readFileSync(`${ROOT}/tests/golden/seed-2025.md`, 'utf8'));
  });
});

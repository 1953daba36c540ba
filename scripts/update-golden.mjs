#!/usr/bin/env node
// Regenerates the golden whole-report results in tests/golden/ from the built library.
// Usage: npm run golden   (builds first). Then review `git diff tests/golden` before committing:
// every changed line is a changed finding.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, renderJson, renderMarkdown } from '../dist/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = 'corpus/seed-2025-municipal-org-dept-political-ecology-report.txt';
process.chdir(root);
const result = await analyze(source);
writeFileSync('tests/golden/seed-2025.json', renderJson(result));
writeFileSync('tests/golden/seed-2025.md', renderMarkdown(result));
console.log(
  'golden: wrote tests/golden/seed-2025.json and tests/golden/seed-2025.md — review with git diff tests/golden',
);

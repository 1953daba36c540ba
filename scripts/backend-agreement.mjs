#!/usr/bin/env node
// How far the two segmenter backends agree on a corpus: dictionary terms and formulations
// (which protected spans should make identical), the share of identical tokens, claims and
// keywords. Usage: npm run backend-agreement [-- DIR=../shared/corpus]
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDocument, createSegmenter, loadDictionary, analyzeDocument, listCorpus } from '../dist/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = process.argv[2] ?? join(root, '../shared/corpus');
if (!existsSync(dir)) {
  console.error(`backend-agreement: ${dir}: no such folder`);
  process.exit(1);
}
const BACKENDS = ['node-rs-jieba', 'nodejieba'];
const TOP_KEYWORDS = 10;
// the corpus README describes the corpus; it is not a report
const files = (await listCorpus([dir])).files.filter((f) => !/(^|\/)README\.md$/i.test(f.path));
const dictionary = loadDictionary();
const segmenters = Object.fromEntries(BACKENDS.map((b) => [b, createSegmenter({ backend: b, dictionary })]));

const spanKey = (t) => `${t.start}:${t.end}`;
const claimTexts = (r) => JSON.stringify((r.claims ?? []).map((c) => [c.start, c.end, c.value, c.unit]));

const total = { tokens: [0, 0], identical: 0, chars: 0, identicalChars: 0, keywordOverlap: 0, keywordDocs: 0 };
const differing = { terms: [], formulations: [], claims: [] };
const rows = [];
for (const f of files) {
  const doc = await loadDocument(f.path, f.meta.year !== undefined ? { year: f.meta.year } : {});
  const [a, b] = BACKENDS.map((backend) => segmenters[backend].cut(doc.normalized));
  const inB = new Set(b.map(spanKey));
  const same = a.filter((t) => inB.has(spanKey(t)));
  const sameChars = same.reduce((n, t) => n + t.end - t.start, 0);
  const chars = a.reduce((n, t) => n + t.end - t.start, 0);
  total.tokens[0] += a.length;
  total.tokens[1] += b.length;
  total.identical += same.length;
  total.chars += chars;
  total.identicalChars += sameChars;
  const [ra, rb] = BACKENDS.map((backend) =>
    analyzeDocument(doc, {
      dictionary,
      segmenter: segmenters[backend],
      analyzers: ['terms', 'claims', 'keywords'],
      meta: f.meta,
    }),
  );
  const name = relative(dir, f.path);
  const byKind = (r, kind) =>
    JSON.stringify((r.terms ?? []).filter((t) => t.kind === kind).map((t) => [t.term, t.count]));
  if (byKind(ra, 'term') !== byKind(rb, 'term')) differing.terms.push(name);
  if (byKind(ra, 'formulation') !== byKind(rb, 'formulation')) differing.formulations.push(name);
  if (claimTexts(ra) !== claimTexts(rb)) differing.claims.push(name);
  const ka = new Set((ra.keywords ?? []).slice(0, TOP_KEYWORDS).map((k) => k.word));
  const kb = (rb.keywords ?? []).slice(0, TOP_KEYWORDS).map((k) => k.word);
  if (ka.size > 0) {
    total.keywordOverlap += kb.filter((w) => ka.has(w)).length / Math.max(ka.size, kb.length);
    total.keywordDocs++;
  }
  rows.push([name, a.length, b.length, ((100 * same.length) / Math.max(a.length, b.length)).toFixed(2)]);
}

const pct = (x, n) => `${((100 * x) / n).toFixed(2)}%`;
console.log(
  `# Backend agreement: ${BACKENDS.join(' vs ')} on ${files.length} reports (${relative(root, dir) || dir})\n`,
);
console.log(`| measure | value |\n|---|---|`);
console.log(`| tokens (${BACKENDS[0]} / ${BACKENDS[1]}) | ${total.tokens[0]} / ${total.tokens[1]} |`);
console.log(
  `| identical tokens (same start and end), of the larger count | ${total.identical} (${pct(total.identical, Math.max(...total.tokens))}) |`,
);
console.log(`| characters in identical tokens | ${pct(total.identicalChars, total.chars)} |`);
console.log(`| reports with different term counts | ${differing.terms.length} ${differing.terms.join(', ')} |`);
console.log(
  `| reports with different formulation counts | ${differing.formulations.length} ${differing.formulations.join(', ')} |`,
);
console.log(`| reports with different claims (offsets, value, unit) | ${differing.claims.length} |`);
console.log(
  `| top-${TOP_KEYWORDS} keywords in common (mean share) | ${pct(total.keywordOverlap, total.keywordDocs)} |`,
);
console.log('\n## Per report: tokens and identical share\n');
console.log(`| report | ${BACKENDS[0]} | ${BACKENDS[1]} | identical |\n|---|---:|---:|---:|`);
for (const r of rows) console.log(`| ${r.join(' | ')}% |`);

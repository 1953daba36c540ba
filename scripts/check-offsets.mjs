#!/usr/bin/env node
// Checks over a whole corpus that every token and every finding points into the original text:
// text.slice(start, end) === finding. Usage: npm run build && node scripts/check-offsets.mjs [DIR=../shared/corpus]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDocument, createSegmenter, loadDictionary, analyzeDocument, listCorpus } from '../dist/index.js';
import { normalize } from '../dist/document/normalize.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = process.argv[2] ?? join(root, '../shared/corpus');
if (!existsSync(dir)) {
  console.error(`check-offsets: ${dir}: no such folder`);
  process.exit(1);
}
const files = (await listCorpus([dir])).files.map((f) => f.path).filter((f) => f.endsWith('.txt'));
const dictionary = loadDictionary();
let bad = 0;
let checked = 0;
for (const backend of ['nodejieba', 'node-rs-jieba']) {
  const seg = createSegmenter({ backend, dictionary });
  for (const f of files) {
    const doc = await loadDocument(f);
    // tokens of the raw text
    for (const t of seg.cut(doc.text)) {
      checked++;
      if (doc.text.slice(t.start, t.end) !== t.text) {
        bad++;
        if (bad < 20)
          console.log(
            `${f}: ${backend} token ${JSON.stringify(t)} != ${JSON.stringify(doc.text.slice(t.start, t.end))}`,
          );
      }
    }
    // tokens of the normalized text mapped back, and findings of the analyzers
    if (backend === 'nodejieba') {
      const r = analyzeDocument(doc, { dictionary, segmenter: seg });
      const findings = [];
      for (const t of r.terms ?? []) for (const o of t.occurrences) findings.push([o.surface, o]);
      for (const s of r.slogans ?? []) for (const o of s.occurrences ?? []) findings.push([null, o]);
      for (const c of r.claims ?? []) findings.push([c.text, c]);
      for (const [text, o] of findings) {
        checked++;
        const got = doc.text.slice(o.start, o.end);
        // findings may give the dictionary form (863计划) of what is written ８６３计划
        if (
          (text !== null && got !== text && normalize(got).normalized !== text) ||
          o.end <= o.start ||
          o.end > doc.text.length
        ) {
          bad++;
          if (bad < 20)
            console.log(`${f}: finding ${JSON.stringify(text)} at ${o.start}-${o.end} reads ${JSON.stringify(got)}`);
        }
      }
    }
  }
}
console.log(`check-offsets: ${files.length} files, ${checked} tokens and findings checked, ${bad} wrong`);
process.exit(bad === 0 ? 0 : 1);

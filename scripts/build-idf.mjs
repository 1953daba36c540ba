#!/usr/bin/env node
// Derives the genre IDF table (dictionaries/idf-genre.tsv) from a reference corpus of reports.
// Usage: npm run build && node scripts/build-idf.mjs [CORPUS_DIR=../shared/corpus]
// Each line is `word<TAB>df` (documents containing the word); tifa computes
// idf = ln((N+1)/(df+0.5)) with N from the `# documents` line. Review the diff before committing.
import { writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDocument, loadDictionary, createSegmenter, listCorpus } from '../dist/index.js';
import { jiebaIdfStats } from '../dist/dictionary/idf.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpus = process.argv[2] ?? join(root, '../shared/corpus');
if (!existsSync(corpus)) {
  console.error(`build-idf: ${corpus}: no such folder (pass the reference corpus as an argument)`);
  process.exit(1);
}
const files = (await listCorpus([corpus])).files.map((f) => f.path).filter((f) => f.endsWith('.txt'));

const dictionary = loadDictionary();
const seg = createSegmenter({ dictionary });
const df = new Map();
for (const f of files) {
  const doc = await loadDocument(f);
  const seen = new Set();
  for (const t of seg.cut(doc.normalized.slice(doc.body.nStart, doc.body.nEnd))) {
    const n = doc.body.nStart + t.start;
    if (doc.isExcluded(n)) continue;
    if (
      t.text.length >= 2 &&
      /[\u3400-\u9fff]/.test(t.text) &&
      !/\d/.test(t.text) &&
      !/[，。、；：！？“”《》（）]/.test(t.text)
    )
      seen.add(t.text);
  }
  for (const w of seen) df.set(w, (df.get(w) ?? 0) + 1);
}
const words = [...df.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const out = [
  '# Genre IDF table for tifa keywords: document frequencies of words in public Chinese official reports.',
  `# Derived by scripts/build-idf.mjs from ${files.length} reports (${relative(root, corpus) || corpus}: State Council government work reports 1954–2025, CPC congress reports 1982–2022, one 2025 municipal report).`,
  "# idf = ln((documents + 1) / (df + 0.5)); words absent here fall back to jieba's general IDF.",
  `# documents\t${files.length}`,
  `# jieba-idf\t${jiebaIdfStats().join('\t')}`,
  ...words.map((w) => `${w}\t${df.get(w)}`),
];
writeFileSync(join(root, 'dictionaries/idf-genre.tsv'), `${out.join('\n')}\n`);
console.log(`build-idf: ${words.length} words from ${files.length} documents → dictionaries/idf-genre.tsv`);

#!/usr/bin/env node
// npm run bench — throughput and memory figures, each measured in its own child process.
// Reads the reference corpus (../shared/corpus, or the folder given as argument).
// Figures are printed with their ratio to bare nodejieba measured in the same run, so they
// compare across machines. This is a script, not a test: nothing here asserts timing.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const self = fileURLToPath(import.meta.url);

function listFiles(dir) {
  const out = [];
  (function walk(d) {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.txt')) out.push(p);
    }
  })(dir);
  return out;
}

async function child(task, dir) {
  const files = listFiles(dir);
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const bytes = files.reduce((a, f) => a + statSync(f).size, 0);
  const t0 = performance.now();
  let loadMs = 0;
  let work;
  if (task === 'bare-nodejieba') {
    const { createRequire } = await import('node:module');
    const nj = createRequire(import.meta.url)('nodejieba');
    nj.cut('x', true);
    loadMs = performance.now() - t0;
    work = () => { for (const t of texts) nj.cut(t, true); };
  } else if (task === 'segment-nodejieba' || task === 'segment-node-rs-jieba') {
    const { createSegmenter, loadDictionary, createDocument } = await import(join(root, 'dist/index.js'));
    const seg = createSegmenter({ backend: task.slice(8), dictionary: loadDictionary() });
    seg.cut('x');
    loadMs = performance.now() - t0;
    work = () => { for (const t of texts) seg.cut(createDocument(t).normalized); };
  } else if (task === 'analyze') {
    const { createSegmenter, loadDictionary, createDocument, analyzeDocument } = await import(join(root, 'dist/index.js'));
    const dictionary = loadDictionary();
    const segmenter = createSegmenter({ dictionary });
    analyzeDocument(createDocument('一、总体情况\n\n全年召开会议36次。'), { dictionary, segmenter });
    loadMs = performance.now() - t0;
    work = () => { for (const t of texts) JSON.stringify(analyzeDocument(createDocument(t), { dictionary, segmenter })); };
  } else throw new Error(`unknown task ${task}`);
  const t1 = performance.now();
  work();
  const ms = performance.now() - t1;
  console.log(JSON.stringify({ task, files: files.length, bytes, loadMs, ms, mbps: bytes / 1e6 / (ms / 1000), maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

function run(task, dir) {
  const r = spawnSync(process.execPath, [self, '--child', task, dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`bench ${task} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
  await child(args[1], args[2]);
} else {
  const dir = args[0] ?? join(root, '../shared/corpus');
  if (!existsSync(dir)) {
    console.error(`bench: ${dir}: no such folder (pass a folder of .txt reports)`);
    process.exit(1);
  }
  if (!existsSync(join(root, 'dist/index.js'))) {
    console.error('bench: dist/ is missing — run npm run build first');
    process.exit(1);
  }
  const bare = run('bare-nodejieba', dir);
  console.log(`corpus: ${dir} — ${bare.files} files, ${(bare.bytes / 1e6).toFixed(2)} MB`);
  const row = (label, r) =>
    console.log(`${label.padEnd(34)} ${r.mbps.toFixed(2).padStart(7)} MB/s  ×${(r.mbps / bare.mbps).toFixed(2)} of bare   load ${r.loadMs.toFixed(0).padStart(5)} ms   peak RSS ${r.maxRssMb.toFixed(0)} MB`);
  row('bare nodejieba.cut(text, true)', bare);
  row('tifa segment (nodejieba)', run('segment-nodejieba', dir));
  row('tifa segment (node-rs-jieba)', run('segment-node-rs-jieba', dir));
  row('tifa full analysis (1 thread)', run('analyze', dir));
}

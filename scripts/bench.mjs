#!/usr/bin/env node
// npm run bench — throughput and memory figures, each measured in its own child process.
// Reads the reference corpus (../shared/corpus, or the folder given as argument).
// Figures are printed with their ratio to bare nodejieba measured in the same run, so they
// compare across machines. This is a script, not a test: nothing here asserts timing.
import { spawnSync } from 'node:child_process';
import { availableParallelism, tmpdir } from 'node:os';
import { readdirSync, statSync, readFileSync, existsSync, mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const self = fileURLToPath(import.meta.url);

const PY = `
import sys, os, time, json
import jieba
jieba.initialize()
files = []
for d, _, names in os.walk(sys.argv[1]):
    for n in sorted(names):
        if n.endswith('.txt'):
            files.append(open(os.path.join(d, n), encoding='utf-8').read())
t0 = time.time()
for t in files:
    list(jieba.cut(t))
print(json.dumps({'bytes': sum(len(t.encode('utf-8')) for t in files), 'seconds': time.time() - t0}))
`;

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
  const extra = {};
  if (task === 'bare-nodejieba') {
    const { createRequire } = await import('node:module');
    const nj = createRequire(import.meta.url)('nodejieba');
    nj.cut('x', true);
    loadMs = performance.now() - t0;
    work = () => {
      for (const t of texts) nj.cut(t, true);
    };
  } else if (task === 'segment-nodejieba' || task === 'segment-node-rs-jieba') {
    const { createSegmenter, loadDictionary, createDocument } = await import(join(root, 'dist/index.js'));
    const seg = createSegmenter({ backend: task.slice(8), dictionary: loadDictionary() });
    seg.cut('x');
    loadMs = performance.now() - t0;
    work = () => {
      for (const t of texts) seg.cut(createDocument(t).normalized);
    };
  } else if (task === 'analyze') {
    const { createSegmenter, loadDictionary, createDocument, analyzeDocument } = await import(
      join(root, 'dist/index.js')
    );
    const dictionary = loadDictionary();
    const segmenter = createSegmenter({ dictionary });
    analyzeDocument(createDocument('一、总体情况\n\n全年召开会议36次。'), { dictionary, segmenter });
    loadMs = performance.now() - t0;
    work = () => {
      for (const t of texts) JSON.stringify(analyzeDocument(createDocument(t), { dictionary, segmenter }));
    };
  } else if (task.startsWith('stream-')) {
    const [jobsText, backendTag] = task.slice(7).split('-');
    const jobs = Number(jobsText);
    const backend = backendTag === 'rs' ? 'node-rs-jieba' : 'nodejieba';
    const { listCorpus, analyzeCorpusStream } = await import(join(root, 'dist/index.js'));
    const { files: list } = await listCorpus([dir]);
    loadMs = 0;
    work = async () => {
      let n = 0;
      const t0 = performance.now();
      for await (const item of analyzeCorpusStream(list, { jobs, cache: false, backend })) {
        n += item.json ? item.json.length : 0;
        // start-up (worker threads loading jieba) ends with the first result
        if (extra.firstMs === undefined) [extra.firstMs, extra.firstBytes] = [performance.now() - t0, item.bytes];
      }
      return n;
    };
  } else if (task === 'compare') {
    // analysis of the government work reports, then their comparison (the results only)
    const { listCorpus, analyzeCorpus, compareResults } = await import(join(root, 'dist/index.js'));
    const { files: list } = await listCorpus([join(dir, 'gov-work-reports')]);
    work = async () => {
      const a0 = performance.now();
      const { results } = await analyzeCorpus(list, { cache: false });
      extra.analyzeMs = performance.now() - a0;
      const c0 = performance.now();
      JSON.stringify(compareResults(results));
      extra.compareMs = performance.now() - c0;
      extra.reports = list.length;
    };
  } else if (task.startsWith('adversarial-')) {
    const n = Number(task.slice(12));
    const { createDocument, analyzeDocument, loadDictionary, createSegmenter } = await import(
      join(root, 'dist/index.js')
    );
    const dictionary = loadDictionary();
    const segmenter = createSegmenter({ dictionary });
    const parts = [];
    for (let i = 0; i < n; i++)
      parts.push(`${'一二三四五'[i % 5]}是强根基、严纪律、转作风“提效能”${i}${i % 7}余人次、百分之${'三十'}，`);
    const text =
      '一、总体情况\n\n' +
      parts.join('') +
      '\n' +
      '1'.repeat(n * 4) +
      '、'.repeat(n) +
      '“'.repeat(n) +
      '四个意识'.repeat(n);
    analyzeDocument(createDocument('一、x\n\n全年召开会议36次。'), { dictionary, segmenter });
    work = () => JSON.stringify(analyzeDocument(createDocument(text), { dictionary, segmenter })).length;
    texts.length = 0;
    texts.push(text);
  } else throw new Error(`unknown task ${task}`);
  const t1 = performance.now();
  await work();
  const ms = performance.now() - t1;
  const b = task.startsWith('adversarial-') ? Buffer.byteLength(texts[0]) : bytes;
  console.log(
    JSON.stringify({
      task,
      files: files.length,
      bytes: b,
      loadMs,
      ms,
      mbps: b / 1e6 / (ms / 1000),
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      ...extra,
    }),
  );
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
  const dir = args.find((a) => !a.startsWith('--')) ?? join(root, '../shared/corpus');
  if (!existsSync(dir)) {
    console.error(`bench: ${dir}: no such folder (pass a folder of .txt reports)`);
    process.exit(1);
  }
  if (args.includes('--compare-only')) {
    const r = run('compare', dir);
    console.log(
      `compare ${r.reports} government work reports: analysis ${r.analyzeMs.toFixed(0)} ms, comparison ${r.compareMs.toFixed(0)} ms — analysis + comparison is ×${((r.analyzeMs + r.compareMs) / r.analyzeMs).toFixed(2)} of analysis (target ≤ 1.3)`,
    );
    process.exit(0);
  }
  if (!existsSync(join(root, 'dist/index.js'))) {
    console.error('bench: dist/ is missing — run npm run build first');
    process.exit(1);
  }
  const bare = run('bare-nodejieba', dir);
  console.log(
    `corpus: ${dir} — ${bare.files} files, ${(bare.bytes / 1e6).toFixed(2)} MB; ${availableParallelism()} cores`,
  );
  const row = (label, r, note = '') =>
    console.log(
      `${label.padEnd(40)} ${r.mbps.toFixed(2).padStart(7)} MB/s  ×${(r.mbps / bare.mbps).toFixed(2)} of bare   load ${r.loadMs.toFixed(0).padStart(5)} ms   peak RSS ${r.maxRssMb.toFixed(0).padStart(4)} MB${note}`,
    );
  row('bare nodejieba.cut(text, true)', bare);
  row('tifa segment (nodejieba)', run('segment-nodejieba', dir));
  row('tifa segment (node-rs-jieba)', run('segment-node-rs-jieba', dir));
  row('full analysis, 1 thread, in process', run('analyze', dir));
  const s1 = run('stream-1', dir);
  const s2 = run(`stream-${availableParallelism()}`, dir);
  row('full analysis, --jobs 1 (stream)', s1);
  row(`full analysis, --jobs ${availableParallelism()} (stream)`, s2, `   target ≥ ×0.75`);
  row(
    `full analysis, --jobs ${availableParallelism()}, node-rs-jieba`,
    run(`stream-${availableParallelism()}-rs`, dir),
  );

  // Python jieba, where the Debian package python3-jieba is installed.
  // Debian's python3-jieba installs for /usr/bin/python3, which may not be the python3 on PATH.
  let py = spawnSync('python3', ['-c', PY, dir], { encoding: 'utf8' });
  if (py.status !== 0 && existsSync('/usr/bin/python3'))
    py = spawnSync('/usr/bin/python3', ['-c', PY, dir], { encoding: 'utf8' });
  if (py.status === 0) {
    const r = JSON.parse(py.stdout.trim().split('\n').pop());
    const mbps = r.bytes / 1e6 / r.seconds;
    console.log(
      `${'python jieba.cut (python3-jieba)'.padEnd(40)} ${mbps.toFixed(2).padStart(7)} MB/s  tifa --jobs ${availableParallelism()} is ×${(s2.mbps / mbps).toFixed(2)} of it   target ≥ ×3`,
    );
  } else console.log('python jieba: absent (apt-get install python3-jieba to compare)');

  // 40 MB: the corpus ×10 with distinct names.
  const big = mkdtempSync(join(tmpdir(), 'tifa-bench-'));
  try {
    const files = listFiles(dir);
    for (let k = 0; k < 10; k++)
      for (const f of files) copyFileSync(f, join(big, `${k}-${f.slice(dir.length + 1).replace(/[\\/]/g, '_')}`));
    const b1 = run('stream-1', big);
    const b2 = run(`stream-${availableParallelism()}`, big);
    console.log(`corpus ×10: ${(b1.bytes / 1e6).toFixed(1)} MB`);
    row('40 MB, --jobs 1', b1);
    row(`40 MB, --jobs ${availableParallelism()}`, b2, `   target peak RSS ≤ 600 MB`);
    const b2rs = run(`stream-${availableParallelism()}-rs`, big);
    row(`40 MB, --jobs ${availableParallelism()} --backend node-rs-jieba`, b2rs);
    const perMb = (r) => (r.ms - r.firstMs) / ((r.bytes - r.firstBytes) / 1e6);
    const perMb4 = perMb(s2);
    const perMb40 = perMb(b2);
    console.log(
      `time per MB after start-up (first result): ${perMb4.toFixed(0)} ms on 4 MB, ${perMb40.toFixed(0)} ms on 40 MB (ratio ${(perMb40 / perMb4).toFixed(2)}, target within 1.10); start-up ${s2.firstMs.toFixed(0)} ms`,
    );
    console.log(
      `--jobs ${availableParallelism()} vs --jobs 1 on 40 MB: ${(b1.ms / b2.ms).toFixed(2)}× faster (target ≥ 1.6)`,
    );
  } finally {
    rmSync(big, { recursive: true, force: true });
  }

  // One report from the command line vs bare nodejieba start-up (median of 3).
  const wall = (args) => {
    const times = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[1];
  };
  const bareStart = wall(['-e', "require('nodejieba').cut('x', true)"]);
  const one = wall(['bin/tifa.js', 'analyze', 'corpus/seed-2025-municipal-org-dept-political-ecology-report.txt']);
  console.log(
    `tifa analyze of one report: ${one.toFixed(0)} ms vs bare nodejieba start ${bareStart.toFixed(0)} ms (×${(one / bareStart).toFixed(2)}, target ≤ 1.3)`,
  );

  const cmpRun = run('compare', dir);
  console.log(
    `compare ${cmpRun.reports} government work reports: analysis ${cmpRun.analyzeMs.toFixed(0)} ms, comparison ${cmpRun.compareMs.toFixed(0)} ms — analysis + comparison is ×${((cmpRun.analyzeMs + cmpRun.compareMs) / cmpRun.analyzeMs).toFixed(2)} of analysis (target ≤ 1.3)`,
  );

  // Adversarial input: time should grow linearly (n vs 4n).
  const a1 = run('adversarial-2000', dir);
  const a4 = run('adversarial-8000', dir);
  console.log(
    `adversarial input (、-lists, quotes, digits, numerals): ${(a1.bytes / 1e6).toFixed(2)} MB in ${a1.ms.toFixed(0)} ms, ×4 size in ${a4.ms.toFixed(0)} ms (ratio ${(a4.ms / a1.ms).toFixed(2)}, linear ≈ 4)`,
  );
}

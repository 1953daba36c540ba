// Extra figures for npm run bench: --compare-only (analysis vs comparison of the government
// work reports) and --adversarial (time on pathological input should grow linearly).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

async function compareOnly(dir) {
  const { listCorpus, analyzeCorpus, compareResults } = await import(join(root, 'dist/index.js'));
  const { files } = await listCorpus([join(dir, 'gov-work-reports')]);
  const a0 = performance.now();
  const { results } = await analyzeCorpus(files, { cache: false });
  const analyzeMs = performance.now() - a0;
  const c0 = performance.now();
  JSON.stringify(compareResults(results));
  const compareMs = performance.now() - c0;
  console.log(
    `compare ${files.length} government work reports: analysis ${analyzeMs.toFixed(0)} ms, comparison ${compareMs.toFixed(0)} ms — analysis + comparison is ×${((analyzeMs + compareMs) / analyzeMs).toFixed(2)} of analysis (target ≤ 1.3)`,
  );
}

function adversarialText(n) {
  const parts = [];
  for (let i = 0; i < n; i++)
    parts.push(`${'一二三四五'[i % 5]}是强根基、严纪律、转作风“提效能”${i}${i % 7}余人次、百分之三十，`);
  return `一、总体情况\n\n${parts.join('')}\n${'1'.repeat(n * 4)}${'、'.repeat(n)}${'“'.repeat(n)}${'四个意识'.repeat(n)}`;
}

async function adversarial() {
  const { createDocument, analyzeDocument, loadDictionary, createSegmenter } = await import(
    join(root, 'dist/index.js')
  );
  const dictionary = loadDictionary();
  const segmenter = createSegmenter({ dictionary, backend: 'node-rs-jieba' });
  const time = (text) => {
    const t0 = performance.now();
    JSON.stringify(analyzeDocument(createDocument(text), { dictionary, segmenter }));
    return performance.now() - t0;
  };
  time(adversarialText(10));
  const small = adversarialText(2000);
  const t1 = time(small);
  const t4 = time(adversarialText(8000));
  console.log(
    `adversarial input (、-lists, quotes, digits, numerals): ${(Buffer.byteLength(small) / 1e6).toFixed(2)} MB in ${t1.toFixed(0)} ms, ×4 size in ${t4.toFixed(0)} ms (ratio ${(t4 / t1).toFixed(2)}, linear ≈ 4)`,
  );
}

/** Runs the extra benchmarks named in args. */
export async function extraBench(args, dir) {
  if (args.includes('--compare-only')) await compareOnly(dir);
  if (args.includes('--adversarial')) await adversarial();
}

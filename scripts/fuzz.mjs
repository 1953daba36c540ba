#!/usr/bin/env node
// Heavy fuzzing of the built library (dist/): the properties of tests/robustness/fuzz.test.ts with
// many more runs and bigger inputs. Every run prints its seed; replay a failure with the command
// it prints. Exits 1 on a failure, after printing the counterexample.
//
//   npm run build && node scripts/fuzz.mjs [--runs N] [--seed S] [--scale K] [--only NAME[,NAME…]] [--slow SECONDS]
//
// A run slower than --slow seconds (default 10) counts as a failure too: properties are synchronous
// and cannot be interrupted, so a near-hang (quadratic or worse work on some input) is reported
// with the input once it returns.
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import * as lib from '../dist/index.js';
import { normalize } from '../dist/document/normalize.js';
import { arbitraries, checkInput, checkQuantities, checkTokens } from '../tests/robustness/fuzz-core.mjs';

const api = { ...lib, normalize };

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1000' },
    seed: { type: 'string' },
    scale: { type: 'string', default: '4' },
    only: { type: 'string' },
    path: { type: 'string' },
    slow: { type: 'string', default: '10' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(
    'Usage: node scripts/fuzz.mjs [--runs N] [--seed S] [--scale K] [--only NAME[,NAME…]] [--path P] [--slow SECONDS]',
  );
  process.exit(0);
}
const runs = Number(values.runs);
const slowMs = Number(values.slow) * 1000;
const scale = Number(values.scale);
const seed = values.seed === undefined ? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0 : Number(values.seed);
if (!Number.isInteger(runs) || runs < 1 || !Number.isFinite(scale) || scale <= 0 || !Number.isInteger(seed)) {
  console.error('fuzz: --runs must be a positive integer, --scale a positive number, --seed an integer');
  process.exit(2);
}

const dictionary = api.loadDictionary();
const segmenter = api.createSegmenter({ dictionary });
const env = { dictionary, segmenter };
const terms = dictionary.entries
  .filter((e, i) => e.kind === 'formulation' || i % 7 === 0)
  .map((e) => e.term)
  .sort();
const A = arbitraries(fc, { terms, scale });
const big = arbitraries(fc, { terms, scale: scale * 25 });

/** name → [arbitrary, predicate, share of --runs] */
const properties = {
  unicode: [A.unicode, (s) => void checkInput(api, env, s), 1],
  'code-units': [A.codeUnits, (s) => void checkInput(api, env, s), 1],
  report: [A.report, (s) => void checkInput(api, env, s), 2],
  numbers: [A.numbers, (s) => void checkInput(api, env, s), 2],
  marks: [A.marks, (s) => void checkInput(api, env, s), 1],
  headings: [A.headings, (s) => void checkInput(api, env, s), 1],
  blank: [A.blank, (s) => void checkInput(api, env, s), 0.2],
  bytes: [A.bytes, (b) => void checkInput(api, env, b), 1],
  repeated: [A.repeated, (s) => void checkInput(api, env, s, { kwicPatterns: false }), 0.2],
  'scan-repeated': [A.repeated, (s) => checkQuantities(s, api.scanQuantities(s)), 0.5],
  'scan-numbers': [A.numbers, (s) => checkQuantities(s, api.scanQuantities(s)), 3],
  'segment-unicode': [A.codeUnits, (s) => checkTokens(s, segmenter.cut(s)), 1],
  'segment-report': [A.report, (s) => checkTokens(s, segmenter.cut(s)), 1],
  'big-report': [big.report, (s) => void checkInput(api, env, s, { kwicPatterns: false }), 0.05],
  'big-numbers': [big.numbers, (s) => checkQuantities(s, api.scanQuantities(s)), 0.1],
};
const only = values.only ? values.only.split(',') : Object.keys(properties);
for (const name of only) {
  if (!(name in properties)) {
    console.error(`fuzz: unknown property ${JSON.stringify(name)} (known: ${Object.keys(properties).join(', ')})`);
    process.exit(2);
  }
}

console.log(
  `fuzz: seed ${seed}, runs ${runs}, scale ${scale} (replay: node scripts/fuzz.mjs --seed ${seed} --runs ${runs} --scale ${scale})`,
);
let failed = 0;
for (const name of only) {
  const [arb, pred, share] = properties[name];
  const numRuns = Math.max(1, Math.round(runs * share));
  const t0 = Date.now();
  const params = { seed, numRuns, endOnFailure: false };
  if (values.path) params.path = values.path;
  let slowest = { ms: -1, input: null };
  const timed = (x) => {
    const s0 = Date.now();
    try {
      pred(x);
    } finally {
      const d = Date.now() - s0;
      if (d > slowest.ms) slowest = { ms: d, input: x };
    }
  };
  const out = fc.check(fc.property(arb, timed), params);
  const ms = Date.now() - t0;
  const size = (x) => (x && typeof x.length === 'number' ? x.length : 0);
  if (!out.failed) {
    console.log(
      `  ok   ${name.padEnd(16)} ${String(out.numRuns).padStart(6)} runs  ${(ms / 1000).toFixed(1)} s  (slowest run ${slowest.ms} ms on ${size(slowest.input)} characters)`,
    );
    if (slowest.ms > slowMs) {
      failed++;
      console.log(
        `  SLOW ${name}: one run took ${(slowest.ms / 1000).toFixed(1)} s (limit --slow ${slowMs / 1000}); its input:`,
      );
      console.log(`    ${show(slowest.input)}`);
    }
    continue;
  }
  failed++;
  const [input] = out.counterexample ?? [];
  console.log(`  FAIL ${name} after ${out.numRuns} runs (shrunk ${out.numShrinks} times)`);
  console.log(`    counterexample: ${show(input)}`);
  console.log(
    `    error: ${out.errorInstance instanceof Error ? (out.errorInstance.stack ?? out.errorInstance.message).split('\n').slice(0, 6).join('\n      ') : String(out.errorInstance)}`,
  );
  console.log(
    `    replay: node scripts/fuzz.mjs --only ${name} --seed ${seed} --runs ${runs} --scale ${scale} --path ${out.counterexamplePath}`,
  );
}
function show(input) {
  const shown = input instanceof Uint8Array ? `bytes ${Buffer.from(input).toString('hex')}` : JSON.stringify(input);
  return shown && shown.length > 2000 ? `${shown.slice(0, 2000)}… (${shown.length} chars)` : shown;
}

console.log(failed === 0 ? 'fuzz: no failure' : `fuzz: ${failed} propert${failed === 1 ? 'y' : 'ies'} failed`);
process.exit(failed === 0 ? 0 : 1);

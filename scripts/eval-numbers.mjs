#!/usr/bin/env node
// Score tifa's number resolver against peer projects' test cases.
//
//   node scripts/eval-numbers.mjs [path/to/numbers-peers.jsonl] [--failures FILE] [--quiet] [--engine cli|dist|src]
//
// Default data: ../shared/eval/numbers-peers.jsonl relative to the repo root
// (format and scoring rules: ../shared/eval/README.md).
//
// Engine, in order of preference:
//   1. `node bin/tifa.js numbers --lines` when bin/tifa.js exists and answers that command;
//   2. dist/numbers/index.js (npm run build), unless older than src/numbers;
//   3. src/numbers compiled on the fly into a temporary directory (throwaway tsconfig),
//      so a half-edited file elsewhere in src/ cannot block the evaluation.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
let failuresFile = null;
let quiet = false;
let forced = null;
const positional = [];
for (let k = 0; k < argv.length; k++) {
  if (argv[k] === '--failures') failuresFile = argv[++k] ?? null;
  else if (argv[k] === '--engine') forced = argv[++k] ?? null;
  else if (argv[k] === '--quiet') quiet = true;
  else positional.push(argv[k]);
}
const evalPath = resolve(positional[0] ?? join(repoRoot, '../shared/eval/numbers-peers.jsonl'));
if (!existsSync(evalPath)) {
  console.error(`eval-numbers: evaluation data not found at ${evalPath}`);
  console.error('Pass the path of numbers-peers.jsonl as the first argument, or place shared/ beside the repository.');
  process.exit(2);
}

const cases = readFileSync(evalPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l, k) => {
    try {
      return JSON.parse(l);
    } catch {
      console.error(`eval-numbers: line ${k + 1} of ${evalPath} is not JSON`);
      return process.exit(2);
    }
  });
const inputs = cases.map((c) => String(c.input).replace(/[\r\n]/g, ' '));

// ---------------------------------------------------------------------------
// engines

function viaCli() {
  const bin = join(repoRoot, 'bin/tifa.js');
  if (!existsSync(bin)) return null;
  const probe = spawnSync(process.execPath, [bin, 'numbers', '--lines'], {
    input: '36次\n',
    encoding: 'utf8',
    timeout: 30000,
  });
  if (probe.status !== 0) return null;
  try {
    const first = JSON.parse(probe.stdout.split('\n')[0] ?? '');
    if (!Array.isArray(first.quantities)) return null;
  } catch {
    return null;
  }
  const run = spawnSync(process.execPath, [bin, 'numbers', '--lines'], {
    input: `${inputs.join('\n')}\n`,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) return null;
  return { name: 'bin/tifa.js numbers --lines', lines: run.stdout.split('\n') };
}

async function viaModule(path, name) {
  const mod = await import(pathToFileURL(path).href);
  if (typeof mod.numbersLines !== 'function') return null;
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (d) => (out += d));
  input.end(`${inputs.join('\n')}\n`);
  await mod.numbersLines(input, output);
  return { name, lines: out.split('\n') };
}

let tempDir = null;

function compileToTemp() {
  const dir = mkdtempSync(join(tmpdir(), 'tifa-eval-'));
  tempDir = dir;
  const cfg = join(dir, 'tsconfig.json');
  writeFileSync(
    cfg,
    JSON.stringify({
      extends: join(repoRoot, 'tsconfig.json'),
      compilerOptions: {
        rootDir: join(repoRoot, 'src/numbers'),
        outDir: join(dir, 'out'),
        declaration: false,
        typeRoots: [join(repoRoot, 'node_modules/@types')],
      },
      include: [join(repoRoot, 'src/numbers')],
    }),
  );
  const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', cfg], { encoding: 'utf8' });
  if (r.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    console.error(`eval-numbers: could not compile src/numbers:\n${r.stdout}${r.stderr}`);
    process.exit(2);
  }
  return join(dir, 'out/index.js');
}

/** dist/ older than src/numbers (e.g. the build failed on someone else's file)? */
function distIsStale(dist) {
  const built = statSync(dist).mtimeMs;
  const srcDir = join(repoRoot, 'src/numbers');
  return readdirSync(srcDir).some((f) => f.endsWith('.ts') && statSync(join(srcDir, f)).mtimeMs > built);
}

async function getEngine() {
  if (forced === 'src') return viaModule(compileToTemp(), 'src/numbers (compiled to a temporary directory)');
  const cli = forced === 'dist' ? null : viaCli();
  if (cli) return cli;
  if (forced === 'cli') return null;
  const dist = join(repoRoot, 'dist/numbers/index.js');
  if (existsSync(dist) && (forced === 'dist' || !distIsStale(dist))) {
    try {
      const m = await viaModule(dist, 'dist/numbers/index.js');
      if (m) return m;
    } catch {
      // stale or broken build: fall through
    }
  }
  return viaModule(compileToTemp(), 'src/numbers (compiled to a temporary directory)');
}

// ---------------------------------------------------------------------------
// scoring

/** Our kind as the peer would name it, given what the peer case asserts (its scope). */
function peerKind(q, scope) {
  if (q.value === null && q.min !== null) return 'range';
  // NumberModel / NumberRangeModel report the number inside any quantity
  if (scope === 'number' || scope === 'range/number') {
    if (q.kind === 'fraction') return 'fraction';
    if (q.kind === 'percent' || q.kind === 'percentage-point') return 'percent';
    return 'number';
  }
  switch (q.kind) {
    case 'money':
      return 'currency';
    case 'measure':
      return 'unit';
    case 'duration':
      return scope === 'unit' || scope === 'age' || scope === 'temperature' ? 'unit' : 'number';
    case 'percent':
    case 'percentage-point':
      return 'percent';
    case 'fraction':
      return 'fraction';
    case 'ordinal':
      return 'ordinal';
    default:
      return 'number'; // count, number, year, date, multiple, identifier
  }
}

/** Which of our quantities a case's scope is about (for false positives). */
function inScope(q, scope) {
  const k = peerKind(q, scope);
  switch (scope) {
    case 'number':
    case 'whole-input':
    case 'all':
      return true;
    case 'range/number':
      return k === 'range' || q.approx !== null;
    case 'percent':
      return k === 'percent';
    case 'currency':
      return k === 'currency';
    case 'unit':
    case 'age':
    case 'temperature':
      return k === 'unit';
    case 'ordinal':
      return k === 'ordinal';
    default:
      return true;
  }
}

function close(a, b) {
  if (a === null || b === null || a === undefined || b === undefined) return a === b || (a == null && b == null);
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

function approxOk(exp, ours, expText, ourText) {
  const e = exp ?? null;
  const o = ours ?? null;
  if (e === o) return true;
  const above = expText.includes('以上') || ourText.includes('以上');
  const below = expText.includes('以下') || ourText.includes('以下');
  if (above && ['more-than', 'at-least'].includes(e) && ['more-than', 'at-least'].includes(o)) return true;
  if (below && ['less-than', 'at-most'].includes(e) && ['less-than', 'at-most'].includes(o)) return true;
  return false;
}

function judge(e, q, scope) {
  const why = [];
  const k = peerKind(q, scope);
  if (k !== e.kind) why.push(`kind ${k}≠${e.kind}`);
  if (e.kind === 'range') {
    if (!close(q.min, e.min ?? null) || !close(q.max, e.max ?? null))
      why.push(`range ${q.min}..${q.max}≠${e.min}..${e.max}`);
  } else if (!close(q.value, e.value)) {
    why.push(`value ${q.value}≠${e.value}`);
  }
  if (e.kind !== 'range' && !approxOk(e.approx, q.approx, e.text, q.text)) why.push(`approx ${q.approx}≠${e.approx}`);
  return why;
}

function sourceRepo(src) {
  return String(src).split(':')[0];
}

function pct(a, b) {
  return b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`;
}

const engine = await getEngine();
if (tempDir) rmSync(tempDir, { recursive: true, force: true });
if (!engine) {
  console.error('eval-numbers: no engine available (bin/tifa.js, dist/ or src/numbers)');
  process.exit(2);
}

const recall = new Map(); // key -> [ok, total]
const bump = (key, ok) => {
  const r = recall.get(key) ?? [0, 0];
  r[0] += ok ? 1 : 0;
  r[1] += 1;
  recall.set(key, r);
};
let precOk = 0;
let precTotal = 0;
let negCases = 0;
let negFp = 0;
let negCasesWithFp = 0;
const failures = [];

cases.forEach((c, idx) => {
  let parsed;
  try {
    parsed = JSON.parse(engine.lines[idx] ?? '');
  } catch {
    parsed = { quantities: [] };
  }
  const ours = parsed.quantities ?? [];
  const used = new Set();
  let from = 0;
  let caseOk = 0;
  const notes = [];
  for (const e of c.expected) {
    let s = c.input.indexOf(e.text, from);
    if (s < 0) s = c.input.indexOf(e.text);
    const t = s + e.text.length;
    if (s >= 0) from = t;
    const overl = ours.map((q, k) => [q, k]).filter(([q, k]) => !used.has(k) && s >= 0 && q.start < t && q.end > s);
    let pick = overl.find(([q]) => judge(e, q, c.scope).length === 0);
    const ok = !!pick;
    if (!pick) pick = overl[0];
    if (pick) used.add(pick[1]);
    if (ok) caseOk++;
    else
      notes.push(
        pick ? `${e.text}: got [${pick[0].text}] ${judge(e, pick[0], c.scope).join(', ')}` : `${e.text}: missed`,
      );
    bump(`repo ${sourceRepo(c.source)}`, ok);
    bump(`priority ${c.priority}`, ok);
    bump('overall', ok);
  }
  if (c.complete) {
    precTotal += ours.length;
    precOk += caseOk;
    const extra = ours.filter((_, k) => !used.has(k));
    if (extra.length) notes.push(`extra: ${extra.map((q) => `[${q.text}]`).join(' ')}`);
  } else if (c.expected.length === 0) {
    negCases++;
    const fp = ours.filter((q) => inScope(q, c.scope));
    negFp += fp.length;
    if (fp.length) {
      negCasesWithFp++;
      notes.push(`false positive: ${fp.map((q) => `[${q.text}]`).join(' ')}`);
    }
  }
  if (notes.length) failures.push(`${c.priority} ${c.scope} ${JSON.stringify(c.input)}\n    ${notes.join('\n    ')}`);
});

const rows = [];
const row = (label, key) => {
  const r = recall.get(key) ?? [0, 0];
  rows.push([label, `${r[0]}/${r[1]}`, pct(r[0], r[1])]);
};
for (const key of [...recall.keys()].filter((k) => k.startsWith('repo ')).sort()) row(key.slice(5), key);
row('priority core', 'priority core');
row('priority extra', 'priority extra');
row('overall', 'overall');

console.log(`engine: ${engine.name}`);
console.log(`data:   ${evalPath} (${cases.length} cases)\n`);
console.log('recall (expected items resolved correctly)');
const w = Math.max(...rows.map((r) => r[0].length));
for (const [a, b, c2] of rows) console.log(`  ${a.padEnd(w)}  ${b.padStart(9)}  ${c2}`);
console.log('');
console.log(`precision on complete cases   ${precOk}/${precTotal}  ${pct(precOk, precTotal)}`);
console.log(`false positives on negatives  ${negFp} in ${negCasesWithFp} of ${negCases} negative cases`);
const core = recall.get('priority core') ?? [0, 0];
const all = recall.get('overall') ?? [0, 0];
const coreOk = core[1] > 0 && core[0] / core[1] >= 0.95;
const allOk = all[1] > 0 && all[0] / all[1] >= 0.85;
console.log('');
console.log(`target core ≥ 95%: ${coreOk ? 'met' : 'NOT met'}   target all ≥ 85%: ${allOk ? 'met' : 'NOT met'}`);
if (failures.length && failuresFile) {
  writeFileSync(failuresFile, `${failures.join('\n')}\n`);
  console.log(`${failures.length} cases with misses written to ${failuresFile}`);
} else if (failures.length && !quiet) {
  console.log(`\n${failures.length} cases with misses or extras (use --failures FILE to save them, --quiet to hide):`);
  for (const f of failures) console.log(`  ${f}`);
}

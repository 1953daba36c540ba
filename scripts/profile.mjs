#!/usr/bin/env node
// node scripts/profile.mjs [--top N] [--out FILE.md] -- tifa ARGS…
//   Runs `tifa ARGS…` under `node --cpu-prof` (stdout discarded) and prints the functions with
//   the most self time, as file:function and % of the samples, grouped by module (src/ folder).
// node scripts/profile.mjs --summarize FILE.cpuprofile [--top N]   summarizes an existing profile.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_TOP = 25;

/** Self time per function of a V8 CPU profile, largest first. */
export function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map();
  const deltas = profile.timeDeltas;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const us = deltas[i] ?? 0;
    total += us;
    const key = frameKey(node.callFrame);
    counts.set(key, (counts.get(key) ?? 0) + us);
  }
  return { total, rows: [...counts].sort((a, b) => b[1] - a[1]) };
}

function frameKey({ url, functionName, lineNumber }) {
  const file = url ? shorten(url) : '(native)';
  return `${file}:${functionName || '(anonymous)'}${url ? `@${lineNumber + 1}` : ''}`;
}

function shorten(url) {
  const path = url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) return path.slice(nm + 'node_modules/'.length);
  if (path.startsWith(root)) return relative(root, path);
  return path;
}

function moduleOf(key) {
  const m = /^dist\/([^/:]+)/.exec(key);
  if (m) return `src/${m[1]}`;
  if (key.startsWith('node:') || key.startsWith('(native)') || !key.includes('/')) return 'node / V8';
  if (/^(@[^/]+\/)?[^/]+\//.test(key))
    return key.startsWith('@') ? key.split('/').slice(0, 2).join('/') : key.split('/')[0];
  return 'other';
}

/** Markdown: the top functions by self time, grouped by module. */
export function renderTop(profile, top = DEFAULT_TOP) {
  const { total, rows } = selfTimes(profile);
  const picked = rows.slice(0, top);
  const groups = new Map();
  for (const [key, us] of picked) {
    const m = moduleOf(key);
    if (!groups.has(m)) groups.set(m, []);
    groups.get(m).push([key, us]);
  }
  const pct = (us) => ((100 * us) / total).toFixed(1);
  const lines = [`Total ${(total / 1e6).toFixed(2)} s of samples; top ${top} functions by self time.`, ''];
  lines.push('| module | function (file:name@line) | self % |', '|---|---|---:|');
  const sorted = [...groups].sort((a, b) => sum(b[1]) - sum(a[1]));
  for (const [m, list] of sorted) {
    lines.push(`| **${m}** (${pct(sum(list))} %) | | |`);
    for (const [key, us] of list) lines.push(`| | \`${key}\` | ${pct(us)} |`);
  }
  const all = new Map();
  for (const [key, us] of rows) all.set(moduleOf(key), (all.get(moduleOf(key)) ?? 0) + us);
  const totals = [...all].sort((a, b) => b[1] - a[1]).map(([m, us]) => `${m} ${pct(us)} %`);
  lines.push('', `All functions, self time by module: ${totals.join(', ')}.`);
  return `${lines.join('\n')}\n`;
}

const sum = (list) => list.reduce((a, [, us]) => a + us, 0);

const args = process.argv.slice(2);
const topIdx = args.indexOf('--top');
const top = topIdx >= 0 ? Number(args.splice(topIdx, 2)[1]) : DEFAULT_TOP;
const outIdx = args.indexOf('--out');
const out = outIdx >= 0 ? args.splice(outIdx, 2)[1] : undefined;
let md;
if (args[0] === '--summarize') {
  md = renderTop(JSON.parse(readFileSync(args[1], 'utf8')), top);
} else {
  const tifaArgs = args[0] === '--' ? args.slice(1) : args;
  const dir = mkdtempSync(join(tmpdir(), 'tifa-prof-'));
  try {
    const r = spawnSync(
      process.execPath,
      ['--cpu-prof', `--cpu-prof-dir=${dir}`, join(root, 'bin/tifa.js'), ...tifaArgs],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    if (r.status !== 0) process.exitCode = r.status ?? 1;
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error('profile: no .cpuprofile written');
    md = renderTop(JSON.parse(readFileSync(join(dir, file), 'utf8')), top);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (out) writeFileSync(out, md);
process.stdout.write(md);

#!/usr/bin/env node
// Score tifa's numeric claims against a hand-annotated, held-out set of texts tifa was not
// developed on (tests/fixtures/unseen: speeches, digests, PDF and web extractions, traditional
// characters). It is a report, not a test: it always exits 0.
//
//   npm run build && node scripts/eval-claims.mjs [--dir DIR] [--gold FILE] [--limit N] [--json]
//
// A predicted claim matches a gold claim when their spans overlap and the value agrees (for a
// range, min and max agree); each gold claim matches at most one prediction. Predictions of
// kind "ordinal" are not claims and are ignored. Annotation rules: tests/fixtures/unseen/GUIDELINES.md.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Characters of context shown each side of a miss or false positive. */
const CONTEXT_CHARS = 12;
/** Relative tolerance when comparing values (1.2万 read as 12000.000000000002). */
const VALUE_TOLERANCE = 1e-9;
/** Misses and false positives listed by default. */
const DEFAULT_LIMIT = 40;

function parseArgs(argv) {
  const args = { dir: join(repoRoot, 'tests/fixtures/unseen'), gold: null, limit: DEFAULT_LIMIT, json: false };
  for (let k = 0; k < argv.length; k++) {
    if (argv[k] === '--dir') args.dir = resolve(argv[++k]);
    else if (argv[k] === '--gold') args.gold = resolve(argv[++k]);
    else if (argv[k] === '--limit') args.limit = Number(argv[++k]);
    else if (argv[k] === '--json') args.json = true;
    else console.error(`eval-claims: ignoring unknown argument ${argv[k]}`);
  }
  args.gold ??= join(args.dir, 'gold.jsonl');
  return args;
}

/** Gold claims by file; lines whose surface is not at their offsets are reported and dropped. */
function loadGold(goldPath, texts) {
  const byFile = new Map([...texts.keys()].map((f) => [f, []]));
  const problems = [];
  const lines = readFileSync(goldPath, 'utf8').split('\n');
  lines.forEach((line, k) => {
    if (line.trim() === '') return;
    let claim;
    try {
      claim = JSON.parse(line);
    } catch {
      problems.push(`line ${k + 1}: not JSON`);
      return;
    }
    const text = texts.get(claim.file);
    if (text === undefined) problems.push(`line ${k + 1}: no text file ${claim.file}`);
    else if (text.slice(claim.start, claim.end) !== claim.surface)
      problems.push(`line ${k + 1}: ${claim.file} [${claim.start},${claim.end}) is not "${claim.surface}"`);
    else byFile.get(claim.file).push(claim);
  });
  return { byFile, problems };
}

async function loadAnalyze() {
  const dist = join(repoRoot, 'dist/index.js');
  if (!existsSync(dist)) return null;
  const mod = await import(pathToFileURL(dist).href);
  return typeof mod.analyze === 'function' ? mod.analyze : null;
}

/** tifa's claims for one file, or an error message. */
async function predict(analyze, path) {
  try {
    const result = await analyze(path, { analyzers: ['claims'] });
    return { claims: (result.claims ?? []).filter((c) => c.kind !== 'ordinal') };
  } catch (err) {
    return { error: err?.message ?? String(err), claims: [] };
  }
}

function close(a, b) {
  if (a == null || b == null) return a == null && b == null;
  return Math.abs(a - b) <= VALUE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

function overlaps(a, b) {
  return a.start < b.end && b.start < a.end;
}

function valueAgrees(gold, pred) {
  if (gold.value != null) return close(gold.value, pred.value);
  return close(gold.min, pred.min) && close(gold.max, pred.max);
}

/** One-to-one matching in text order: true positives, misses and false positives of one file. */
function matchFile(gold, preds) {
  const used = new Set();
  const matches = [];
  const misses = [];
  for (const g of [...gold].sort((a, b) => a.start - b.start)) {
    const k = preds.findIndex((p, i) => !used.has(i) && overlaps(g, p) && valueAgrees(g, p));
    if (k >= 0) {
      used.add(k);
      matches.push({ gold: g, pred: preds[k] });
    } else misses.push({ gold: g, near: preds.find((p) => overlaps(g, p)) ?? null });
  }
  const falsePositives = preds
    .filter((_, i) => !used.has(i))
    .map((p) => ({ pred: p, near: gold.find((g) => overlaps(g, p)) ?? null }));
  return { matches, misses, falsePositives };
}

function ratio(a, b) {
  return b === 0 ? null : a / b;
}

function scores(tp, goldCount, predCount) {
  const recall = ratio(tp, goldCount);
  const precision = ratio(tp, predCount);
  const f1 =
    recall != null && precision != null && recall + precision > 0
      ? (2 * recall * precision) / (recall + precision)
      : null;
  return { gold: goldCount, predicted: predCount, matched: tp, recall, precision, f1 };
}

function context(text, start, end) {
  const left = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  const right = text.slice(end, end + CONTEXT_CHARS);
  return `${left}【${text.slice(start, end)}】${right}`.replace(/\s+/g, ' ');
}

/** Inside “…”, 《…》 or a pair of ASCII quotes opened earlier on the same line? */
function insideQuotes(text, start) {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('《'));
  const shut = Math.max(before.lastIndexOf('”'), before.lastIndexOf('》'));
  return open > shut || (before.match(/"/g) ?? []).length % 2 === 1;
}

/** Rough labels for why a number is not a claim, to group false positives; "" when none applies. */
const HINTS = [
  ['ordinal', ({ before }) => /第$/.test(before)],
  ['table/figure number', ({ before }) => /[表图圖]$/.test(before)],
  ['heading numbering', ({ before, after }) => /^[、.．]/.test(after) && /(^|\n|\s)[(（]?$/.test(before)],
  [
    'session/edition/phase',
    ({ surface, after }) => /^([次届屆期]|[会會]議|运会|運)/.test(after) || /[次期]$/.test(surface),
  ],
  ["report's own parts", ({ after }) => /^(方面|点意见|點意見)/.test(after)],
  ['threshold of a category', ({ surface, after }) => /^的/.test(after) && /及?以[下上]$/.test(surface)],
  ['inside quotes/title', ({ quoted }) => quoted],
  ['article 一', ({ surface }) => /^一/.test(surface)],
  ['date or period', ({ surface, after }) => /^[年月日]/.test(after) || /[年月日]$/.test(surface)],
];

function hint(text, start, end) {
  const before = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  const surface = text.slice(start, end);
  const after = text.slice(end, end + CONTEXT_CHARS);
  const quoted = insideQuotes(text, start);
  return HINTS.find(([, test]) => test({ before, surface, after, quoted }))?.[0] ?? '';
}

async function evaluate(args) {
  const files = readdirSync(args.dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const texts = new Map(files.map((f) => [f, readFileSync(join(args.dir, f), 'utf8')]));
  const { byFile, problems } = loadGold(args.gold, texts);
  const analyze = await loadAnalyze();
  if (!analyze) return { fatal: 'dist/index.js not found or has no analyze(): run `npm run build` first' };
  const perFile = [];
  for (const file of files) {
    const { claims, error } = await predict(analyze, join(args.dir, file));
    const gold = byFile.get(file);
    const m = matchFile(gold, claims);
    perFile.push({ file, error, ...scores(m.matches.length, gold.length, claims.length), ...m });
  }
  const sum = (key) => perFile.reduce((s, r) => s + r[key], 0);
  const overall = scores(sum('matched'), sum('gold'), sum('predicted'));
  const approxAgree = perFile
    .flatMap((r) => r.matches)
    .filter((x) => (x.gold.approx ?? null) === (x.pred.approx ?? null));
  overall.approxAgreement = ratio(approxAgree.length, overall.matched);
  return { problems, perFile, overall, texts };
}

function fmt(x) {
  return x == null ? '  -  ' : x.toFixed(3);
}

function printReport(res, limit) {
  const { perFile, overall, texts, problems } = res;
  for (const p of problems) console.log(`gold problem: ${p}`);
  console.log('file                                   gold  pred  match  recall  precision  F1');
  for (const r of perFile) {
    const name = r.file.padEnd(38);
    const nums = `${String(r.gold).padStart(4)}  ${String(r.predicted).padStart(4)}  ${String(r.matched).padStart(5)}`;
    console.log(
      `${name} ${nums}   ${fmt(r.recall)}   ${fmt(r.precision)}    ${fmt(r.f1)}${r.error ? `  ERROR ${r.error}` : ''}`,
    );
  }
  const o = overall;
  console.log(
    `\nOVERALL  gold ${o.gold}  predicted ${o.predicted}  matched ${o.matched}  ` +
      `recall ${fmt(o.recall)}  precision ${fmt(o.precision)}  F1 ${fmt(o.f1)}  (approx agrees on ${fmt(o.approxAgreement)} of matches)`,
  );
  const misses = perFile.flatMap((r) => r.misses.map((m) => ({ file: r.file, ...m })));
  console.log(`\nMisses (${misses.length}; first ${Math.min(limit, misses.length)}):`);
  for (const m of misses.slice(0, limit)) {
    const near = m.near ? `  tifa: "${m.near.text}" = ${m.near.value ?? `${m.near.min}–${m.near.max}`}` : '';
    console.log(`  ${m.file}  ${context(texts.get(m.file), m.gold.start, m.gold.end)}  gold ${m.gold.value}${near}`);
  }
  const fps = perFile.flatMap((r) =>
    r.falsePositives.map((f) => {
      const text = texts.get(r.file);
      const label = f.near ? `wrong value (gold ${f.near.value})` : hint(text, f.pred.start, f.pred.end);
      return { file: r.file, text, label, ...f };
    }),
  );
  const byLabel = new Map();
  for (const f of fps) byLabel.set(f.label || 'other', (byLabel.get(f.label || 'other') ?? 0) + 1);
  const labels = [...byLabel].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  console.log(`\nFalse positives (${fps.length}) by rough kind: ${labels.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  console.log(`First ${Math.min(limit, fps.length)}:`);
  for (const f of fps.slice(0, limit)) {
    const value = f.pred.value ?? `${f.pred.min}–${f.pred.max}`;
    console.log(`  ${f.file}  ${context(f.text, f.pred.start, f.pred.end)}  = ${value}  ${f.label}`);
  }
}

function toJson(res) {
  const strip = (r) => ({
    file: r.file,
    error: r.error,
    gold: r.gold,
    predicted: r.predicted,
    matched: r.matched,
    recall: r.recall,
    precision: r.precision,
    f1: r.f1,
    misses: r.misses.map((m) => ({ ...m.gold, tifa: m.near?.text ?? null, tifaValue: m.near?.value ?? null })),
    falsePositives: r.falsePositives.map((f) => ({
      text: f.pred.text,
      start: f.pred.start,
      end: f.pred.end,
      value: f.pred.value,
    })),
  });
  return JSON.stringify({ problems: res.problems, overall: res.overall, files: res.perFile.map(strip) }, null, 2);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  try {
    const res = await evaluate(args);
    if (res.fatal) console.error(`eval-claims: ${res.fatal}`);
    else if (args.json) console.log(toJson(res));
    else printReport(res, args.limit);
  } catch (err) {
    console.error(`eval-claims: ${err?.message ?? err}`);
  }
  process.exitCode = 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();

#!/usr/bin/env node
/**
 * Lists the numbered formulations (提法) found per year in a folder of reports named YYYY.txt
 * (default: ../shared/corpus/gov-work-reports, relative to the repository root): known ones with
 * their counts, ones whose members are only spelled out, and discovered candidates with their
 * confidence. Then prints the first year of 四个意识, 两个维护 and 两个确立 and the discovered
 * candidates overall with a sample of 30.
 *
 * Uses the built library: run `npx tsc -p tsconfig.build.json` first. `TIFA_DIST=/path/to/dist`
 * points it at another build.
 *
 * @example
 * ```sh
 * node scripts/formulations-by-year.mjs                       # the government work reports
 * node scripts/formulations-by-year.mjs path/to/reports --json  # machine-readable
 * ```
 */
import { readdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const dirArg = args.find((a) => !a.startsWith('--'));
const dir = resolve(root, dirArg ?? '../shared/corpus/gov-work-reports');
const dist = resolve(process.env.TIFA_DIST ?? join(root, 'dist'));

for (const f of ['document/index.js', 'dictionary/index.js', 'segment/index.js', 'analyzers/slogans.js']) {
  if (!existsSync(join(dist, f))) {
    console.error(`tifa: ${join(dist, f)} is missing: build the library first (npx tsc -p tsconfig.build.json)`);
    process.exit(2);
  }
}
if (!existsSync(dir)) {
  console.error(`tifa: ${dir}: no such folder`);
  process.exit(2);
}
const load = (f) => import(pathToFileURL(join(dist, f)).href);
const { loadDocument } = await load('document/index.js');
const { loadDictionary } = await load('dictionary/index.js');
const { createContext } = await load('pipeline/context.js');
const { slogans } = await load('analyzers/slogans.js');

const dictionary = loadDictionary();
const files = readdirSync(dir)
  .filter((f) => /^\d{4}\.txt$/.test(f))
  .sort();
if (files.length === 0) {
  console.error(`tifa: ${dir}: no YYYY.txt files`);
  process.exit(2);
}

const WATCH = ['四个意识', '两个维护', '两个确立'];
const years = [];
/** canonical → { years: number[], confidence: max, count } for discovered candidates */
const candidates = new Map();
const firstNamed = new Map();
const firstListed = new Map();

for (const f of files) {
  const year = Number(basename(f, '.txt'));
  const doc = await loadDocument(join(dir, f), { year });
  // the context analyze.ts builds (the slogans analyzer does not need tokens)
  const ctx = createContext(doc, { dictionary });
  const found = slogans(doc, ctx).slogans.filter((s) => s.kind === 'numbered');
  const known = found.filter((s) => s.known && s.count > 0);
  const listedOnly = found.filter((s) => s.known && s.count === 0);
  const discovered = found.filter((s) => !s.known);
  years.push({
    year,
    known: known.map((s) => ({ formulation: s.canonical, count: s.count, category: s.category })),
    membersOnly: listedOnly.map((s) => ({ formulation: s.canonical, listings: s.memberChecks?.length ?? 0 })),
    candidates: discovered.map((s) => ({
      text: s.canonical,
      confidence: s.confidence,
      count: s.count,
      evidence: s.evidence,
    })),
  });
  for (const s of found) {
    if (s.known && s.count > 0 && !firstNamed.has(s.canonical)) firstNamed.set(s.canonical, year);
    if (s.known && s.memberChecks?.some((c) => c.complete) && !firstListed.has(s.canonical))
      firstListed.set(s.canonical, year);
  }
  for (const s of discovered) {
    const c = candidates.get(s.canonical) ?? { years: [], confidence: 0, count: 0, evidence: s.evidence };
    c.years.push(year);
    c.confidence = Math.max(c.confidence, s.confidence);
    c.count += s.count;
    candidates.set(s.canonical, c);
  }
}

const all = [...candidates.entries()].sort(
  (a, b) => a[1].years[0] - b[1].years[0] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
);
// an evenly spread, deterministic sample
const step = all.length / Math.min(30, all.length || 1);
const sample = all.length <= 30 ? all : Array.from({ length: 30 }, (_, i) => all[Math.floor(i * step)]);

if (json) {
  process.stdout.write(
    `${JSON.stringify(
      {
        folder: dir,
        years,
        firstYear: Object.fromEntries(
          WATCH.map((w) => [w, { named: firstNamed.get(w) ?? null, membersListed: firstListed.get(w) ?? null }]),
        ),
        candidates: all.length,
        sample: sample.map(([text, c]) => ({
          text,
          firstYear: c.years[0],
          years: c.years.length,
          confidence: c.confidence,
          evidence: c.evidence,
        })),
      },
      null,
      2,
    )}\n`,
  );
} else {
  const out = [];
  out.push(`# Formulations by year — ${dir}`);
  for (const y of years) {
    out.push('');
    out.push(`## ${y.year}`);
    out.push(`known (${y.known.length}): ${y.known.map((k) => `${k.formulation}×${k.count}`).join('  ') || '—'}`);
    if (y.membersOnly.length)
      out.push(`members spelled out, name absent: ${y.membersOnly.map((k) => k.formulation).join('  ')}`);
    out.push(
      `candidates (${y.candidates.length}): ${y.candidates.map((c) => `${c.text} (${c.confidence})`).join('  ') || '—'}`,
    );
  }
  out.push('');
  out.push('## First year');
  for (const w of WATCH) {
    const named = firstNamed.get(w);
    const listed = firstListed.get(w);
    out.push(
      `${w}: ${named ?? 'never'} (name)${listed !== undefined ? `; members first spelled out in full ${listed}` : ''}`,
    );
  }
  out.push('');
  out.push(`## Discovered candidate formulations: ${all.length} distinct`);
  out.push(`sample of ${sample.length} (first year, years seen, confidence, evidence):`);
  for (const [text, c] of sample)
    out.push(`  ${text}\t${c.years[0]}\t×${c.years.length}y\t${c.confidence}\t${c.evidence.join('; ')}`);
  console.log(out.join('\n'));
}

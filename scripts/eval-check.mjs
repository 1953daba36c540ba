#!/usr/bin/env node
// Evaluates `tifa check` (issue 13).
//
//   npm run build && node scripts/eval-check.mjs [--corpus DIR] [--seed N] [--years 1990-2022] [--verbose]
//
// 1. Seeded errors: into each government work report of the held-out years (default 1990–2022,
//    never 2023–2025), one mistake of each kind is seeded at a place chosen by a seeded PRNG,
//    the edits applied from the end so offsets stay known. Recall = seeds with a diagnostic of
//    the expected rule overlapping them. Precision = diagnostics overlapping a seed / all
//    diagnostics of the seeded texts (conservative: every diagnostic the original text already
//    had counts as false, although some are real, e.g. 二0一一年 in 2012).
// 2. The government work reports 2023–2025 as published: the `error` diagnostics of each.
//
// Needs ../shared/corpus (fails when missing) and dist/ (npm run build).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : dflt;
};
const corpus = resolve(opt('--corpus', join(root, '..', 'shared', 'corpus')));
const seed = Number(opt('--seed', '13'));
const [fromYear, toYear] = opt('--years', '1990-2022').split('-').map(Number);
const verbose = args.includes('--verbose');
if (!existsSync(join(corpus, 'gov-work-reports'))) {
  console.error(`eval-check: ${corpus}/gov-work-reports not found (../shared/corpus is needed)`);
  process.exit(2);
}
const dist = (p) => pathToFileURL(join(root, 'dist', p)).href;
const { check } = await import(dist('check/check.js'));
const { createDocument } = await import(dist('document/index.js'));

/** mulberry32: a small seeded PRNG, so the seeds are the same on every run. */
function prng(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(rand, list) {
  return list.length === 0 ? null : list[Math.floor(rand() * list.length)];
}

function matches(text, re) {
  return [...text.matchAll(re)];
}

const CN = '零一二三四五六七八九';
const cn = (n) => (n < 10 ? CN[n] : `${n < 20 ? '' : CN[Math.floor(n / 10)]}十${n % 10 ? CN[n % 10] : ''}`);

/**
 * Seed makers: each finds a place in the text and returns an edit {start, end, insert} of the
 * original text plus the span (relative to the edit start, in the edited text) the diagnostic
 * must overlap, and the rule expected to find it.
 */
const SEEDERS = {
  'doubled-word': (t, r) => {
    const m = pick(
      r,
      matches(t, /(?<=[\u4e00-\u9fff]{2})的(?=[\u4e00-\u9fff]{2})/g).filter((x) => !/[目标端]/.test(t[x.index - 1])),
    );
    return m && { start: m.index, end: m.index + 1, insert: '的的', span: [0, 2] };
  },
  'doubled-punctuation': (t, r) => {
    const m = pick(r, matches(t, /(?<=[\u4e00-\u9fff])，(?=[\u4e00-\u9fff])/g));
    return m && { start: m.index, end: m.index + 1, insert: '，，', span: [0, 2] };
  },
  'impossible-date': (t, r) => {
    const m = pick(r, matches(t, /(?<![0-9年])[0-9]{1,2}月[0-9]{1,2}日/g));
    const bad = pick(r, ['2月30日', '4月31日', '6月31日', '9月31日', '11月31日', '2月31日']);
    if (m) return { start: m.index, end: m.index + m[0].length, insert: bad, span: [0, bad.length] };
    const p = pick(r, matches(t, /。(?=[\u4e00-\u9fff])/g));
    const s = `会议于${bad}召开。`;
    return p && { start: p.index + 1, end: p.index + 1, insert: s, span: [3, 3 + bad.length] };
  },
  'redundant-approximation': (t, r) => {
    const m = pick(r, matches(t, /(约|超过)([0-9.]+)(万|亿)?(人|元|户|个|家|公里|吨|项)/g));
    if (!m) return null;
    const extra = m[1] === '约' ? '左右' : '以上';
    return { start: m.index, end: m.index + m[0].length, insert: m[0] + extra, span: [0, m[0].length + 2] };
  },
  'unmatched-mark': (t, r) => {
    const m = pick(r, matches(t, /[“《]([^“”《》\n]{2,12})[”》]/g));
    return m && { start: m.index, end: m.index + m[0].length, insert: m[0].slice(0, -1), span: [0, 1] };
  },
  'ascii-punctuation': (t, r) => {
    const m = pick(r, matches(t, /(?<=[\u4e00-\u9fff])，(?=[\u4e00-\u9fff])/g));
    return m && { start: m.index, end: m.index + 1, insert: ',', span: [0, 1] };
  },
  'series-numbering': (t, r) => {
    const m = pick(r, matches(t, /二是[^\n]{2,300}?三是/g));
    return m && { start: m.index + m[0].length - 2, end: m.index + m[0].length, insert: '四是', span: [0, 2] };
  },
  'heading-numbering': (t, r) => {
    const m = pick(r, matches(t, /(?<=\n[ \t\u3000]*)(二|三|四)、/g));
    if (!m) return null;
    const next = { 二: '三', 三: '四', 四: '五' }[m[1]];
    return { start: m.index, end: m.index + 2, insert: `${next}、`, span: [0, 2] };
  },
  'announced-count': (t, r) => {
    const paras = matches(t, /(?<=[：。；\n])一是[^\n]*?二是[^\n]*?(?:三是[^\n]*?)?(?=\n)/g);
    const m = pick(r, paras);
    if (!m) return null;
    const k = (m[0].match(/(?<=[。；，：])[二三四五六七八九]是/g)?.length ?? 0) + 1;
    const s = `主要抓好${cn(k + 1)}个方面：`;
    return { start: m.index, end: m.index, insert: s, span: [0, s.length] };
  },
  'parts-total': (t, r) => {
    const p = pick(r, matches(t, /。(?=[\u4e00-\u9fff])/g));
    if (!p) return null;
    const [a, b, c] = [2 + Math.floor(r() * 20), 1 + Math.floor(r() * 10), 1 + Math.floor(r() * 5)];
    const total = a + b + c - 1 - Math.floor(r() * 3);
    const s = `全年共查处案件${total}件，其中立案审查${a}件、移送司法${b}件、其他${c}件。`;
    return { start: p.index + 1, end: p.index + 1, insert: s, span: [0, s.length] };
  },
  'number-form': (t, r) => {
    const m = pick(r, matches(t, /(?<![0-9.])([1-9])000(?![0-9.%])(?=多|余|万|人|元|个|家|户|公里|亿)/g));
    return m && { start: m.index, end: m.index + 4, insert: `${m[1]}千`, span: [0, 2] };
  },
  'repeated-sentence': (t, r) => {
    const m = pick(r, matches(t, /(?<=。)[^。\n]{25,80}。/g));
    return m && { start: m.index + m[0].length, end: m.index + m[0].length, insert: m[0], span: [0, m[0].length] };
  },
  'superseded-reference': (t, r) => {
    const prev = { 十六: '十五', 十七: '十六', 十八: '十七', 十九: '十八', 二十: '十九' };
    const m = pick(r, matches(t, /(?<=党的)(十六|十七|十八|十九|二十)大精神/g));
    return m && { start: m.index, end: m.index + m[0].length, insert: `${prev[m[1]]}大精神`, span: [0, m[0].length] };
  },
  'formulation-members': (t, r) => {
    const p = pick(r, matches(t, /。(?=[\u4e00-\u9fff])/g));
    const s = pick(r, [
      '全面加强党的建设，增强政治意识、大局意识、核心意识、责任意识，树牢“四个意识”。',
      '坚定道路自信、理论自信、制度自信、历史自信，坚持“四个自信”。',
      '严格落实“三会一课”制度，按时召开支部党员大会、支部委员会、党课。',
      '坚决反对“四风”，持续整治形式主义、官僚主义、享乐主义、奢侈之风。',
    ]);
    if (!p) return null;
    const at = s.search(/[，、]/) - 4;
    return { start: p.index + 1, end: p.index + 1, insert: s, span: [Math.max(0, at), s.length] };
  },
};

function seedDocument(text, rand) {
  const edits = [];
  for (const [rule, make] of Object.entries(SEEDERS)) {
    const e = make(text, rand);
    if (!e) continue;
    // keep edits apart (80 characters) so a diagnostic belongs to one seed
    if (edits.some((x) => Math.abs(x.start - e.start) < 80)) continue;
    edits.push({ ...e, rule });
  }
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  const seeds = [];
  for (const e of edits) {
    out += text.slice(at, e.start);
    seeds.push({ rule: e.rule, start: out.length + e.span[0], end: out.length + e.span[1], insert: e.insert });
    out += e.insert;
    at = e.end;
  }
  return { text: out + text.slice(at), seeds };
}

const overlaps = (d, s) => d.start < s.end + 2 && s.start - 2 < d.end;

function evaluateSeeded() {
  const rand = prng(seed);
  const perRule = {};
  let diagnostics = 0;
  let real = 0;
  let baselineDiagnostics = 0;
  const misses = [];
  for (let year = fromYear; year <= toYear; year++) {
    const path = join(corpus, 'gov-work-reports', `${year}.txt`);
    if (!existsSync(path)) continue;
    const original = readFileSync(path, 'utf8');
    const { text, seeds } = seedDocument(original, rand);
    const doc = createDocument(text, { source: `${year}.txt`, year });
    const found = check(doc).diagnostics;
    baselineDiagnostics += check(createDocument(original, { source: `${year}.txt`, year })).diagnostics.length;
    diagnostics += found.length;
    real += found.filter((d) => seeds.some((s) => overlaps(d, s))).length;
    for (const s of seeds) {
      const hit = found.some((d) => d.rule === s.rule && overlaps(d, s));
      perRule[s.rule] ??= { seeded: 0, found: 0 };
      perRule[s.rule].seeded++;
      if (hit) perRule[s.rule].found++;
      else misses.push(`${year} ${s.rule} ${JSON.stringify(text.slice(Math.max(0, s.start - 10), s.end + 10))}`);
    }
    if (verbose)
      for (const d of found.filter((x) => !seeds.some((s) => overlaps(x, s))))
        console.log(`  unseeded ${year} ${d.rule} ${JSON.stringify(text.slice(d.start, d.end).slice(0, 40))}`);
  }
  const seeded = Object.values(perRule).reduce((n, x) => n + x.seeded, 0);
  const foundAll = Object.values(perRule).reduce((n, x) => n + x.found, 0);
  console.log(`Seeded errors, government work reports ${fromYear}–${toYear} (seed ${seed}):`);
  for (const [rule, x] of Object.entries(perRule).sort())
    console.log(`  ${rule.padEnd(24)} ${String(x.found).padStart(3)}/${x.seeded}`);
  console.log(`  recall    ${foundAll}/${seeded} = ${((100 * foundAll) / seeded).toFixed(1)}%`);
  console.log(
    `  precision ${real}/${diagnostics} = ${((100 * real) / diagnostics).toFixed(1)}% (every diagnostic not on a seed counted as false)`,
  );
  const added = diagnostics - baselineDiagnostics;
  console.log(
    `  precision of what seeding added: ${real}/${added} = ${((100 * real) / Math.max(1, added)).toFixed(1)}%`,
  );
  if (verbose) for (const m of misses) console.log(`  missed ${m}`);
}

function evaluatePublished() {
  console.log('\nPublished government work reports 2023–2025: error diagnostics');
  for (const year of [2023, 2024, 2025]) {
    const path = join(corpus, 'gov-work-reports', `${year}.txt`);
    const doc = createDocument(readFileSync(path, 'utf8'), { source: `${year}.txt`, year });
    const all = check(doc).diagnostics;
    const errors = all.filter((d) => d.severity === 'error');
    console.log(`  ${year}: ${errors.length} error(s), ${all.length - errors.length} warning/info`);
    for (const d of all)
      console.log(
        `    ${d.severity} ${d.rule} ${JSON.stringify(doc.text.slice(d.start, d.end).slice(0, 50))}: ${d.message}`,
      );
  }
}

evaluateSeeded();
evaluatePublished();

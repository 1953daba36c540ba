// Adversarial inputs for every analyzer, the document model, the segmenter and scanQuantities:
// long runs of digits, 、-separated lists, deeply nested and unbalanced quotes, repeated numerals,
// a 1 MB line, one formulation repeated 200k times, random brackets. The outputs' sizes and structure
// are asserted (counts equal to what was put in), never time; linearity is shown by counting the
// work done on n and on 4n characters (see work.ts) and by the size of the output.
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document/document.js';
import { analyzeDocument, type TifaResult } from '../../src/pipeline/analyze.js';
import type { AnalyzerName } from '../../src/pipeline/registry.js';
import type { Segmenter } from '../../src/segment/segmenter.js';
import { scanQuantities } from '../../src/numbers/index.js';
import { kwic } from '../../src/analyzers/kwic.js';
import { MAX_BRACKET_DEPTH } from '../../src/analyzers/slogans/brackets.js';
import type { TifaDocument, Token } from '../../src/document/types.js';
import { checkResult, checkTokens, checkQuantities } from './fuzz-core.mjs';
import { countWork } from './work.js';
import { api, dictionary, segmenter } from './library.js';

/** A preamble sentence, then a heading: the body starts at the preamble (see the heading-first bug in fuzz.test.ts). */
const H = '现将有关情况报告如下。\n一、总体情况\n';

/** A segmenter that keeps the tokens of its last cut, so a test reads the pipeline's own tokens. */
function recording(): Segmenter & { last: Token[] } {
  const r = {
    backend: segmenter.backend,
    rawCut: (t: string) => segmenter.rawCut(t),
    last: [] as Token[],
    cut: (t: string, o?: Parameters<Segmenter['cut']>[1]) => (r.last = segmenter.cut(t, o)),
  };
  return r;
}

/** The whole pipeline on `text`, every offset checked; returns the document, result and tokens. */
function run(text: string, analyzers?: AnalyzerName[]): { doc: TifaDocument; r: TifaResult; tokens: Token[] } {
  const doc = createDocument(text);
  const seg = recording();
  const r = analyzeDocument(doc, { dictionary, segmenter: seg, ...(analyzers ? { analyzers } : {}) });
  checkResult(api, doc, r);
  return { doc, r, tokens: seg.last };
}

/** Sentences after the preamble and the heading. */
const bodySentences = (doc: TifaDocument) => count(doc.sentences, (s) => s.start >= H.length);
/** The marks around a finding as written, skipping the line breaks normalization dropped. */
function marksAround(text: string, start: number, end: number): string {
  let a = start - 1;
  while (a > 0 && /\s/.test(text[a]!)) a--;
  let b = end;
  while (b < text.length - 1 && /\s/.test(text[b]!)) b++;
  return text[a]! + text[b]!;
}
const count = <T>(xs: readonly T[], pred: (x: T) => boolean) => xs.reduce((n, x) => n + (pred(x) ? 1 : 0), 0);
const term = (r: TifaResult, t: string) => r.terms?.find((x) => x.term === t)?.count ?? 0;

/** A deterministic pseudo-random string over `alphabet` (same output on every run). */
function lcgString(length: number, alphabet: readonly string[], seed = 7): string {
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    out.push(alphabet[x % alphabet.length]!);
  }
  return out.join('');
}

describe('long runs of digits (100k)', () => {
  const digits = '1234567890'.repeat(10_000);
  it('scanQuantities reads one number, too large to resolve', () => {
    const q = scanQuantities(digits);
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ start: 0, end: 100_000, value: null, error: 'too-large' });
  });
  it('the segmenter keeps the run whole', () => {
    const t = segmenter.cut(`共${digits}次`);
    expect(t.map((x) => x.text)).toEqual(['共', `${digits}次`]);
  });
  it('the pipeline gives one claim holding the whole run, and kwic one hit', () => {
    const { doc, r } = run(`${H}全年召开会议${digits}次。`);
    expect(doc.sections).toHaveLength(1);
    expect(bodySentences(doc)).toBe(1);
    expect(r.claims).toHaveLength(1);
    expect(r.claims![0]).toMatchObject({
      text: `${digits}次`,
      unit: '次',
      kind: 'count',
      value: null,
      error: 'too-large',
      verb: '召开',
      subject: '会议',
    });
    const hits = kwic(doc, '/\\d+/', { window: 3 });
    expect(hits.map((h) => h.match.length)).toEqual([100_000]);
    // the output is linear in the input: the run is written out a few times, not once per character
    expect(JSON.stringify(r).length).toBeLessThan(6 * doc.text.length);
  });
});

describe('、-separated fragments (20k items)', () => {
  const N = 20_000;
  it('dictionary terms: every item counted once, by terms, kwic and the segmenter', () => {
    const { doc, r, tokens } = run(`${H}坚持${Array(N).fill('问题导向').join('、')}。`, ['terms', 'keywords']);
    expect(term(r, '问题导向')).toBe(N);
    expect(count(tokens, (t) => t.text === '问题导向')).toBe(N);
    const body = doc.normalized.indexOf('坚持');
    expect(count(tokens, (t) => t.text === '、' && t.start > body)).toBe(N - 1);
    expect(kwic(doc, '问题导向', { dictionary })).toHaveLength(N);
    expect(r.keywords?.find((k) => k.word === '问题导向')?.count).toBe(N);
  });
  it('plain words: the parallel analyzer and the segmenter stay bounded', () => {
    const items = Array.from({ length: N }, (_, i) => `${'甲乙丙丁戊己'[i % 6]}导向`);
    const { doc, r } = run(`${H}坚持${items.join('、')}。`, ['slogans', 'terms']);
    // an enumeration of 20k items is no slogan; 5 items are
    expect(r.slogans).toEqual([]);
    expect(run(`${H}坚持${items.slice(0, 5).join('、')}。`).r.slogans).toMatchObject([
      { kind: 'parallel', construction: 'enumeration', items: items.slice(0, 5), shared: { suffix: '导向' } },
    ]);
    const tokens = segmenter.cut(doc.normalized);
    checkTokens(doc.normalized, tokens);
    const body = doc.normalized.indexOf('坚持');
    expect(count(tokens, (t) => t.text === '、' && t.start > body)).toBe(N - 1);
  });
  it('numbers: one claim per item', () => {
    const items = Array.from({ length: N }, (_, i) => `召开${(i % 90) + 10}`);
    const { doc, r } = run(`${H}全年${items.join('、')}次。`, ['slogans', 'claims']);
    expect(r.claims).toHaveLength(N);
    expect(r.claims!.map((c) => c.text)).toEqual(
      items.map((s) => s.slice(2)).map((s, i) => (i === N - 1 ? `${s}次` : s)),
    );
    expect(scanQuantities(doc.normalized).filter((q) => q.claim)).toHaveLength(N);
  });
});

describe('deeply nested and unbalanced quotes', () => {
  it('5000 levels of “‘…’” around a formulation: bounded quoted findings, the formulation found once', () => {
    const L = 5000;
    const { doc, r } = run(`${H}增强${'“‘'.repeat(L)}四个意识${'’”'.repeat(L)}。`);
    const quoted = r.slogans!.filter((s) => s.kind === 'quoted');
    expect(quoted.length).toBeGreaterThan(0);
    expect(quoted.length).toBeLessThanOrEqual(MAX_BRACKET_DEPTH + 1);
    for (const s of quoted) {
      const o = s.occurrences[0]!;
      expect(marksAround(doc.text, o.start, o.end)).toBe(s.marks);
    }
    expect(r.slogans!.filter((s) => s.kind === 'numbered').map((s) => [s.canonical, s.count])).toEqual([
      ['四个意识', 1],
    ]);
    expect(term(r, '四个意识')).toBe(1);
    expect(r.claims).toEqual([]);
    expect(kwic(doc, '四个意识')).toHaveLength(1);
    expect(JSON.stringify(r).length).toBeLessThan(60 * doc.text.length);
  });
  it('10k opening or closing marks alone: nothing quoted', () => {
    for (const marks of ['“', '”', '《', '》', '（', '‘', '「']) {
      const { r } = run(`${H}增强${marks.repeat(10_000)}四个意识。`, ['slogans', 'claims']);
      expect(r.slogans!.filter((s) => s.kind === 'quoted' || s.kind === 'document')).toEqual([]);
      expect(r.slogans!.filter((s) => s.kind === 'numbered').map((s) => s.count)).toEqual([1]);
      expect(r.claims).toEqual([]);
    }
  });
  it('100k random brackets, quotes and words: every quoted or cited finding sits between its marks', () => {
    const text =
      H +
      lcgString(100_000, [
        ...'“”《》（）‘’「」『』()',
        '四个意识',
        '两个维护',
        '全面从严治党',
        '召开36次',
        '，',
        '。',
        '加强',
        '\n',
      ]);
    const { doc, r, tokens } = run(text);
    checkTokens(doc.normalized, tokens);
    const marked = r.slogans!.filter((s) => s.kind === 'quoted' || s.kind === 'document');
    expect(marked.length).toBeGreaterThan(10);
    for (const s of marked) {
      const o = s.occurrences[0]!;
      expect(marksAround(doc.text, o.start, o.end)).toBe(s.marks);
    }
    expect(term(r, '四个意识')).toBeGreaterThan(100);
    expect(JSON.stringify(r).length).toBeLessThan(60 * doc.text.length);
  });
});

describe('repeated numerals (一二三…×50k)', () => {
  it('no quantity, no formulation and no claim is made of a run of numerals', () => {
    for (const [run1, analyzers] of [
      ['一二三', undefined],
      ['一二三四五六七八九十', ['slogans', 'claims', 'keywords']],
    ] as const) {
      const text = `${H}${run1.repeat(50_000 / run1.length)}。`;
      const { doc, r, tokens } = run(text, analyzers ? [...analyzers] : undefined);
      checkTokens(doc.normalized, tokens);
      const qs = scanQuantities(doc.normalized);
      checkQuantities(doc.normalized, qs);
      expect(qs.map((q) => q.text)).toEqual(['一、']);
      expect(r.claims).toEqual([]);
      expect(r.slogans).toEqual([]);
    }
  });
  it('零, 万 and 一二三四五六七八九〇 ×20k characters: bounded quantities, tokens cover the text', () => {
    // (these runs made scanQuantities quadratic and cubic: every offset re-read the run to its end)
    for (const [run1, most] of [
      ['零', 20_000],
      ['万', 0],
      ['一二三四五六七八九〇', 2_000],
    ] as const) {
      const text = run1.repeat(20_000 / run1.length);
      checkTokens(text, segmenter.cut(text));
      const qs = scanQuantities(text);
      checkQuantities(text, qs);
      expect(qs.length, run1).toBeLessThanOrEqual(most);
    }
  });
  it('一二三， ×12.5k: one quantity per item at most, tokens cover the text', () => {
    const { doc, r } = run(`${H}${'一二三，'.repeat(12_500)}。`, ['slogans', 'claims']);
    checkTokens(doc.normalized, segmenter.cut(doc.normalized));
    const qs = scanQuantities(doc.normalized);
    checkQuantities(doc.normalized, qs);
    expect(qs.length).toBeLessThanOrEqual(12_501);
    expect(r.claims!.length).toBeLessThanOrEqual(12_500);
  });
});

describe('a 1 MB line without a break', () => {
  const unit = '全年召开会议36次，增强“四个意识”，坚持以人民为中心的发展思想，推动各项工作落地见效。';
  const reps = Math.ceil(1_000_000 / unit.length);
  it('every claim, term, formulation, sentence and kwic hit counted', () => {
    const { doc, r, tokens } = run(H + unit.repeat(reps));
    expect(doc.text.length).toBeGreaterThan(1_000_000);
    expect(bodySentences(doc)).toBe(reps);
    expect(r.claims).toHaveLength(reps);
    expect(new Set(r.claims!.map((c) => `${c.text}|${c.subject}|${c.verb}|${c.period}`))).toEqual(
      new Set(['36次|会议|召开|全年']),
    );
    expect(term(r, '四个意识')).toBe(reps);
    expect(r.slogans!.find((s) => s.kind === 'numbered' && s.canonical === '四个意识')?.count).toBe(reps);
    expect(r.slogans!.find((s) => s.kind === 'quoted' && s.canonical === '四个意识')?.count).toBe(reps);
    expect(count(tokens, (t) => t.text === '36次')).toBe(reps);
    expect(kwic(doc, '四个意识', { dictionary })).toHaveLength(reps);
    expect(
      scanQuantities(doc.text)
        .map((q) => q.text)
        .filter((t) => t !== '36次' && t !== '四个' && t !== '一、'),
    ).toEqual([]);
  });
});

describe('one formulation repeated (200k characters, 200k copies)', () => {
  const N = 200_000;
  it('四个意识 ×50k in one sentence: counted 50k times by terms, slogans and kwic; no claim', () => {
    const M = N / 4;
    const { doc, r } = run(`${H}${'四个意识'.repeat(M)}。`, ['terms', 'slogans', 'claims']);
    expect(term(r, '四个意识')).toBe(M);
    expect(r.slogans!.map((s) => [s.kind, s.canonical, s.count])).toEqual([['numbered', '四个意识', M]]);
    expect(r.claims).toEqual([]);
    expect(kwic(doc, '四个意识', { dictionary })).toHaveLength(M);
  });
  it('四个意识 ×200k: terms and kwic count every copy', () => {
    const { doc, r } = run(`${H}${'四个意识'.repeat(N)}。`, ['terms']);
    expect(term(r, '四个意识')).toBe(N);
    expect(kwic(doc, '四个意识', { dictionary })).toHaveLength(N);
  });
  it('四个意识 ×200k: the segmenter gives 200k whole tokens', () => {
    const t = segmenter.cut('四个意识'.repeat(N));
    expect(t).toHaveLength(N);
    expect(t.every((x, i) => x.text === '四个意识' && x.start === 4 * i)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Linearity by work count: each analyzer on each adversarial family at n and 4n characters.
// Linear code does about 4× the work (and writes about 4× the output) on 4n; anything that rescans
// the text, the sentence or the list of sections per finding does ~16×. The bound is 6×.

const families: Record<string, (n: number) => string> = {
  digits: (n) => `${H}全年召开会议${'1'.repeat(n)}次。`,
  'dun-terms': (n) =>
    `${H}坚持${Array(Math.floor(n / 5))
      .fill('问题导向')
      .join('、')}。`,
  'dun-words': (n) =>
    `${H}坚持${Array.from({ length: Math.floor(n / 4) }, (_, i) => `${'甲乙丙丁戊己'[i % 6]}导向`).join('、')}。`,
  'dun-numbers': (n) =>
    `${H}全年${Array.from({ length: Math.floor(n / 5) }, (_, i) => `召开${(i % 90) + 10}`).join('、')}次。`,
  'nested-quotes': (n) => `${H}增强${'“‘'.repeat(n / 4)}四个意识${'’”'.repeat(n / 4)}。`,
  'open-quotes': (n) => `${H}增强${'“'.repeat(n)}四个意识。`,
  numerals: (n) => `${H}${'一二三'.repeat(n / 3)}。`,
  'digit-sequence': (n) => `${H}${'一二三四五六七八九〇'.repeat(n / 10)}。`,
  'zero-run': (n) => `${H}${'零'.repeat(n)}。`,
  'wan-run': (n) => `${H}${'万'.repeat(n)}元。`,
  'long-line': (n) => H + '全年召开会议36次，增强“四个意识”，开展廉政谈话120余人次。'.repeat(n / 32),
  'one-sentence': (n) => `${H}${'召开会议36次，增强四个意识，'.repeat(n / 15)}。`,
  formulation: (n) => `${H}${'四个意识'.repeat(n / 4)}。`,
  'formulation-list': (n) => `${H}增强${'四个意识、'.repeat(n / 5)}。`,
  brackets: (n) => H + lcgString(n, [...'“”《》（）‘’「」', '四个意识', '召开36次', '，', '。', '\n']),
  headings: (n) =>
    Array.from(
      { length: Math.floor(n / 12) },
      (_, i) => `${['一、', '（二）', '3.', '一是'][i % 4]}全面从严治党。`,
    ).join('\n'),
  'problem-sections': (n) =>
    Array.from({ length: Math.floor(n / 16) }, () => '一、存在的问题\n全面从严治党。').join('\n'),
  paragraphs: (n) => `${H}${'加强党的建设，召开会议3次。\n'.repeat(n / 15)}`,
};

type Component = (doc: TifaDocument) => unknown;
const analyzer =
  (name: AnalyzerName): Component =>
  (doc) =>
    analyzeDocument(doc, { dictionary, segmenter, analyzers: name === 'claims' ? ['slogans', 'claims'] : [name] });
const components: Record<string, Component> = {
  terms: analyzer('terms'),
  slogans: analyzer('slogans'),
  claims: analyzer('claims'),
  keywords: analyzer('keywords'),
  agenda: analyzer('agenda'),
  kwic: (doc) => [kwic(doc, '四个意识', { dictionary }), kwic(doc, '/\\d+次/'), kwic(doc, '@理论武装', { dictionary })],
  segmenter: (doc) => segmenter.cut(doc.normalized),
  scanQuantities: (doc) => scanQuantities(doc.normalized),
};

// BUGS outside tests/ — these fail until fixed (reported with the robustness work):
//  - terms on headings and problem-sections: src/analyzers/terms.ts looks up the top-level section of
//    every match with `tops.findIndex` over all top-level sections (matches × sections);
//  - agenda on problem-sections: src/analyzers/agenda.ts filters all sections (and sentences) once per
//    top-level problems/plans section (8000 `一、存在的问题` sections: 67 s).
// (Fixed meanwhile and kept as regression tests: the segmenter's number scan ran to the end of the text
// for every gap between dictionary matches; claims rescanned the sentence before every quantity and
// copied the whole sentence into every finding.)
/** Families whose every character is a numeral start cost more per character: smaller n. */
const SMALLER: Record<string, number> = { 'zero-run': 500, 'wan-run': 500 };
describe.each(Object.keys(families))('linear work on %s (n vs 4n characters)', (family) => {
  const make = families[family]!;
  const N0 = SMALLER[family] ?? 2000;
  const small = createDocument(make(N0));
  const large = createDocument(make(4 * N0));
  it('document model', () => {
    const a = countWork(() => createDocument(make(N0))).work;
    const b = countWork(() => createDocument(make(4 * N0))).work;
    expect(b / a).toBeLessThanOrEqual(6);
  });
  it.each(Object.keys(components))('%s: work and output grow linearly', (name) => {
    const c = components[name]!;
    const a = countWork(() => c(small));
    const b = countWork(() => c(large));
    expect.soft(b.work / Math.max(1, a.work), `work ${a.work} → ${b.work}`).toBeLessThanOrEqual(6);
    const [sa, sb] = [JSON.stringify(a.value).length, JSON.stringify(b.value).length];
    expect.soft(sb / sa, `output ${sa} → ${sb} characters`).toBeLessThanOrEqual(6);
  });
});

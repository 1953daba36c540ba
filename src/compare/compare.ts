import type { TifaResult } from '../pipeline/analyze.js';
import { cmp } from '../util/order.js';
import { per10k, round3 } from '../analyzers/evidence.js';
import { keyness } from './keyness.js';
import { dice, jaroWinkler, naturalTfIdf } from '../util/natural.js';
import { typeError } from '../util/errors.js';

/** Version of the comparison format (see schema/comparison.schema.json). */
export const COMPARISON_SCHEMA_VERSION = '1.0.0';

/** Evidence for a finding in one report. */
export interface Evidence {
  year: number;
  source: string;
  start: number;
  end: number;
  sentence: string;
}

/** Options for {@link compareResults}. */
export interface CompareOptions {
  /** Year whose keyness is measured (default: the latest). */
  target?: number;
  /** Reference for keyness: all other years (default) or the previous year present. */
  reference?: 'rest' | 'previous';
  /** Keyness statistic to rank by (default G²). */
  measure?: 'g2' | 'chi2';
  /** Features with fewer occurrences in target + reference are left out (default 5). */
  minCount?: number;
  /** Keywords compared between consecutive years (default 20). */
  topKeywords?: number;
  /** Minimum similarity to line up claims by subject (default 0.85, Jaro–Winkler). */
  claimSimilarity?: number;
  /** Minimum similarity to line up problems (default 0.5, Dice on character bigrams). */
  problemSimilarity?: number;
}

/** A comparison of several reports across years. */
export interface ComparisonResult {
  schemaVersion: string;
  kind: 'comparison';
  documents: Array<{ source: string; title: string | null; year: number; chars: number }>;
  /** Reports left out, with the reason (no year). */
  skipped: Array<{ source: string; reason: string }>;
  years: number[];
  termTrends: Array<{
    term: string;
    category: string;
    kind: string;
    total: number;
    counts: number[];
    per10k: number[];
  }>;
  categoryTrends: Array<{ category: string; total: number; counts: number[]; per10k: number[] }>;
  keyness: {
    target: number;
    reference: 'rest' | 'previous';
    referenceYears: number[];
    measure: 'g2' | 'chi2';
    minCount: number;
    features: Array<{
      feature: string;
      type: 'term' | 'word';
      category: string | null;
      targetCount: number;
      referenceCount: number;
      targetPer10k: number;
      referencePer10k: number;
      g2: number;
      chi2: number;
      logRatio: number;
      example: Evidence | null;
    }>;
  };
  formulations: Array<{
    formulation: string;
    category: string | null;
    known: boolean;
    years: number[];
    firstYear: number;
    lastYear: number;
    countsByYear: Record<string, number>;
    first: Evidence | null;
  }>;
  formulationChanges: Array<{ year: number; previousYear: number; new: string[]; dropped: string[] }>;
  claims: Array<{
    subject: string;
    unit: string | null;
    kind: string;
    modality: string;
    series: Array<
      Evidence & {
        value: number | null;
        min: number | null;
        max: number | null;
        approx: string | null;
        text: string;
        subject: string;
        score: number;
      }
    >;
    change: {
      from: number;
      to: number;
      fromValue: number;
      toValue: number;
      delta: number;
      ratio: number | null;
    } | null;
  }>;
  keywordShifts: Array<{ year: number; previousYear: number; entered: string[]; left: string[] }>;
  distinctiveKeywords: Array<{ year: number; source: string; words: Array<{ word: string; tfidf: number }> }>;
  problems: Array<{
    text: string;
    years: number[];
    recurring: boolean;
    items: Array<Evidence & { text: string; score: number }>;
  }>;
  plansThatBecameProblems: Array<{
    plan: Evidence & { text: string };
    problem: Evidence & { text: string };
    score: number;
  }>;
}

interface Doc {
  r: TifaResult;
  year: number;
}

interface TermOcc {
  start: number;
  end: number;
  sentence: string;
}

/**
 * Compares analysis results across years: term and category trends, keyness of a target year
 * (Dunning's G², chi² optional, log-ratio effect size), a formulations timeline with new and
 * dropped formulations, numeric claims lined up by subject, keyword shifts, distinctive
 * keywords (natural's TfIdf), and recurring self-criticisms. Works on results only, never on text.
 * Several reports of one year are added together.
 *
 * @example
 * ```ts
 * const results = await Promise.all(files.map((f) => analyze(f)));
 * compareResults(results).formulations.find((f) => f.formulation === '四个意识')?.firstYear;
 * ```
 */
export function compareResults(results: TifaResult[], options: CompareOptions = {}): ComparisonResult {
  if (!Array.isArray(results)) throw typeError('compareResults expects an array of results');
  const docs: Doc[] = [];
  const skipped: ComparisonResult['skipped'] = [];
  for (const r of results) {
    if (r.document.year === null)
      skipped.push({ source: r.document.source, reason: 'no year found (give one in a manifest or the file name)' });
    else docs.push({ r, year: r.document.year });
  }
  docs.sort((a, b) => a.year - b.year || cmp(a.r.document.source, b.r.document.source));
  const years = [...new Set(docs.map((d) => d.year))];
  if (years.length === 0) throw typeError('compareResults: no report has a year');
  const yi = new Map(years.map((y, i) => [y, i]));
  const chars = new Array<number>(years.length).fill(0);
  for (const d of docs) chars[yi.get(d.year)!]! += d.r.document.chars;

  // Term and category trends.
  const termCounts = new Map<string, { category: string; kind: string; counts: number[] }>();
  const termExample = new Map<string, Map<number, Evidence>>();
  const catCounts = new Map<string, number[]>();
  for (const d of docs) {
    const i = yi.get(d.year)!;
    for (const t of d.r.terms ?? []) {
      let e = termCounts.get(t.term);
      if (!e)
        termCounts.set(
          t.term,
          (e = { category: t.category, kind: t.kind, counts: new Array<number>(years.length).fill(0) }),
        );
      e.counts[i]! += t.count;
      const o = t.occurrences[0] as TermOcc | undefined;
      if (o) {
        let m = termExample.get(t.term);
        if (!m) termExample.set(t.term, (m = new Map()));
        if (!m.has(d.year))
          m.set(d.year, {
            year: d.year,
            source: d.r.document.source,
            start: o.start,
            end: o.end,
            sentence: o.sentence,
          });
      }
    }
    for (const c of d.r.termCategories ?? []) {
      let e = catCounts.get(c.category);
      if (!e) catCounts.set(c.category, (e = new Array<number>(years.length).fill(0)));
      e[i]! += c.count;
    }
  }
  const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
  const termTrends = [...termCounts]
    .map(([term, e]) => ({
      term,
      category: e.category,
      kind: e.kind,
      total: sum(e.counts),
      counts: e.counts,
      per10k: e.counts.map((c, i) => per10k(c, chars[i]!)),
    }))
    .sort((a, b) => b.total - a.total || cmp(a.term, b.term));
  const categoryTrends = [...catCounts]
    .map(([category, counts]) => ({
      category,
      total: sum(counts),
      counts,
      per10k: counts.map((c, i) => per10k(c, chars[i]!)),
    }))
    .sort((a, b) => b.total - a.total || cmp(a.category, b.category));

  // Keyness of the target year.
  const target = options.target ?? years[years.length - 1]!;
  if (!yi.has(target)) throw typeError(`compare: target year ${target} is not among the years ${years.join(', ')}`);
  const referenceKind = options.reference ?? 'rest';
  const ti = yi.get(target)!;
  const refYears = referenceKind === 'previous' ? (ti > 0 ? [years[ti - 1]!] : []) : years.filter((y) => y !== target);
  const measure = options.measure ?? 'g2';
  const minCount = options.minCount ?? 5;
  const refIdx = refYears.map((y) => yi.get(y)!);
  const c = chars[ti]!;
  const dRef = refIdx.reduce((a, i) => a + chars[i]!, 0);
  const features: ComparisonResult['keyness']['features'] = [];
  const wordCounts = new Map<string, number[]>();
  for (const d of docs) {
    const i = yi.get(d.year)!;
    for (const v of d.r.vocabulary ?? []) {
      if (termCounts.has(v.word)) continue;
      let e = wordCounts.get(v.word);
      if (!e) wordCounts.set(v.word, (e = new Array<number>(years.length).fill(0)));
      e[i]! += v.count;
    }
  }
  const addFeature = (feature: string, type: 'term' | 'word', category: string | null, counts: number[]) => {
    const a = counts[ti]!;
    const b = refIdx.reduce((s, i) => s + counts[i]!, 0);
    if (a + b < minCount || dRef === 0) return;
    const k = keyness(a, b, c, dRef);
    features.push({
      feature,
      type,
      category,
      targetCount: a,
      referenceCount: b,
      targetPer10k: per10k(a, c),
      referencePer10k: per10k(b, dRef),
      g2: round3(k.g2),
      chi2: round3(k.chi2),
      logRatio: round3(k.logRatio),
      example: termExample.get(feature)?.get(target) ?? null,
    });
  };
  for (const [term, e] of termCounts) addFeature(term, 'term', e.category, e.counts);
  for (const [word, counts] of wordCounts) addFeature(word, 'word', null, counts);
  features.sort((x, y) => y[measure] - x[measure] || cmp(x.feature, y.feature));

  // Formulations timeline: known ones from term counts, discovered ones from slogans.
  const formCounts = new Map<string, { category: string | null; known: boolean; counts: Map<number, number> }>();
  const addForm = (name: string, category: string | null, known: boolean, year: number, n: number) => {
    let e = formCounts.get(name);
    if (!e) formCounts.set(name, (e = { category, known, counts: new Map() }));
    e.counts.set(year, (e.counts.get(year) ?? 0) + n);
  };
  for (const d of docs) {
    for (const t of d.r.terms ?? []) if (t.kind === 'formulation') addForm(t.term, t.category, true, d.year, t.count);
    const slogans =
      (
        d.r as {
          slogans?: Array<{
            kind: string;
            known: boolean;
            canonical?: string;
            text: string;
            category?: string | null;
            count: number;
            confidence?: number;
          }>;
        }
      ).slogans ?? [];
    for (const s of slogans)
      if (s.kind === 'numbered' && !s.known && (s.confidence ?? 1) >= 0.5)
        addForm(s.canonical ?? s.text, s.category ?? null, false, d.year, s.count);
  }
  const formulations = [...formCounts]
    .map(([formulation, e]) => {
      const ys = [...e.counts.keys()].sort((a, b) => a - b);
      const countsByYear: Record<string, number> = {};
      for (const y of ys) countsByYear[String(y)] = e.counts.get(y)!;
      return {
        formulation,
        category: e.category,
        known: e.known,
        years: ys,
        firstYear: ys[0]!,
        lastYear: ys[ys.length - 1]!,
        countsByYear,
        first: termExample.get(formulation)?.get(ys[0]!) ?? null,
      };
    })
    .sort((a, b) => a.firstYear - b.firstYear || cmp(a.formulation, b.formulation));
  const formulationChanges: ComparisonResult['formulationChanges'] = [];
  for (let i = 1; i < years.length; i++) {
    const y = years[i]!;
    const p = years[i - 1]!;
    const now = formulations.filter((f) => f.countsByYear[String(y)]).map((f) => f.formulation);
    const before = new Set(formulations.filter((f) => f.countsByYear[String(p)]).map((f) => f.formulation));
    const nowSet = new Set(now);
    formulationChanges.push({
      year: y,
      previousYear: p,
      new: now.filter((f) => !before.has(f)).sort(cmp),
      dropped: [...before].filter((f) => !nowSet.has(f)).sort(cmp),
    });
  }

  // Keyword shifts and distinctive keywords.
  const topN = options.topKeywords ?? 20;
  const topByYear = years.map((y) => {
    const s = new Set<string>();
    for (const d of docs) if (d.year === y) for (const k of (d.r.keywords ?? []).slice(0, topN)) s.add(k.word);
    return s;
  });
  const keywordShifts = years.slice(1).map((y, i) => ({
    year: y,
    previousYear: years[i]!,
    entered: [...topByYear[i + 1]!].filter((w) => !topByYear[i]!.has(w)).sort(cmp),
    left: [...topByYear[i]!].filter((w) => !topByYear[i + 1]!.has(w)).sort(cmp),
  }));
  const tfidf = naturalTfIdf();
  for (const d of docs) {
    const words: string[] = [];
    for (const v of d.r.vocabulary ?? []) for (let k = 0; k < v.count; k++) words.push(v.word);
    tfidf.addDocument(words);
  }
  const distinctiveKeywords = docs.map((d, i) => ({
    year: d.year,
    source: d.r.document.source,
    words: tfidf
      .listTerms(i)
      .map((t) => ({ word: t.term, tfidf: round3(t.tfidf) }))
      .sort((a, b) => b.tfidf - a.tfidf || cmp(a.word, b.word))
      .slice(0, 10),
  }));

  return {
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    kind: 'comparison',
    documents: docs.map((d) => ({
      source: d.r.document.source,
      title: d.r.document.title,
      year: d.year,
      chars: d.r.document.chars,
    })),
    skipped,
    years,
    termTrends,
    categoryTrends,
    keyness: { target, reference: referenceKind, referenceYears: refYears, measure, minCount, features },
    formulations,
    formulationChanges,
    claims: alignClaims(docs, options.claimSimilarity ?? 0.85),
    keywordShifts,
    distinctiveKeywords,
    ...alignProblems(docs, options.problemSimilarity ?? 0.5),
  };
}

interface ClaimLike {
  text: string;
  start: number;
  end: number;
  value: number | null;
  min?: number | null;
  max?: number | null;
  unit: string | null;
  kind: string;
  approx: string | null;
  subject: string | null;
  modality?: string;
  sentence?: string;
}

function alignClaims(docs: Doc[], threshold: number): ComparisonResult['claims'] {
  type Item = ComparisonResult['claims'][number]['series'][number];
  const series: Array<{ subject: string; unit: string | null; kind: string; modality: string; series: Item[] }> = [];
  for (const d of docs) {
    const claims = ((d.r as { claims?: ClaimLike[] }).claims ?? []).filter((c) => c.subject && c.subject.length >= 2);
    for (const cl of claims) {
      const subject = cl.subject!;
      let best: (typeof series)[number] | undefined;
      let bestScore = 0;
      for (const s of series) {
        if (s.kind !== cl.kind || s.modality !== (cl.modality ?? 'reported') || s.series.some((x) => x.year === d.year))
          continue;
        const score = subject === s.subject ? 1 : jaroWinkler(subject, s.subject);
        if (score > bestScore) [best, bestScore] = [s, score];
      }
      const item: Item = {
        year: d.year,
        source: d.r.document.source,
        start: cl.start,
        end: cl.end,
        sentence: cl.sentence ?? '',
        value: cl.value,
        min: cl.min ?? null,
        max: cl.max ?? null,
        approx: cl.approx,
        text: cl.text,
        subject,
        score: 1,
      };
      if (best && bestScore >= threshold) best.series.push({ ...item, score: round3(bestScore) });
      else series.push({ subject, unit: cl.unit, kind: cl.kind, modality: cl.modality ?? 'reported', series: [item] });
    }
  }
  return series
    .filter((s) => s.series.length >= 2)
    .map((s) => {
      const a = s.series[s.series.length - 2]!;
      const b = s.series[s.series.length - 1]!;
      const change =
        a.value !== null && b.value !== null
          ? {
              from: a.year,
              to: b.year,
              fromValue: a.value,
              toValue: b.value,
              delta: round3(b.value - a.value),
              ratio: a.value !== 0 ? round3(b.value / a.value) : null,
            }
          : null;
      return { ...s, change };
    })
    .sort((x, y) => y.series.length - x.series.length || cmp(x.subject, y.subject));
}

function alignProblems(docs: Doc[], threshold: number): Pick<ComparisonResult, 'problems' | 'plansThatBecameProblems'> {
  type Item = ComparisonResult['problems'][number]['items'][number];
  const groups: Array<{ text: string; items: Item[] }> = [];
  type AgendaLike = { text: string; start: number; end: number; sentence: string };
  for (const d of docs) {
    for (const p of (d.r as { problems?: AgendaLike[] }).problems ?? []) {
      let best: (typeof groups)[number] | undefined;
      let bestScore = 0;
      for (const g of groups) {
        if (g.items.some((x) => x.year === d.year)) continue;
        const score = dice(p.text, g.text);
        if (score > bestScore) [best, bestScore] = [g, score];
      }
      const item: Item = {
        year: d.year,
        source: d.r.document.source,
        start: p.start,
        end: p.end,
        sentence: p.sentence,
        text: p.text,
        score: 1,
      };
      if (best && bestScore >= threshold) best.items.push({ ...item, score: round3(bestScore) });
      else groups.push({ text: p.text, items: [item] });
    }
  }
  const problems = groups
    .map((g) => {
      const ys = [...new Set(g.items.map((i) => i.year))];
      return { text: g.text, years: ys, recurring: ys.length > 1, items: g.items };
    })
    .sort((a, b) => b.years.length - a.years.length || a.years[0]! - b.years[0]! || cmp(a.text, b.text));
  const plansThatBecameProblems: ComparisonResult['plansThatBecameProblems'] = [];
  const years = [...new Set(docs.map((d) => d.year))];
  for (let i = 1; i < years.length; i++) {
    const prev = docs.filter((d) => d.year === years[i - 1]);
    const cur = docs.filter((d) => d.year === years[i]);
    for (const pd of prev) {
      for (const plan of (pd.r as { plans?: AgendaLike[] }).plans ?? []) {
        for (const cd of cur) {
          for (const prob of (cd.r as { problems?: AgendaLike[] }).problems ?? []) {
            const score = dice(plan.text, prob.text);
            if (score >= threshold) {
              plansThatBecameProblems.push({
                plan: {
                  year: pd.year,
                  source: pd.r.document.source,
                  start: plan.start,
                  end: plan.end,
                  sentence: plan.sentence,
                  text: plan.text,
                },
                problem: {
                  year: cd.year,
                  source: cd.r.document.source,
                  start: prob.start,
                  end: prob.end,
                  sentence: prob.sentence,
                  text: prob.text,
                },
                score: round3(score),
              });
            }
          }
        }
      }
    }
  }
  return { problems, plansThatBecameProblems };
}

import _ from 'lodash';
import { cmp } from '../util/order.js';
import { round3 } from '../analyzers/evidence.js';
import type { Claim } from '../analyzers/claims.js';
import type { AgendaItem } from '../analyzers/agenda.js';
import { dice, jaroWinkler } from '../util/natural.js';
import { evidenceOf, type GroupedDoc, type Grouping } from './groups.js';
import type { AgendaEvidence, ClaimPoint, ClaimSeries, PlanBecameProblem, ProblemThread } from './types.js';

/** Default of `CompareOptions.claimSimilarity` (Jaro–Winkler on subjects). */
export const DEFAULT_CLAIM_SIMILARITY = 0.85;
/** Default of `CompareOptions.problemSimilarity` (Dice on character bigrams). */
export const DEFAULT_PROBLEM_SIMILARITY = 0.5;
/** Shortest claim subject lined up (one character says too little: 个, 次). */
const MIN_SUBJECT_LENGTH = 2;

/** The reports of each issuer (unknown issuers together), in year order. */
function byIssuer(g: Grouping): GroupedDoc[][] {
  const parts = _.groupBy(g.docs, (d) => d.issuer ?? '');
  return Object.keys(parts)
    .sort(cmp)
    .map((k) => _.sortBy(parts[k]!, (d) => d.year));
}

type OpenSeries = Omit<ClaimSeries, 'change'>;

function bestSeries(open: OpenSeries[], claim: Claim, subject: string, year: number): [OpenSeries | undefined, number] {
  let best: OpenSeries | undefined;
  let bestScore = 0;
  for (const s of open) {
    if (s.kind !== claim.kind || s.modality !== claim.modality || s.series.some((x) => x.year === year)) continue;
    const score = subject === s.subject ? 1 : jaroWinkler(subject, s.subject);
    if (score > bestScore) [best, bestScore] = [s, score];
  }
  return [best, bestScore];
}

function alignIssuer(g: Grouping, docs: GroupedDoc[], threshold: number): OpenSeries[] {
  const open: OpenSeries[] = [];
  for (const d of docs)
    for (const claim of d.r.claims ?? []) {
      const subject = claim.subject;
      if (subject === null || subject.length < MIN_SUBJECT_LENGTH) continue;
      const [best, score] = bestSeries(open, claim, subject, d.year);
      const point: ClaimPoint = {
        ...evidenceOf(g, d, claim),
        value: claim.value,
        min: claim.min,
        max: claim.max,
        approx: claim.approx,
        text: claim.text,
        subject,
        score: 1,
      };
      if (best && score >= threshold) best.series.push({ ...point, score: round3(score) });
      else
        open.push({
          issuer: d.issuer,
          subject,
          unit: claim.unit,
          kind: claim.kind,
          modality: claim.modality,
          series: [point],
        });
    }
  return open;
}

function changeOf(s: OpenSeries): ClaimSeries['change'] {
  const a = s.series[s.series.length - 2]!;
  const b = s.series[s.series.length - 1]!;
  if (a.value === null || b.value === null) return null;
  return {
    from: a.year,
    to: b.year,
    fromValue: a.value,
    toValue: b.value,
    delta: round3(b.value - a.value),
    ratio: a.value !== 0 ? round3(b.value / a.value) : null,
  };
}

/**
 * Lines up the numeric claims of each issuer across years by subject (same kind and modality,
 * one claim per year, subjects at least `threshold` alike). Claims of different issuers are
 * never lined up: the State Council's 城镇新增就业 is not a county's.
 *
 * @example
 * ```ts
 * alignClaims(grouping, 0.85)[0]; // { issuer: '国务院', subject: '城镇新增就业', series: [2023 …, 2024 …], change: … }
 * ```
 */
export function alignClaims(g: Grouping, threshold: number): ClaimSeries[] {
  return byIssuer(g)
    .flatMap((docs) => alignIssuer(g, docs, threshold))
    .filter((s) => s.series.length >= 2)
    .map((s) => ({ ...s, change: changeOf(s) }))
    .sort(
      (x, y) => y.series.length - x.series.length || cmp(x.subject, y.subject) || cmp(x.issuer ?? '', y.issuer ?? ''),
    );
}

function agendaEvidence(g: Grouping, d: GroupedDoc, item: AgendaItem): AgendaEvidence {
  return { ...evidenceOf(g, d, item), text: item.text };
}

function threadsOf(g: Grouping, docs: GroupedDoc[], threshold: number): ProblemThread[] {
  const threads: Array<{ text: string; items: ProblemThread['items'] }> = [];
  for (const d of docs)
    for (const p of d.r.problems ?? []) {
      let best: (typeof threads)[number] | undefined;
      let bestScore = 0;
      for (const t of threads) {
        if (t.items.some((x) => x.year === d.year)) continue;
        const score = dice(p.text, t.text);
        if (score > bestScore) [best, bestScore] = [t, score];
      }
      const item = { ...agendaEvidence(g, d, p), score: 1 };
      if (best && bestScore >= threshold) best.items.push({ ...item, score: round3(bestScore) });
      else threads.push({ text: p.text, items: [item] });
    }
  const issuer = docs[0]?.issuer ?? null;
  return threads.map((t) => {
    const years = _.uniq(t.items.map((i) => i.year));
    return { issuer, text: t.text, years, recurring: years.length > 1, items: t.items };
  });
}

function plansToProblems(g: Grouping, docs: GroupedDoc[], threshold: number): PlanBecameProblem[] {
  const out: PlanBecameProblem[] = [];
  const years = _.sortedUniq(docs.map((d) => d.year));
  for (let i = 1; i < years.length; i++) {
    const before = docs.filter((d) => d.year === years[i - 1]);
    const after = docs.filter((d) => d.year === years[i]);
    for (const pd of before)
      for (const plan of pd.r.plans ?? [])
        for (const qd of after)
          for (const problem of qd.r.problems ?? []) {
            const score = dice(plan.text, problem.text);
            if (score >= threshold)
              out.push({
                plan: agendaEvidence(g, pd, plan),
                problem: agendaEvidence(g, qd, problem),
                score: round3(score),
              });
          }
  }
  return out;
}

/**
 * Lines up the problems (self-criticism) of each issuer across years (Dice similarity of
 * character bigrams at least `threshold`), and finds plans that came back as problems of the
 * same issuer the next year it reported.
 *
 * @example
 * ```ts
 * alignProblems(grouping, 0.5).problems.filter((p) => p.recurring);
 * ```
 */
export function alignProblems(
  g: Grouping,
  threshold: number,
): { problems: ProblemThread[]; plansThatBecameProblems: PlanBecameProblem[] } {
  const issuers = byIssuer(g);
  const problems = issuers
    .flatMap((docs) => threadsOf(g, docs, threshold))
    .sort(
      (a, b) =>
        b.years.length - a.years.length ||
        a.years[0]! - b.years[0]! ||
        cmp(a.text, b.text) ||
        cmp(a.issuer ?? '', b.issuer ?? ''),
    );
  return { problems, plansThatBecameProblems: issuers.flatMap((docs) => plansToProblems(g, docs, threshold)) };
}

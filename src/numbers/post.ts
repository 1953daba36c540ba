/**
 * Post-processing of the candidates found left to right: ranges written as two
 * quantities (20和30之间, 大于100并且小于300), a unit written once after a list
 * (1998、1999年), and the final {@link Quantity} with its `claim` flag.
 *
 * @internal
 */
import type { Candidate } from './core.js';
import { LOWER, UPPER } from './qualifiers.js';
import type { Scan } from './text.js';
import type { Quantity, QuantityKind } from './types.js';
import { type Val, valCmp, valNumber, valTooLarge } from './value.js';

const PLAN_AFTER = /^(行动|计划|规划|攻坚|奋斗目标|目标|工程|禁渔|专项|来|以来|纪念)/;
const FOUNDING_BEFORE = /(建党|建军|建国|成立|诞辰|建院|建校|建市|解放)$/;

const BETWEEN_GAP = /^\s*(和|与|跟|及|到|至)\s*$/;
const BETWEEN_AFTER = /^\s*(之间|中间|间)/;
const BOUND_GAP = /^[\s,，、]*(并且|而且|并|且|的同时|同时|和)?[\s,，、]*$/;

/** One range candidate from two bounds: it takes b's unit when it has one, and a range has no approx. */
function rangeOf(a: Candidate, b: Candidate, end: number, lo: Val, hi: Val): Candidate {
  return {
    ...a,
    end,
    value: null,
    min: lo,
    max: hi,
    approx: null,
    unit: b.unit ?? a.unit,
    kind: a.kind === 'number' ? b.kind : a.kind,
  };
}

/**
 * Merge neighbours written as one range: 20和30之间, 大于100并且小于300, 1000以上，1500以下.
 *
 * @example
 * ```ts
 * mergeRanges(scan, found); // on '20和30之间': one candidate, min 20, max 30
 * ```
 */
export function mergeRanges(scan: Scan, list: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < list.length; k++) {
    const a = list[k]!;
    const b = list[k + 1];
    if (b && a.value && b.value && !a.min && !b.min) {
      const gap = scan.t.slice(a.end, b.start);
      let after = BETWEEN_AFTER.exec(scan.t.slice(b.end, b.end + 4));
      if (!after && b.unit === '间' && b.kind === 'count') {
        // 10000与20000间: the 间 read as a classifier is really "between"
        const bb = { ...b, end: b.end - 1, unit: null, kind: 'number' as QuantityKind };
        after = BETWEEN_AFTER.exec(scan.t.slice(bb.end, bb.end + 4));
        if (after && BETWEEN_GAP.test(gap)) {
          list[k + 1] = bb;
          return mergeRanges(scan, list);
        }
      }
      if (after && BETWEEN_GAP.test(gap) && !a.approx && !b.approx && !a.sfx && !b.sfx) {
        const [lo, hi] = valCmp(a.value, b.value) <= 0 ? [a.value, b.value] : [b.value, a.value];
        out.push(rangeOf(a, b, b.end + after[0].length, lo, hi));
        k++;
        continue;
      }
      const aa = a.approx ?? a.sfx;
      const ba = b.approx ?? b.sfx;
      if (aa && ba && BOUND_GAP.test(gap) && sameFamily(a, b)) {
        let lo: Val | null = null;
        let hi: Val | null = null;
        if (LOWER.has(aa) && UPPER.has(ba)) [lo, hi] = [a.value, b.value];
        else if (UPPER.has(aa) && LOWER.has(ba)) [lo, hi] = [b.value, a.value];
        if (lo && hi && valCmp(lo, hi) < 0) {
          out.push(rangeOf(a, b, b.end, lo, hi));
          k++;
          continue;
        }
      }
    }
    out.push(a);
  }
  return out;
}

const LIST_GAP = /^(和|、|及|与|或|至)$/;
const LIST_KINDS: ReadonlySet<QuantityKind> = new Set([
  'percent',
  'percentage-point',
  'count',
  'measure',
  'duration',
  'year',
  'multiple',
]);

/**
 * A unit written once after a list applies to every member:
 * 分别高4.2和0.7个百分点, 1998、1999年.
 */
export function propagateUnits(scan: Scan, list: Candidate[]): Candidate[] {
  for (let k = list.length - 2; k >= 0; k--) {
    const a = list[k]!;
    const b = list[k + 1]!;
    if (a.kind !== 'number' || a.unit || !a.value || a.min || a.approx || a.sfx || !b.unit || !b.value || b.min)
      continue;
    if (!LIST_KINDS.has(b.kind) || b.unit === '成' || b.unit === '折') continue;
    if (!LIST_GAP.test(scan.t.slice(a.end, b.start))) continue;
    const at = scan.t.slice(a.start, a.end);
    if (/[万亿]/.test(scan.t.slice(b.start, b.end)) && !/[万亿]/.test(at)) continue;
    if (b.kind === 'year' && !/^\d{4}$/.test(at)) continue;
    if (b.kind !== 'year' && /^\d{4}$/.test(at) && b.kind === 'duration') continue;
    list[k] = { ...a, kind: b.kind, unit: b.unit, claimFalse: b.claimFalse };
  }
  return list;
}

function sameFamily(a: Candidate, b: Candidate): boolean {
  if (a.kind === b.kind) return a.unit === b.unit || !a.unit || !b.unit;
  return a.kind === 'number' || b.kind === 'number' || a.kind === 'fraction' || b.kind === 'fraction';
}

/**
 * The {@link Quantity} of a candidate: JS numbers, errors for values too large or
 * not finite, and `claim` false for years, dates, ordinals, identifiers and plan
 * or anniversary durations (三年行动计划, 建党100周年).
 *
 * @example
 * ```ts
 * finalise(scan, c).claim; // false on '三年行动计划'
 * ```
 */
export function finalise(scan: Scan, c: Candidate): Quantity {
  let value: number | null = c.value ? valNumber(c.value) : null;
  let min: number | null = c.min ? valNumber(c.min) : null;
  let max: number | null = c.max ? valNumber(c.max) : null;
  let error = c.error;
  const big = [c.value, c.min, c.max].some((v) => v !== null && valTooLarge(v));
  if (big) error = 'too-large';
  if (error || (c.value && value !== null && !Number.isFinite(value))) {
    if (!error) error = 'unparseable';
    value = min = max = null;
  }
  let claim = !c.claimFalse && !['year', 'date', 'ordinal', 'identifier'].includes(c.kind);
  if (claim && c.kind === 'duration') {
    const after = scan.t.slice(c.end, c.end + 4);
    const before = scan.t.slice(Math.max(0, c.start - 3), c.start);
    if (c.unit === '周年' || PLAN_AFTER.test(after) || FOUNDING_BEFORE.test(before)) claim = false;
  }
  const q: Quantity = {
    text: scan.o.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    value,
    min,
    max,
    kind: c.kind,
    approx: c.min ? null : (c.approx ?? c.sfx ?? null),
    unit: c.unit,
    claim,
  };
  if (error) q.error = error;
  return q;
}

import type { Span, TifaDocument } from '../../document/types.js';
import { commonInfix, commonPrefix, commonSuffix, framePattern } from './util.js';
import { isHan } from '../../numbers/index.js';

/**
 * The part that parallel items share: a prefix (以案说…), a suffix (…导向), both (政治…力), or a
 * frame with inner pieces (在…上再…，提升…力 for headings).
 *
 * @example
 * ```ts
 * found.find((s) => s.canonical === '问题导向、目标导向、结果导向')?.shared;
 * // { prefix: '', infix: [], suffix: '导向', pattern: '…导向' }
 * ```
 */
export interface SharedPart {
  /** Literal text every item starts with ('' if none). */
  prefix: string;
  /** Literal pieces every item has inside, in order (headings only; [] for enumerations). */
  infix: string[];
  /** Literal text every item ends with ('' if none). */
  suffix: string;
  /** The frame with … for the varying parts: `政治…力`, `…导向`, `在…上再…，提升…力`. */
  pattern: string;
}

/**
 * A parallel construction found in the text (normalized offsets, internal).
 */
export interface ParallelFinding {
  construction: 'enumeration' | 'headings' | 'series';
  /** Item spans (normalized). */
  items: Span[];
  shared: SharedPart | null;
  confidence: number;
}

/**
 * A stretch of text to look for enumerations in (a sentence, or the content of a quotation).
 */
export interface Region extends Span {
  /** Nesting depth of the region's own separators (0 for sentences). */
  base: number;
  /** Whether the region's two ends are item boundaries (quotation content). */
  clean: boolean;
}

/** Confidence of parallel items sharing two characters or more (…导向, 在…上再…). */
const SHARED_PART_CONFIDENCE = 0.9;
/** Confidence of short items of one length sharing one character. */
const ONE_CHARACTER_CONFIDENCE = 0.7;
/** Confidence of a quoted run of items that share only their length (讲政治、重公道、业务精、作风好). */
const SAME_LENGTH_CONFIDENCE = 0.6;
/** Confidence of a 一是…二是… series whose leads share nothing. */
const BARE_SERIES_CONFIDENCE = 0.5;

const CLAUSE_STOP = new Set([...'。；：！？;:!?\n']);

function trimSpan(t: string, start: number, end: number): Span {
  while (start < end && /\s/.test(t[start]!)) start++;
  while (end > start && /\s/.test(t[end - 1]!)) end--;
  return { start, end };
}

function splitAt(t: string, a: number, b: number, seps: string, depth: Uint8Array, base: number): Span[] {
  const out: Span[] = [];
  let s = a;
  for (let i = a; i <= b; i++) {
    if (i === b || (seps.includes(t[i]!) && depth[i] === base)) {
      out.push(trimSpan(t, s, i));
      s = i + 1;
    }
  }
  return out;
}

/** Keeps the Han characters at the inner edge of an affix: `”导向` → `导向`, `政治“` → `政治`. */
function hanPrefix(p: string): string {
  let k = 0;
  while (k < p.length && isHan(p[k])) k++;
  return p.slice(0, k);
}
function hanSuffix(s: string): string {
  let k = s.length;
  while (k > 0 && isHan(s[k - 1])) k--;
  return s.slice(k);
}

function hanCount(s: string): number {
  let n = 0;
  for (const ch of s) if (isHan(ch)) n++;
  return n;
}

/**
 * Judges one run of items joined by the same separator: trims the first and last items (which
 * may carry a lead verb or trailing words) guided by the shared prefix or suffix, then accepts
 * the run when the items share a part, or when a clean run has items of one length.
 */
function analyzeRun(
  t: string,
  spans: readonly Span[],
  leftClean: boolean,
  rightClean: boolean,
  maxItem: number,
): ParallelFinding | null {
  const n = spans.length;
  if (n < 3) return null;
  const texts = spans.map((x) => t.slice(x.start, x.end));
  const mid = texts.slice(1, n - 1);
  const lens = mid.map((s) => s.length).sort((x, y) => x - y);
  const minL = lens[0]!;
  const maxL = lens[lens.length - 1]!;
  const median = lens[lens.length >> 1]!;
  if (maxL > maxItem || minL < 2) return null;
  const P = hanPrefix(commonPrefix(leftClean ? texts : texts.slice(1)));
  const S = hanSuffix(commonSuffix(rightClean ? texts : texts.slice(0, n - 1)));
  let guessed = false;
  const items = spans.map((x) => ({ start: x.start, end: x.end }));
  const order = (len: number) => {
    const out: number[] = [];
    for (let l = Math.max(2, minL - 1); l <= Math.min(maxL + 1, len); l++) out.push(l);
    return out.sort((x, y) => Math.abs(x - median) - Math.abs(y - median) || y - x);
  };
  // first item: its end is reliable, its start may carry a lead
  if (!leftClean) {
    const f = items[0]!;
    const text = texts[0]!;
    const ls = order(text.length);
    let pick = -1;
    if (P) pick = ls.find((l) => text.slice(text.length - l).startsWith(P)) ?? -1;
    else if (S) pick = ls[0] ?? -1;
    else {
      pick = text.length <= maxL ? text.length : (ls[0] ?? -1);
      guessed = true;
    }
    if (pick < 0) items.shift();
    else f.start = f.end - pick;
  }
  // last item: its start is reliable, its end may carry trailing words
  if (!rightClean) {
    const l = items[items.length - 1]!;
    const text = texts[n - 1]!;
    const ls = order(text.length);
    let pick = -1;
    if (S) pick = ls.find((x) => text.slice(0, x).endsWith(S)) ?? -1;
    else if (P) pick = ls[0] ?? -1;
    else {
      pick = text.length <= maxL ? text.length : (ls[0] ?? -1);
      guessed = true;
    }
    if (pick < 0) items.pop();
    else l.end = l.start + pick;
  }
  if (items.length < 3) return null;
  const final = items.map((x) => t.slice(x.start, x.end));
  if (new Set(final).size !== final.length) return null;
  if (final.some((s) => s.length > maxItem || hanCount(s) < 2 || /[0-9A-Za-z]/.test(s))) return null;
  let p2 = hanPrefix(commonPrefix(final));
  let s2 = hanSuffix(commonSuffix(final));
  const minLen = Math.min(...final.map((s) => s.length));
  if (p2.length + s2.length >= minLen) s2 = s2.slice(p2.length + s2.length - minLen + 1);
  if (p2.length >= minLen) p2 = p2.slice(0, minLen - 1);
  const affix = p2.length + s2.length;
  const sameLength = final.every((s) => s.length === final[0]!.length);
  let confidence = 0;
  if (affix >= 2) confidence = SHARED_PART_CONFIDENCE;
  else if (affix === 1 && sameLength && final[0]!.length <= 6 && !guessed) confidence = ONE_CHARACTER_CONFIDENCE;
  else if (
    affix === 0 &&
    sameLength &&
    !guessed &&
    leftClean &&
    rightClean &&
    final[0]!.length >= 3 &&
    final[0]!.length <= 8
  )
    confidence = SAME_LENGTH_CONFIDENCE;
  if (confidence === 0) return null;
  const shared = affix > 0 ? { prefix: p2, infix: [], suffix: s2, pattern: framePattern(p2, '', s2) } : null;
  return { construction: 'enumeration', items, shared, confidence };
}

/**
 * Finds enumerations of three or more short phrases of the same shape in the given regions:
 * items joined by 、 (or ＋) inside a clause, and runs of short clauses joined by ，. Separators
 * inside nested quotations or titles are left to those quotations' own regions.
 *
 * @example
 * ```ts
 * const runs = enumerations(doc.normalized, [{ start: 0, end: doc.normalized.length, base: 0, clean: false }], depth, 12);
 * runs[0].shared?.pattern; // '…导向'
 * ```
 */
export function enumerations(
  t: string,
  regions: readonly Region[],
  depth: Uint8Array,
  maxItem = 12,
): ParallelFinding[] {
  const out: ParallelFinding[] = [];
  for (const r of regions) {
    let clauseStart = r.start;
    for (let i = r.start; i <= r.end; i++) {
      if (i < r.end && !(CLAUSE_STOP.has(t[i]!) && depth[i] === r.base)) continue;
      const clauseEnd = i;
      const clauseLeftClean = r.clean && clauseStart === r.start;
      const clauseRightClean = r.clean && clauseEnd === r.end;
      const segments = splitAt(t, clauseStart, clauseEnd, '，,', depth, r.base);
      segments.forEach((seg, k) => {
        const segLeft = clauseLeftClean && k === 0;
        const segRight = clauseRightClean && k === segments.length - 1;
        for (const sep of ['、', '+＋']) {
          const items = splitAt(t, seg.start, seg.end, sep, depth, r.base);
          if (items.length < 3 || items.some((x) => x.end <= x.start)) continue;
          const f = analyzeRun(t, items, segLeft, segRight, maxItem);
          if (f) out.push(f);
        }
      });
      // runs of short clauses joined by ，: each clause is a whole item; when a run fails, its
      // longest stretch of clauses of one length may still be parallel
      let run: Span[] = [];
      const flush = () => {
        if (run.length >= 3) {
          const f = analyzeRun(t, run, true, true, maxItem) ?? sameLengthStretch(t, run, maxItem);
          if (f) out.push(f);
        }
        run = [];
      };
      for (const seg of segments) {
        const text = t.slice(seg.start, seg.end);
        if (seg.end > seg.start && text.length <= maxItem && !/[、+＋]/.test(text)) run.push(seg);
        else flush();
      }
      flush();
      clauseStart = i + 1;
    }
  }
  return out;
}

function sameLengthStretch(t: string, run: readonly Span[], maxItem: number): ParallelFinding | null {
  let best: [number, number] = [0, 0];
  let i = 0;
  while (i < run.length) {
    const len = run[i]!.end - run[i]!.start;
    let j = i + 1;
    while (j < run.length && run[j]!.end - run[j]!.start === len) j++;
    if (j - i > best[1] - best[0]) best = [i, j];
    i = j;
  }
  if (best[1] - best[0] < 3 || best[1] - best[0] === run.length) return null;
  return analyzeRun(t, run.slice(best[0], best[1]), true, true, maxItem);
}

const HEADING_NUMBER =
  /^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十]{1,3}[，、]?|[一二三四五六七八九十]{1,2}是|(?:首先|其次|再次|最后)[，、]?)\s*/;

function lowerBound(map: Int32Array, v: number): number {
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function template(strings: string[]): { prefix: string; infix: string; suffix: string; literal: number } {
  let prefix = commonPrefix(strings);
  let suffix = commonSuffix(strings);
  const minLen = Math.min(...strings.map((s) => s.length));
  if (prefix.length >= minLen) prefix = prefix.slice(0, Math.max(0, minLen - 1));
  if (prefix.length + suffix.length >= minLen) suffix = suffix.slice(prefix.length + suffix.length - minLen + 1);
  const middles = strings.map((s) => s.slice(prefix.length, s.length - suffix.length));
  const infix = commonInfix(middles, 2);
  return { prefix, infix, suffix, literal: prefix.length + infix.length + suffix.length };
}

/**
 * Finds parallel headings: sibling sections of one level under one parent whose leads share a
 * frame — （一）在强化理论武装上再深化，提升政治引领力 … （四）在净化政治生态上再提质，提升廉洁自律力
 * gives `在…上再…，提升…力` — and 一是…二是…三是… series (level 4), reported with or without a
 * shared frame. Levels 1–3 need at least two shared characters.
 *
 * @example
 * ```ts
 * headingParallels(doc).map((h) => h.shared?.pattern); // ['…，…，…更加…', '…有待…', '在…上再…，提升…力', …]
 * ```
 */
export function headingParallels(doc: TifaDocument): ParallelFinding[] {
  const t = doc.normalized;
  const groups = new Map<string, number[]>();
  doc.sections.forEach((s, i) => {
    const key = `${s.parent}|${s.level}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(i);
  });
  const out: ParallelFinding[] = [];
  for (const idxs of groups.values()) {
    if (idxs.length < 3) continue;
    const level = doc.sections[idxs[0]!]!.level;
    const items: Span[] = [];
    for (const i of idxs) {
      const s = doc.sections[i]!;
      if (doc.isExcluded(s.nStart)) continue;
      const nHeadEnd = Math.min(lowerBound(doc.offsetMap, s.headingEnd), t.length);
      let a = s.nStart;
      let b = Math.max(a, nHeadEnd);
      const m = HEADING_NUMBER.exec(t.slice(a, b));
      if (m) a += m[0].length;
      while (b > a && /[。；：！？!?;:\s，]/.test(t[b - 1]!)) b--;
      if (b > a) items.push({ start: a, end: b });
    }
    if (items.length < 3) continue;
    const leads = items.map((x) => t.slice(x.start, x.end));
    if (new Set(leads).size !== leads.length) continue;
    const clauses = leads.map((l) => l.split(/[，,]/));
    const k = clauses[0]!.length;
    const aligned = clauses.every((c) => c.length === k);
    const parts = (aligned ? [...Array(k).keys()] : [0]).map((j) => template(clauses.map((c) => c[j] ?? '')));
    const literal = parts.reduce((x, p) => x + p.literal, 0);
    let pattern = parts.map((p) => framePattern(p.prefix, p.infix, p.suffix)).join('，');
    if (!aligned && k > 1) pattern += '，…';
    const series = level === 4;
    if (!series && literal < 2) continue;
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    const shared: SharedPart | null =
      literal > 0
        ? {
            prefix: first.prefix,
            infix: parts.map((p) => p.infix).filter((x) => x.length > 0),
            suffix: aligned ? last.suffix : '',
            pattern,
          }
        : null;
    const confidence =
      literal >= 2 ? SHARED_PART_CONFIDENCE : literal === 1 ? ONE_CHARACTER_CONFIDENCE : BARE_SERIES_CONFIDENCE;
    out.push({ construction: series ? 'series' : 'headings', items, shared, confidence });
  }
  return out;
}

import type { TifaDocument } from '../../document/types.js';
import type { DictionaryEntry } from '../../dictionary/dictionary.js';
import type { BracketPair } from './brackets.js';
import type { Span } from '../../document/types.js';
import { occurrenceAt, type Occurrence } from '../evidence.js';
import { commonPrefix, commonSuffix } from './util.js';

/**
 * A place where a report spells out the members of a known formulation, compared with the
 * dictionary. `complete` listings link the members to the formulation; the others are findings
 * for people who write and proofread reports (a member missing, or one that differs).
 *
 * @example
 * ```ts
 * found.find((s) => s.canonical === '政治三力')?.memberChecks?.[0];
 * // { formulation: '政治三力', listed: ['政治判断力', '政治领悟力', '政治执行力'], missing: [], extra: [], complete: true, … }
 * ```
 */
export interface MemberCheck extends Occurrence {
  /** Canonical form of the formulation whose members are listed. */
  formulation: string;
  /** Whether the formulation's name (or a variant) appears in the same sentence. */
  named: boolean;
  /** The items as listed, in text order (members as matched, extra items as written). */
  listed: string[];
  /** Dictionary members found in the listing. */
  matched: string[];
  /** Dictionary members absent from the listing. */
  missing: string[];
  /** Listed items of the same shape that are not members (a member that differs). */
  extra: string[];
  /** True when nothing is missing and nothing extra. */
  complete: boolean;
}

/**
 * A member check with its normalized span (internal).
 */
export interface MemberFinding {
  entry: DictionaryEntry;
  check: MemberCheck;
  /** Normalized span of the listing. */
  span: Span;
}

const SEP = new Set([...'、，；：,;:+＋']);
// opening / closing marks and spaces trimmed off items (by loops: a `[…]+$` regex is quadratic on long runs)
const OPENERS = new Set([...'“‘「『《〈（( \t\n']);
const CLOSERS = new Set([...'”’」』》〉）)。！？!?… \t\n']);

const INNER_QUOTES = new Set([...'“”‘’「」『』']);

function trimMarks(t: string, a: number, b: number): [number, number] {
  while (a < b && OPENERS.has(t[a]!)) a++;
  while (b > a && CLOSERS.has(t[b - 1]!)) b--;
  return [a, b];
}

interface Item extends Span {
  core: string;
  before: string; // separator before ('' at sentence start)
  after: string; // separator after ('' at sentence end)
}

function splitItems(t: string, from: number, to: number): Item[] {
  const items: Item[] = [];
  let s = from;
  let before = '';
  for (let i = from; i <= to; i++) {
    const ch = i < to ? t[i]! : '';
    if (i === to || SEP.has(ch)) {
      const [a, b] = trimMarks(t, s, i);
      if (b > a) items.push({ start: a, end: b, core: t.slice(a, b), before, after: i === to ? '' : ch });
      else if (items.length > 0) items[items.length - 1]!.after = i === to ? '' : ch;
      before = i === to ? '' : ch;
      s = i + 1;
    }
  }
  return items;
}

interface MemberRef {
  entry: number;
  member: number;
}

interface ItemMatch extends Span {
  entry: number;
  member: number;
}

/**
 * Index of formulation members (formulations with at least two fixed members).
 */
export interface MemberIndex {
  entries: DictionaryEntry[];
  byMember: Map<string, MemberRef[]>;
  maxLen: number;
}

/**
 * Indexes the members of the formulations that have two or more fixed members.
 *
 * @example
 * ```ts
 * const idx = memberIndex(dict.entries.filter((e) => e.kind === 'formulation'));
 * idx.byMember.get('看齐意识'); // [{ entry: …, member: 3 }]
 * ```
 */
export function memberIndex(formulations: readonly DictionaryEntry[]): MemberIndex {
  const entries = formulations.filter((e) => e.members.length >= 2);
  const byMember = new Map<string, MemberRef[]>();
  let maxLen = 0;
  entries.forEach((e, ei) => {
    e.members.forEach((m, mi) => {
      let arr = byMember.get(m);
      if (!arr) byMember.set(m, (arr = []));
      arr.push({ entry: ei, member: mi });
      maxLen = Math.max(maxLen, m.length);
    });
  });
  return { entries, byMember, maxLen };
}

/** Packs (entry, member) into one number: a formulation has far fewer members than this. */
const MEMBER_KEY_BASE = 4096;

function matchItem(idx: MemberIndex, it: Item): ItemMatch[] {
  const out: ItemMatch[] = [];
  const seen = new Set<number>();
  const add = (refs: MemberRef[] | undefined, start: number, end: number) => {
    for (const r of refs ?? []) {
      const key = r.entry * MEMBER_KEY_BASE + r.member;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ entry: r.entry, member: r.member, start, end });
    }
  };
  // inner quotation marks do not count (推进“一带一路”建设 lists 一带一路建设); a match
  // found without them spans the whole item
  if (/[“”‘’「」『』]/.test(it.core)) {
    const keep: number[] = [];
    for (let k = 0; k < it.core.length; k++) if (!INNER_QUOTES.has(it.core[k]!)) keep.push(k);
    if (keep.length === 0) return out;
    const plain = keep.map((k) => it.core[k]).join('');
    const inner = matchItem(idx, { ...it, core: plain, start: 0, end: plain.length });
    return inner.map((m) => ({ ...m, start: it.start + keep[m.start]!, end: it.start + keep[m.end - 1]! + 1 }));
  }
  const core = it.core;
  add(idx.byMember.get(core), it.start, it.end);
  const max = Math.min(core.length - 1, idx.maxLen);
  const firstInRun = it.before !== '、';
  const lastInRun = it.after !== '、';
  for (let L = max; L >= 2; L--) {
    // lead + member: 增强政治意识, 部机关党员干部的政治判断力; short members (投资, 创新)
    // take at most two characters around them
    const lead = core.length - L;
    if (lead <= 2 || (L >= 3 && (lead <= 4 || firstInRun))) add(idx.byMember.get(core.slice(lead)), it.end - L, it.end);
    // member + trailing: 政治执行力显著增强, 创新发展
    const trail = core.length - L;
    if (trail <= 2 || (L >= 3 && lastInRun)) add(idx.byMember.get(core.slice(0, L)), it.start, it.start + L);
  }
  return out;
}

/**
 * Finds listings of known formulations' members in the sentences of a document (增强政治意识、
 * 大局意识、核心意识、看齐意识) and compares them with the dictionary. A listing is reported when
 * it names at least two members and the formulation's name is in the sentence, or it names all of
 * them, or at least three and half of them. Linear in the text: each item tries at most twice the longest member's length look-ups.
 *
 * @example
 * ```ts
 * const found = memberChecks(doc, memberIndex(formulations));
 * found[0].check; // { formulation: '四个意识', missing: [], extra: [], complete: true, … }
 * ```
 */
export function memberChecks(doc: TifaDocument, idx: MemberIndex): MemberFinding[] {
  const t = doc.normalized;
  const out: MemberFinding[] = [];
  if (idx.entries.length === 0) return out;
  for (const s of doc.sentences) {
    if (doc.isExcluded(s.nStart)) continue;
    const items = splitItems(t, s.nStart, s.nEnd);
    if (items.length < 2) continue;
    // entry → matches per item
    const perEntry = new Map<number, Array<{ item: number; m: ItemMatch }>>();
    items.forEach((it, k) => {
      for (const m of matchItem(idx, it)) {
        let arr = perEntry.get(m.entry);
        if (!arr) perEntry.set(m.entry, (arr = []));
        arr.push({ item: k, m });
      }
    });
    const sentenceText = t.slice(s.nStart, s.nEnd);
    const found: MemberFinding[] = [];
    for (const [ei, list] of [...perEntry.entries()].sort((a, b) => a[0] - b[0])) {
      const entry = idx.entries[ei]!;
      // clusters of matched items with gaps of at most one item; a repeated member starts a new listing
      let cluster: Array<{ item: number; m: ItemMatch }> = [];
      let members = new Set<number>();
      const flush = () => {
        if (cluster.length > 0) {
          const f = judge(doc, t, items, entry, cluster, sentenceText);
          if (f) found.push(f);
        }
        cluster = [];
        members = new Set();
      };
      for (const x of list) {
        const last = cluster[cluster.length - 1];
        if (last && x.item !== last.item && (x.item - last.item > 2 || members.has(x.m.member))) flush();
        cluster.push(x);
        members.add(x.m.member);
      }
      flush();
    }
    // drop an incomplete check covered by a better one over the same items
    for (const f of found) {
      const better = found.some(
        (g) =>
          g !== f &&
          g.span.start <= f.span.start &&
          g.span.end >= f.span.end &&
          g.check.matched.length > f.check.matched.length,
      );
      if (!(better && !f.check.complete)) out.push(f);
    }
  }
  return out;
}

function judge(
  doc: TifaDocument,
  t: string,
  items: Item[],
  entry: DictionaryEntry,
  cluster: Array<{ item: number; m: ItemMatch }>,
  sentenceText: string,
): MemberFinding | null {
  const n = entry.members.length;
  const matchedIdx = new Set(cluster.map((x) => x.m.member));
  const m = matchedIdx.size;
  const named = [entry.term, ...entry.aliases].some((s) => sentenceText.includes(s));
  // unnamed: all members, or three and half of them at least (two words such as 形式主义、官僚主义
  // are no listing of 四风); short generic members (投资、消费、出口) need all of them
  const short = entry.members.reduce((x, s) => x + s.length, 0) <= 2 * n;
  if (m < 2 || !(named || m === n || (m >= 3 && m * 2 >= n && !short))) return null;
  // one match per item (the first, in member order)
  const byItem = new Map<number, ItemMatch>();
  for (const x of cluster) if (!byItem.has(x.item)) byItem.set(x.item, x.m);
  let lo = cluster[0]!.item;
  let hi = cluster[cluster.length - 1]!.item;
  const cores = [...byItem.values()].map((x) => t.slice(x.start, x.end));
  const pre = commonPrefix(cores);
  const suf = commonSuffix(cores);
  const sameShape = (it: Item) =>
    (suf.length >= 2 && it.core.endsWith(suf)) || (pre.length >= 2 && it.core.startsWith(pre));
  // a neighbour ending (or starting) with a member not yet matched belongs to the listing, however
  // long its lead: 各地区、各部门不断增强政治意识、大局意识…
  const relaxed = (k: number): boolean => {
    const it = items[k];
    if (!it || byItem.has(k)) return false;
    for (let mi = 0; mi < n; mi++) {
      const mem = entry.members[mi]!;
      if (matchedIdx.has(mi) || mem.length < 2) continue;
      const plain = it.core.replace(/[“”‘’「」『』]/g, '');
      if (plain.endsWith(mem) || plain.startsWith(mem)) {
        const at = plain.endsWith(mem) ? it.end - mem.length : it.start;
        const exact = t.slice(at, at + mem.length) === mem;
        byItem.set(k, {
          entry: cluster[0]!.m.entry,
          member: mi,
          start: exact ? at : it.start,
          end: exact ? at + mem.length : it.end,
        });
        matchedIdx.add(mi);
        return true;
      }
    }
    return false;
  };
  for (let k = lo + 1; k < hi; k++) relaxed(k);
  while (
    hi + 1 < items.length &&
    !byItem.has(hi + 1) &&
    (relaxed(hi + 1) || (items[hi]!.after === '、' && sameShape(items[hi + 1]!)))
  )
    hi++;
  while (
    lo - 1 >= 0 &&
    !byItem.has(lo - 1) &&
    (relaxed(lo - 1) || (items[lo]!.before === '、' && sameShape(items[lo - 1]!)))
  )
    lo--;
  // members written inside a listed item (大跃进和人民公社)
  for (let mi = 0; mi < n; mi++) {
    const mem = entry.members[mi]!;
    if (matchedIdx.has(mi) || mem.length < 3) continue;
    for (let k = lo; k <= hi; k++) if (items[k]!.core.includes(mem)) matchedIdx.add(mi);
  }
  const { listed, extra, nStart, nEnd } = listingOf(t, items, byItem, lo, hi, sameShape);
  const matched = entry.members.filter((_, i) => matchedIdx.has(i));
  const missing = entry.members.filter((_, i) => !matchedIdx.has(i));
  const occ = occurrenceAt(doc, nStart, nEnd);
  return {
    entry,
    span: { start: nStart, end: nEnd },
    check: {
      formulation: entry.term,
      named,
      listed,
      matched,
      missing,
      extra,
      complete: missing.length === 0 && extra.length === 0,
      ...occ,
    },
  };
}

/** The items of a listing from `lo` to `hi`: matched members as matched, extra items as written. */
function listingOf(
  t: string,
  items: readonly Item[],
  byItem: ReadonlyMap<number, ItemMatch>,
  lo: number,
  hi: number,
  sameShape: (it: Item) => boolean,
): { listed: string[]; extra: string[]; nStart: number; nEnd: number } {
  const listed: string[] = [];
  const extra: string[] = [];
  let nStart = -1;
  let nEnd = -1;
  for (let k = lo; k <= hi; k++) {
    const it = items[k]!;
    const mm = byItem.get(k);
    let a: number;
    let b: number;
    if (mm) [a, b] = [mm.start, mm.end];
    else {
      // an unmatched item inside or next to the listing: an extra member when it has the
      // listing's shape or sits between two 、
      if (!sameShape(it) && !(it.before === '、' && it.after === '、')) continue;
      [a, b] = [it.start, it.end];
      extra.push(it.core);
    }
    listed.push(t.slice(a, b));
    if (nStart < 0) nStart = a;
    nEnd = b;
  }
  return { listed, extra, nStart, nEnd };
}

/**
 * Reads the members a report spells out right next to a numbered formulation: a quoted
 * enumeration just before it (“领学+讲学+研学+悟学”四位一体) or an enumeration introduced just
 * after it by ：, 即, 包括 or a parenthesis. Returns the items when their number equals `value`
 * (NaN accepts any count of two or more), else null.
 *
 * @example
 * ```ts
 * spelledOut('坚持“四个自信”：道路自信、理论自信、制度自信、文化自信。', 3, 7, 4, closers)?.items;
 * // ['道路自信', '理论自信', '制度自信', '文化自信']
 * ```
 */
export function spelledOut(
  t: string,
  formulationStart: number,
  formulationEnd: number,
  value: number,
  pairByClose: ReadonlyMap<number, BracketPair>,
  expect = NaN,
): SpelledOut | null {
  const ok = (items: string[]) =>
    items.length >= 2 &&
    items.length <= 12 &&
    (Number.isNaN(value) || items.length === value) &&
    items.every((x) => x.length >= 1 && x.length <= 30);
  // before: “A+B+C+D”四位一体 (the formulation may itself be quoted)
  let p = formulationStart - 1;
  if (t[p] === '“' || t[p] === '‘') p--;
  const before = pairByClose.get(p);
  if (before && before.type === 'quote') {
    const items = splitList(t.slice(before.nOpen + 1, before.nClose), /[、，+＋·]/);
    if (ok(items)) return { items, start: before.nOpen + 1, end: before.nClose };
  }
  // after: ：A、B、C / 即A、B、C / （A、B、C）
  let q = formulationEnd;
  if (t[q] === '”' || t[q] === '’') q++;
  const m = /(?:[：:]|，?(?:即|就是|包括|是指|分别是|具体是|主要是)[：:，]?|[（(])/y;
  m.lastIndex = q;
  const r = m.exec(t);
  if (!r) return null;
  const start = q + r[0].length;
  const paren = r[0] === '（' || r[0] === '(';
  let end = start;
  const limit = Math.min(t.length, start + 200);
  while (end < limit && !/[。；！？\n]/.test(t[end]!) && !(paren && (t[end] === '）' || t[end] === ')'))) end++;
  if (paren && t[end] !== '）' && t[end] !== ')') return null;
  const lead = /^(?:即|就是|包括|是指|分别是)?[：:]?/.exec(t.slice(start, end))![0].length;
  const body = t.slice(start + lead, end);
  let items = splitList(body, /、/);
  if (items.length < 2) {
    // clauses joined by ，: the listing stops after the expected number of members
    items = splitList(body, /[，,]/);
    if (Number.isFinite(expect) && items.length > expect) items = items.slice(0, expect);
    if (items.length > 0 && /^即/.test(items[items.length - 1]!))
      items[items.length - 1] = items[items.length - 1]!.slice(1);
    for (let k = 1; k < items.length; k++) if (/^即/.test(items[k]!)) items[k] = items[k]!.slice(1);
  } else {
    const last = items[items.length - 1]!;
    const cut = last.search(/[，,]|等/);
    if (cut > 0) items[items.length - 1] = last.slice(0, cut);
  }
  if (!ok(items)) return null;
  // the span ends with the last item
  const lastItem = items[items.length - 1]!;
  const at = t.lastIndexOf(lastItem, end);
  const e = at >= start + lead ? at + lastItem.length : end;
  return { items, start: start + lead, end: e };
}

/**
 * Members spelled out next to a formulation: the items and the span they cover (normalized).
 */
export interface SpelledOut {
  items: string[];
  start: number;
  end: number;
}

function splitList(s: string, sep: RegExp): string[] {
  return s
    .split(sep)
    .map((x) => {
      const [a, b] = trimMarks(x, 0, x.length);
      return x.slice(a, b).trim();
    })
    .filter((x) => x.length > 0);
}

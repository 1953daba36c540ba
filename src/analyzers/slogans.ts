import type { TifaDocument } from '../document/types.js';
import type { AnalyzeContext } from '../pipeline/context.js';
import { Dictionary, type DictionaryEntry } from '../dictionary/dictionary.js';
import { isHan } from '../numbers/index.js';
import { typeError } from '../util/errors.js';
import { bracketDepth, scanBrackets, type BracketPair } from './slogans/brackets.js';
import { memberChecks, memberIndex, spelledOut, type MemberCheck, type MemberFinding } from './slogans/members.js';
import { SHAPE_BASE, countLikeBefore, scanShapes, shapeOf, type NumeralShape } from './slogans/numerals.js';
import {
  enumerations,
  headingParallels,
  type ParallelFinding,
  type Region,
  type SharedPart,
} from './slogans/parallel.js';
import {
  LEAD_NUMERALS,
  commonPrefix,
  commonSuffix,
  isNumeralChar,
  occurrence,
  type SloganOccurrence,
} from './slogans/util.js';

export type { SloganOccurrence } from './slogans/util.js';
export type { MemberCheck } from './slogans/members.js';
export type { SharedPart } from './slogans/parallel.js';
export type { NumeralShape } from './slogans/numerals.js';

/**
 * What a finding is: a numbered formulation (提法), a quoted phrase, a cited document or a parallel construction.
 *
 * @example
 * ```ts
 * found.filter((s) => s.kind === 'document').map((s) => s.canonical); // ['部务会议议事规则', …]
 * ```
 */
export type SloganKind = 'numbered' | 'quoted' | 'document' | 'parallel';

/**
 * How a quoted phrase reads: a known formulation (“两个维护”), a candidate formulation (a
 * numeral-built phrase not in the dictionary), a slogan (“讲政治、重公道、业务精、作风好”), or
 * anything else (“打招呼”, “最美组工人”).
 *
 * @example
 * ```ts
 * found.filter((s) => s.classification === 'slogan').map((s) => s.canonical); // ['强根基、严纪律、转作风、提效能', …]
 * ```
 */
export type QuoteClassification = 'known-formulation' | 'candidate-formulation' | 'slogan' | 'other';

/**
 * One finding of the slogans analyzer. Fields marked (numbered), (quoted), (document) or
 * (parallel) appear only on that kind.
 *
 * @example
 * ```ts
 * const { slogans: found } = slogans(doc, ctx);
 * found.find((s) => s.canonical === '两个维护');
 * // { text: '两个维护', canonical: '两个维护', kind: 'numbered', known: true, category: '理论武装',
 * //   confidence: 1, count: 1, members: […], occurrences: [{ start, end, section, sentence }], … }
 * ```
 */
export interface Slogan {
  /** The finding as written at its first occurrence (`doc.text.slice(start, end)`); for parallel headings, the leads joined by ` / `. */
  text: string;
  /** Normalized form used for grouping: the dictionary term for known formulations, the normalized text otherwise. */
  canonical: string;
  kind: SloganKind;
  /** Whether it is a formulation of the dictionary (numbered), or a quoted known formulation. */
  known: boolean;
  /** The dictionary category of a known formulation, else null. */
  category: string | null;
  /** How sure the finding is, 0–1 (1 for dictionary matches, quotes and titles). */
  confidence: number;
  /** Number of occurrences. */
  count: number;
  /** (numbered) The members: the dictionary's, or those the report spells out next to it (see `membersFrom`). */
  members?: string[];
  /** (numbered) Where `members` come from. */
  membersFrom?: 'dictionary' | 'text';
  /** (numbered, known) Year the formulation was introduced, when the dictionary knows it. */
  since?: number | null;
  /** (numbered) The distinct surface forms seen (variants fold into the canonical form). */
  surfaces?: string[];
  /** (numbered, discovered) The numeral shape that was recognized. */
  shape?: NumeralShape;
  /** (numbered, discovered) Why it was taken for a formulation: shape, quoted, repeated, members spelled out, count-like context. */
  evidence?: string[];
  /** (numbered, known) Places where the report lists the formulation's members, compared with the dictionary. */
  memberChecks?: MemberCheck[];
  /** (quoted) How the phrase reads. */
  classification?: QuoteClassification;
  /** (quoted, document) The marks of the first occurrence, e.g. `“”`, `‘’`, `《》`. */
  marks?: string;
  /** (quoted, document) Whether some occurrence lies inside another quotation or title. */
  nested?: boolean;
  /** (quoted) The formulation a known-formulation or candidate-formulation phrase is. */
  formulation?: string;
  /** (parallel) The construction: an enumeration in a sentence, parallel section headings, or a 一是…二是… series. */
  construction?: 'enumeration' | 'headings' | 'series';
  /** (parallel) The items, normalized. */
  items?: string[];
  /** (parallel) The shared part of the items, or null when they only share a length (讲政治、重公道、业务精、作风好). */
  shared?: SharedPart | null;
  /** Where it occurs, in text order. */
  occurrences: SloganOccurrence[];
}

/**
 * Options of the {@link slogans} analyzer.
 *
 * @example
 * ```ts
 * slogans(doc, ctx, { minConfidence: 0.7, maxItemLength: 10 });
 * ```
 */
export interface SlogansOptions {
  /** Discover numbered formulations that are not in the dictionary (default true). */
  discover?: boolean;
  /** Lowest confidence at which a discovered formulation is reported (default 0.5). */
  minConfidence?: number;
  /** Report parallel constructions (default true). */
  parallel?: boolean;
  /** Longest item of a parallel enumeration, in characters (default 12). */
  maxItemLength?: number;
}

const KIND_ORDER: Record<SloganKind, number> = { numbered: 0, quoted: 1, document: 2, parallel: 3 };
/** Most distinct discovered candidates followed through the text (keeps adversarial inputs linear). */
const MAX_CANDIDATES = 2000;
const ANCHORS = `${LEAD_NUMERALS}第双`;

const formulationDictionaries = new WeakMap<Dictionary, Dictionary>();

/** A dictionary of the formulation entries alone, so that no longer term hides a formulation. */
function formulationDictionary(dict: Dictionary): Dictionary {
  let d = formulationDictionaries.get(dict);
  if (!d) {
    d = new Dictionary(dict.entries.filter((e) => e.kind === 'formulation'));
    formulationDictionaries.set(dict, d);
  }
  return d;
}

function checkOptions(options: unknown): Required<SlogansOptions> {
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object' || Array.isArray(options))
    throw typeError(`slogans options must be an object, got ${Array.isArray(options) ? 'an array' : typeof options}`);
  const o = options as SlogansOptions;
  const minConfidence = o.minConfidence ?? 0.5;
  if (typeof minConfidence !== 'number' || !(minConfidence >= 0 && minConfidence <= 1))
    throw typeError(`slogans minConfidence must be a number from 0 to 1, got ${JSON.stringify(o.minConfidence)}`);
  const maxItemLength = o.maxItemLength ?? 12;
  if (!Number.isInteger(maxItemLength) || maxItemLength < 2 || maxItemLength > 100)
    throw typeError(`slogans maxItemLength must be an integer from 2 to 100, got ${JSON.stringify(o.maxItemLength)}`);
  for (const k of ['discover', 'parallel'] as const) {
    if (o[k] !== undefined && typeof o[k] !== 'boolean')
      throw typeError(`slogans ${k} must be a boolean, got ${JSON.stringify(o[k])}`);
  }
  return { discover: o.discover ?? true, minConfidence, parallel: o.parallel ?? true, maxItemLength };
}

interface Span {
  a: number;
  b: number;
}

function overlaps(sorted: readonly Span[], a: number, b: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sorted[mid]!;
    if (s.b <= a) lo = mid + 1;
    else if (s.a >= b) hi = mid - 1;
    else return true;
  }
  return false;
}

/** Index of the first span starting at or after `a` in spans sorted by start. */
function firstAtOrAfter(sorted: readonly Span[], a: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.a < a) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Known formulation matches, minus those glued to a neighbouring numeral (二十四五 is not 十四五). */
function knownMatches(doc: TifaDocument, fdict: Dictionary): Array<Span & { entry: DictionaryEntry; surface: string }> {
  const t = doc.normalized;
  const out: Array<Span & { entry: DictionaryEntry; surface: string }> = [];
  for (const m of fdict.match(t, doc.body.nStart, doc.body.nEnd)) {
    if (doc.isExcluded(m.start)) continue;
    const first = m.surface[0]!;
    const last = m.surface[m.surface.length - 1]!;
    if (LEAD_NUMERALS.includes(first) && (isNumeralChar(t[m.start - 1]) || t[m.start - 1] === '第')) continue;
    if (isNumeralChar(last) && isNumeralChar(t[m.end])) continue;
    out.push({ a: m.start, b: m.end, entry: m.entry, surface: m.surface });
  }
  return out;
}

/**
 * Every occurrence of the candidate strings in `t[from, to)`, leftmost-longest, skipping blocked
 * spans. Each candidate is anchored on its first numeral (or 第/双), so only numeral positions
 * are tried, with a bounded number of (offset, length) look-ups each.
 */
function findCandidates(
  t: string,
  from: number,
  to: number,
  candidates: ReadonlySet<string>,
  blocked: readonly Span[],
): Map<string, Span[]> {
  const shapes = new Map<string, { p: number; L: number }>();
  for (const s of candidates) {
    let p = 0;
    while (p < s.length && !ANCHORS.includes(s[p]!)) p++;
    if (p < s.length) shapes.set(`${p}:${s.length}`, { p, L: s.length });
  }
  const pl = [...shapes.values()].sort((x, y) => y.L - x.L || x.p - y.p);
  const hits: Span[] = [];
  for (let j = from; j < to; j++) {
    if (!ANCHORS.includes(t[j]!)) continue;
    for (const { p, L } of pl) {
      const a = j - p;
      if (a < from || a + L > to) continue;
      if (candidates.has(t.slice(a, a + L))) hits.push({ a, b: a + L });
    }
  }
  hits.sort((x, y) => x.a - y.a || y.b - x.b);
  const out = new Map<string, Span[]>();
  let last = -1;
  for (const h of hits) {
    if (h.a < last || overlaps(blocked, h.a, h.b)) continue;
    const s = t.slice(h.a, h.b);
    let arr = out.get(s);
    if (!arr) out.set(s, (arr = []));
    arr.push(h);
    last = h.b;
  }
  return out;
}

const SLOGAN_SEP = /[、，,+＋·•／/]/;

/** Whether a quoted phrase is a slogan: two or more short items of like length or shape. */
function isSloganPhrase(s: string): boolean {
  const items = s.split(SLOGAN_SEP).map((x) => x.trim());
  if (items.length < 2 || items.some((x) => x.length < 2 || x.length > 12)) return false;
  if (items.some((x) => [...x].filter((c) => isHan(c)).length < 2)) return false;
  const lens = items.map((x) => x.length);
  if (Math.max(...lens) - Math.min(...lens) <= 1) return true;
  return commonPrefix(items).length > 0 || commonSuffix(items).length > 0;
}

function round2(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}

/**
 * Finds the slogan patterns of a report: numbered formulations (提法) known to the dictionary
 * (every occurrence, variants folded) and discovered by their numeral shape (两心一城, 以案三促,
 * 第二个结合, with a confidence and the evidence); listings of a formulation's members checked
 * against the dictionary; quoted phrases (“…”, 「…」, ‘…’) classified; cited documents 《…》;
 * parallel constructions (问题导向、目标导向、结果导向 → …导向) and parallel headings (在…上再…).
 *
 * Reads `doc.normalized`, reports original offsets, skips excluded boilerplate, and pushes the
 * span of every formulation into `ctx.reserved` (by `slogans`) so the numeric-claims analyzer
 * never reads 四个意识 as a claim of 4. Output order: numbered, quoted, document, parallel, each
 * by first occurrence.
 *
 * @example
 * ```ts
 * const doc = await loadDocument('corpus/seed-2025-municipal-org-dept-political-ecology-report.txt');
 * const { slogans: found } = slogans(doc, ctx);
 * found.filter((s) => s.kind === 'numbered').map((s) => s.canonical); // ['第一议题', '三重一大', '一岗双责', …]
 * ```
 */
export function slogans(doc: TifaDocument, ctx: AnalyzeContext, options?: SlogansOptions): { slogans: Slogan[] } {
  if (!doc || typeof doc !== 'object' || typeof doc.normalized !== 'string' || typeof doc.span !== 'function') {
    throw typeError(`slogans expects a TifaDocument, got ${doc === null ? 'null' : typeof doc}`);
  }
  if (!ctx || typeof ctx !== 'object' || !(ctx.dictionary instanceof Dictionary) || !Array.isArray(ctx.reserved)) {
    throw typeError('slogans expects an AnalyzeContext with a dictionary and a reserved array');
  }
  const opts = checkOptions(options);
  const t = doc.normalized;
  const { nStart: bodyStart, nEnd: bodyEnd } = doc.body;
  const fdict = formulationDictionary(ctx.dictionary);
  const formulations = fdict.entries as DictionaryEntry[];

  // Quotation and title marks.
  const pairs = scanBrackets(t, bodyStart, bodyEnd).filter((p) => !doc.isExcluded(p.nOpen));
  const depth = bracketDepth(t.length, pairs);
  const pairByClose = new Map<number, BracketPair>();
  const pairByOpen = new Map<number, BracketPair>();
  for (const p of pairs) {
    pairByClose.set(p.nClose, p);
    pairByOpen.set(p.nOpen, p);
  }
  const isQuotedSpan = (a: number, b: number) => {
    const p = pairByOpen.get(a - 1);
    return p !== undefined && p.type === 'quote' && p.nClose === b;
  };

  // 1. Known formulations.
  let known = knownMatches(doc, fdict);

  // 2. Discovered formulations.
  const discovered: Array<{
    text: string;
    shape: NumeralShape;
    spans: Span[];
    confidence: number;
    evidence: string[];
    members: string[] | null;
  }> = [];
  if (opts.discover) {
    const memberSet = new Set<string>();
    for (const e of formulations) for (const m of e.members) memberSet.add(m);
    const cands = new Map<string, { shape: NumeralShape; note: string; value: number }>();
    const consider = (s: string, shape: NumeralShape, note: string, value: number) => {
      if (cands.size >= MAX_CANDIDATES || cands.has(s) || fdict.get(s) || memberSet.has(s)) return;
      cands.set(s, { shape, note, value });
    };
    const hits: Array<{ a: number; s: string; shape: NumeralShape; note: string; value: number }> = [];
    const superseded = new Set<Span>();
    for (const p of pairs) {
      if (p.type !== 'quote') continue;
      const content = t.slice(p.nOpen + 1, p.nClose);
      const sh = shapeOf(content);
      if (!sh) continue;
      hits.push({ a: p.nOpen + 1, s: content, ...sh });
      // a quoted shape longer than the known formulation inside it wins (“三保三压” is not 三保)
      for (let x = firstAtOrAfter(known, p.nOpen + 1); x < known.length && known[x]!.a < p.nClose; x++) {
        const k = known[x]!;
        if (k.b <= p.nClose && k.b - k.a < p.nClose - p.nOpen - 1) superseded.add(k);
      }
    }
    if (superseded.size > 0) known = known.filter((k) => !superseded.has(k));
    // a shape inside a longer dictionary term is part of that term (长三角一体化 holds 三角一体)
    const terms: Span[] = ctx.dictionary
      .match(t, bodyStart, bodyEnd)
      .filter((m) => m.entry.kind === 'term')
      .map((m) => ({ a: m.start, b: m.end }));
    for (const h of scanShapes(t, bodyStart, bodyEnd)) {
      if (doc.isExcluded(h.nStart) || overlaps(known, h.nStart, h.nEnd) || overlaps(terms, h.nStart, h.nEnd)) continue;
      hits.push({ a: h.nStart, s: t.slice(h.nStart, h.nEnd), shape: h.shape, note: h.note, value: h.value });
    }
    hits.sort((x, y) => x.a - y.a || y.s.length - x.s.length);
    for (const h of hits) consider(h.s, h.shape, h.note, h.value);
    const found = findCandidates(t, bodyStart, bodyEnd, new Set(cands.keys()), known);
    for (const [s, spansAll] of found) {
      const spans = spansAll.filter((x) => !doc.isExcluded(x.a));
      if (spans.length === 0) continue;
      const c = cands.get(s)!;
      const evidence = [c.note];
      let conf = SHAPE_BASE[c.shape];
      const quoted = spans.some((x) => isQuotedSpan(x.a, x.b));
      if (quoted) {
        conf += 0.35;
        evidence.push('quoted');
      }
      if (spans.length >= 2) {
        conf += spans.length >= 3 ? 0.15 : 0.1;
        evidence.push(`repeated ×${spans.length}`);
      }
      let members: string[] | null = null;
      for (const x of spans) {
        const so = spelledOut(t, x.a, x.b, c.value, pairByClose);
        if (so) {
          members = so.items;
          break;
        }
      }
      if (members) {
        conf += 0.3;
        evidence.push(`members spelled out (${members.length})`);
      }
      if (!quoted && spans.every((x) => countLikeBefore(t, x.a))) {
        conf -= 0.3;
        evidence.push('count-like context');
      }
      const confidence = round2(conf);
      if (confidence >= opts.minConfidence)
        discovered.push({ text: s, shape: c.shape, spans, confidence, evidence, members });
    }
  }

  const knownByTerm = new Map<string, { entry: DictionaryEntry; spans: Array<Span & { surface: string }> }>();
  for (const m of known) {
    let g = knownByTerm.get(m.entry.term);
    if (!g) knownByTerm.set(m.entry.term, (g = { entry: m.entry, spans: [] }));
    g.spans.push(m);
  }

  // 3. Member checks.
  const checks: MemberFinding[] = memberChecks(doc, memberIndex(formulations));
  const checksByTerm = new Map<string, MemberFinding[]>();
  const addCheck = (f: MemberFinding) => {
    let arr = checksByTerm.get(f.entry.term);
    if (!arr) checksByTerm.set(f.entry.term, (arr = []));
    arr.push(f);
  };
  for (const f of checks) addCheck(f);
  // members spelled out right after or before a named formulation
  const textMembers = new Map<string, string[]>();
  for (const { entry, spans } of knownByTerm.values()) {
    const value = shapeOf(entry.term)?.value ?? NaN;
    for (const x of spans) {
      const so = spelledOut(
        t,
        x.a,
        x.b,
        entry.members.length > 0 ? NaN : value,
        pairByClose,
        entry.members.length > 0 ? entry.members.length : value,
      );
      if (!so) continue;
      if (entry.members.length === 0) {
        if (!textMembers.has(entry.term)) textMembers.set(entry.term, so.items);
        continue;
      }
      const prior = checksByTerm.get(entry.term) ?? [];
      if (prior.some((f) => f.nStart < so.nEnd && so.nStart < f.nEnd)) continue;
      // a member counts when an item is it or holds it (淮河海河辽河 holds 淮河, 海河, 辽河)
      const holds = (it: string, m: string) => it === m || (m.length >= 2 && it.includes(m));
      const matched = entry.members.filter((m) => so.items.some((it) => holds(it, m)));
      const extra = so.items.filter((it) => !entry.members.some((m) => holds(it, m)));
      const missing = entry.members.filter((m) => !matched.includes(m));
      const f: MemberFinding = {
        entry,
        nStart: so.nStart,
        nEnd: so.nEnd,
        check: {
          formulation: entry.term,
          named: true,
          listed: so.items,
          matched,
          missing,
          extra,
          complete: missing.length === 0 && extra.length === 0,
          ...occurrence(doc, so.nStart, so.nEnd),
        },
      };
      checks.push(f);
      addCheck(f);
    }
  }

  const out: Slogan[] = [];
  const reserve: Span[] = [];

  // Numbered: known (with occurrences or member listings), then discovered.
  const numberedTerms = new Set<string>([...knownByTerm.keys(), ...checksByTerm.keys()]);
  for (const term of numberedTerms) {
    const g = knownByTerm.get(term);
    const entry = g?.entry ?? checksByTerm.get(term)![0]!.entry;
    const spans = g?.spans ?? [];
    const occs = spans.map((x) => occurrence(doc, x.a, x.b));
    for (const x of spans) reserve.push(x);
    const surfaces = [...new Set(spans.map((x) => x.surface))];
    const memberCks = (checksByTerm.get(term) ?? []).sort((x, y) => x.nStart - y.nStart).map((f) => f.check);
    const s: Slogan = {
      text: occs[0] ? doc.text.slice(occs[0].start, occs[0].end) : entry.term,
      canonical: entry.term,
      kind: 'numbered',
      known: true,
      category: entry.category,
      confidence: 1,
      count: occs.length,
      since: entry.since,
      surfaces,
      occurrences: occs,
    };
    if (entry.members.length > 0) {
      s.members = [...entry.members];
      s.membersFrom = 'dictionary';
    } else if (textMembers.has(term)) {
      s.members = textMembers.get(term)!;
      s.membersFrom = 'text';
    }
    if (memberCks.length > 0) s.memberChecks = memberCks;
    out.push(s);
  }
  const candidateSet = new Set<string>();
  for (const d of discovered) {
    candidateSet.add(d.text);
    const occs = d.spans.map((x) => occurrence(doc, x.a, x.b));
    for (const x of d.spans) reserve.push(x);
    const s: Slogan = {
      text: doc.text.slice(occs[0]!.start, occs[0]!.end),
      canonical: d.text,
      kind: 'numbered',
      known: false,
      category: null,
      confidence: d.confidence,
      count: occs.length,
      surfaces: [d.text],
      shape: d.shape,
      evidence: d.evidence,
      occurrences: occs,
    };
    if (d.members) {
      s.members = d.members;
      s.membersFrom = 'text';
    }
    out.push(s);
  }

  // Quoted phrases and cited documents.
  const groups = new Map<string, { type: 'quote' | 'title'; pairs: BracketPair[] }>();
  for (const p of pairs) {
    const content = t.slice(p.nOpen + 1, p.nClose).trim();
    if (content.length === 0) continue;
    const key = `${p.type}\u0000${content}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { type: p.type, pairs: [] }));
    g.pairs.push(p);
  }
  for (const [key, g] of groups) {
    const content = key.slice(key.indexOf('\u0000') + 1);
    const occs = g.pairs.map((p) => {
      let a = p.nOpen + 1;
      let b = p.nClose;
      while (a < b && /\s/.test(t[a]!)) a++;
      while (b > a && /\s/.test(t[b - 1]!)) b--;
      return occurrence(doc, a, b);
    });
    const s: Slogan = {
      text: doc.text.slice(occs[0]!.start, occs[0]!.end),
      canonical: content,
      kind: g.type === 'quote' ? 'quoted' : 'document',
      known: false,
      category: null,
      confidence: 1,
      count: occs.length,
      marks: g.pairs[0]!.marks,
      nested: g.pairs.some((p) => p.inQuote || p.inTitle),
      occurrences: occs,
    };
    if (g.type === 'quote') {
      const entry = fdict.get(content);
      if (entry) {
        s.classification = 'known-formulation';
        s.known = true;
        s.category = entry.category;
        s.formulation = entry.term;
      } else if (candidateSet.has(content)) {
        s.classification = 'candidate-formulation';
        s.formulation = content;
      } else s.classification = isSloganPhrase(content) ? 'slogan' : 'other';
    }
    out.push(s);
  }

  // Parallel constructions.
  if (opts.parallel) {
    const regions: Region[] = [];
    for (const sen of doc.sentences)
      if (!doc.isExcluded(sen.nStart)) regions.push({ a: sen.nStart, b: sen.nEnd, base: 0, clean: false });
    for (const p of pairs)
      if (p.type === 'quote' && p.nClose > p.nOpen + 1)
        regions.push({ a: p.nOpen + 1, b: p.nClose, base: depth[p.nOpen]!, clean: true });
    const finds: ParallelFinding[] = [...enumerations(t, regions, depth, opts.maxItemLength), ...headingParallels(doc)];
    const byKey = new Map<string, { f: ParallelFinding; spans: Span[] }>();
    for (const f of finds) {
      const items = f.items.map((x) => t.slice(x.a, x.b));
      const key = `${f.construction}\u0000${items.join('、')}`;
      let g = byKey.get(key);
      if (!g) byKey.set(key, (g = { f, spans: [] }));
      if (f.construction === 'enumeration') g.spans.push({ a: f.items[0]!.a, b: f.items[f.items.length - 1]!.b });
      else for (const x of f.items) g.spans.push({ a: x.a, b: x.b });
    }
    for (const { f, spans } of byKey.values()) {
      spans.sort((x, y) => x.a - y.a);
      const occs = spans.map((x) => occurrence(doc, x.a, x.b));
      const items = f.items.map((x) => t.slice(x.a, x.b));
      const text =
        f.construction === 'enumeration'
          ? doc.text.slice(occs[0]!.start, occs[0]!.end)
          : occs.map((o) => doc.text.slice(o.start, o.end)).join(' / ');
      const s: Slogan = {
        text,
        canonical: f.construction === 'enumeration' ? items.join('、') : items.join(' / '),
        kind: 'parallel',
        known: false,
        category: null,
        confidence: f.confidence,
        count: occs.length,
        construction: f.construction,
        items,
        shared: f.shared,
        occurrences: occs,
      };
      if (f.construction === 'enumeration') {
        const link = checks.find((c) => spans.some((x) => c.nStart < x.b && x.a < c.nEnd));
        if (link) {
          s.formulation = link.entry.term;
          s.category = link.entry.category;
        }
      }
      out.push(s);
    }
  }

  // Reserve formulation spans for the numeric-claims analyzer.
  reserve.sort((x, y) => x.a - y.a || x.b - y.b);
  const already = new Set(ctx.reserved.filter((r) => r.by === 'slogans').map((r) => `${r.nStart}:${r.nEnd}`));
  for (const r of reserve) {
    const k = `${r.a}:${r.b}`;
    if (already.has(k)) continue;
    already.add(k);
    ctx.reserved.push({ nStart: r.a, nEnd: r.b, by: 'slogans' });
  }

  const firstOf = (s: Slogan) => s.occurrences[0]?.start ?? s.memberChecks?.[0]?.start ?? Number.MAX_SAFE_INTEGER;
  for (const s of out) s.occurrences.sort((x, y) => x.start - y.start || x.end - y.end);
  out.sort(
    (x, y) =>
      KIND_ORDER[x.kind] - KIND_ORDER[y.kind] ||
      firstOf(x) - firstOf(y) ||
      (x.canonical < y.canonical ? -1 : x.canonical > y.canonical ? 1 : 0),
  );
  return { slogans: out };
}

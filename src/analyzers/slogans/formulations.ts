import type { Span, TifaDocument } from '../../document/types.js';
import { Dictionary, type DictionaryEntry } from '../../dictionary/dictionary.js';
import { scanBrackets, type BracketPair } from './brackets.js';
import { spelledOut } from './members.js';
import { SHAPE_BASE, countLikeBefore, scanShapes, shapeOf, type NumeralShape } from './numerals.js';
import { LEAD_NUMERALS, isNumeralChar, overlaps, firstAtOrAfter } from './util.js';

/** A known formulation matched in the normalized text, with the surface form written there. */
export interface KnownMatch extends Span {
  entry: DictionaryEntry;
  surface: string;
}

/** A numbered formulation found by its numeral shape (两心一城, 以案三促), not in the dictionary. */
export interface DiscoveredFormulation {
  text: string;
  shape: NumeralShape;
  /** Normalized spans of its occurrences, in text order. */
  spans: Span[];
  confidence: number;
  /** Why it was taken for a formulation (shape, quoted, repeated, members spelled out, count-like context). */
  evidence: string[];
  /** Members the report spells out next to it, or null. */
  members: string[] | null;
}

/** The numbered formulations of a document and the marks they were read from (normalized offsets). */
export interface Formulations {
  /** Quotation and title marks of the analyzed body. */
  pairs: BracketPair[];
  /** Known formulation matches, in text order. */
  known: KnownMatch[];
  /** Discovered formulations at or above the confidence threshold. */
  discovered: DiscoveredFormulation[];
  /** Spans of `known` and `discovered`, sorted, without duplicates. */
  spans: Span[];
}

/** Settings of formulation discovery. */
export interface DiscoverySettings {
  /** Discover formulations that are not in the dictionary. */
  discover: boolean;
  /** Lowest confidence at which a discovered formulation is kept. */
  minConfidence: number;
}

/** Confidence threshold at and above which a discovered formulation counts as one. */
export const FORMULATION_CONFIDENCE = 0.5;

/** The discovery settings shared by every analyzer (the slogans analyzer's defaults). */
export const DEFAULT_DISCOVERY: Readonly<DiscoverySettings> = { discover: true, minConfidence: FORMULATION_CONFIDENCE };

/** Confidence added when some occurrence is quoted (“以案三促”). */
const QUOTED_WEIGHT = 0.35;
/** Confidence added when it occurs three times or more. */
const REPEATED_3_WEIGHT = 0.15;
/** Confidence added when it occurs twice. */
const REPEATED_2_WEIGHT = 0.1;
/** Confidence added when the report spells out its members. */
const MEMBERS_WEIGHT = 0.3;
/** Confidence taken off when every occurrence reads as a count (以下四个方面). */
const COUNT_LIKE_PENALTY = -0.3;

/** Most distinct discovered candidates followed through the text (keeps adversarial inputs linear). */
const MAX_CANDIDATES = 2000;
const ANCHORS = `${LEAD_NUMERALS}第双`;

const formulationDictionaries = new WeakMap<Dictionary, Dictionary>();

/** A dictionary of the formulation entries alone, so that no longer term hides a formulation. */
export function formulationDictionary(dict: Dictionary): Dictionary {
  let d = formulationDictionaries.get(dict);
  if (!d) {
    d = new Dictionary(dict.entries.filter((e) => e.kind === 'formulation'));
    formulationDictionaries.set(dict, d);
  }
  return d;
}

/** Known formulation matches, minus those glued to a neighbouring numeral (二十四五 is not 十四五). */
function knownMatches(doc: TifaDocument, fdict: Dictionary): KnownMatch[] {
  const t = doc.normalized;
  const out: KnownMatch[] = [];
  for (const m of fdict.match(t, doc.body.nStart, doc.body.nEnd)) {
    if (doc.isExcluded(m.start)) continue;
    const first = m.surface[0]!;
    const last = m.surface[m.surface.length - 1]!;
    if (LEAD_NUMERALS.includes(first) && (isNumeralChar(t[m.start - 1]) || t[m.start - 1] === '第')) continue;
    if (isNumeralChar(last) && isNumeralChar(t[m.end])) continue;
    out.push({ start: m.start, end: m.end, entry: m.entry, surface: m.surface });
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
  const shapes = new Map<string, { anchorAt: number; length: number }>();
  for (const s of candidates) {
    let anchorAt = 0;
    while (anchorAt < s.length && !ANCHORS.includes(s[anchorAt]!)) anchorAt++;
    if (anchorAt < s.length) shapes.set(`${anchorAt}:${s.length}`, { anchorAt, length: s.length });
  }
  const byLength = [...shapes.values()].sort((x, y) => y.length - x.length || x.anchorAt - y.anchorAt);
  const hits: Span[] = [];
  for (let j = from; j < to; j++) {
    if (!ANCHORS.includes(t[j]!)) continue;
    for (const { anchorAt, length } of byLength) {
      const start = j - anchorAt;
      if (start < from || start + length > to) continue;
      if (candidates.has(t.slice(start, start + length))) hits.push({ start, end: start + length });
    }
  }
  hits.sort((x, y) => x.start - y.start || y.end - x.end);
  const out = new Map<string, Span[]>();
  let last = -1;
  for (const h of hits) {
    if (h.start < last || overlaps(blocked, h.start, h.end)) continue;
    const s = t.slice(h.start, h.end);
    let arr = out.get(s);
    if (!arr) out.set(s, (arr = []));
    arr.push(h);
    last = h.end;
  }
  return out;
}

interface Candidate {
  shape: NumeralShape;
  note: string;
  value: number;
}

/** Numeral shapes worth following: quoted ones, then those the scanner finds outside other terms. */
function candidatesOf(
  doc: TifaDocument,
  dictionary: Dictionary,
  pairs: readonly BracketPair[],
  known: KnownMatch[],
): { candidates: Map<string, Candidate>; known: KnownMatch[] } {
  const t = doc.normalized;
  const fdict = formulationDictionary(dictionary);
  const memberSet = new Set<string>();
  for (const e of fdict.entries) for (const m of e.members) memberSet.add(m);
  const hits: Array<Candidate & { start: number; text: string }> = [];
  const superseded = new Set<Span>();
  for (const p of pairs) {
    if (p.type !== 'quote') continue;
    const content = t.slice(p.nOpen + 1, p.nClose);
    const shape = shapeOf(content);
    if (!shape) continue;
    hits.push({ start: p.nOpen + 1, text: content, ...shape });
    // a quoted shape longer than the known formulation inside it wins (“三保三压” is not 三保)
    for (let x = firstAtOrAfter(known, p.nOpen + 1); x < known.length && known[x]!.start < p.nClose; x++) {
      const k = known[x]!;
      if (k.end <= p.nClose && k.end - k.start < p.nClose - p.nOpen - 1) superseded.add(k);
    }
  }
  const kept = superseded.size > 0 ? known.filter((k) => !superseded.has(k)) : known;
  // a shape inside a longer dictionary term is part of that term (长三角一体化 holds 三角一体)
  const terms: Span[] = dictionary
    .match(t, doc.body.nStart, doc.body.nEnd)
    .filter((m) => m.entry.kind === 'term')
    .map((m) => ({ start: m.start, end: m.end }));
  for (const h of scanShapes(t, doc.body.nStart, doc.body.nEnd)) {
    if (doc.isExcluded(h.start) || overlaps(kept, h.start, h.end) || overlaps(terms, h.start, h.end)) continue;
    hits.push({ start: h.start, text: t.slice(h.start, h.end), shape: h.shape, note: h.note, value: h.value });
  }
  hits.sort((x, y) => x.start - y.start || y.text.length - x.text.length);
  const candidates = new Map<string, Candidate>();
  for (const h of hits) {
    if (candidates.size >= MAX_CANDIDATES || candidates.has(h.text) || fdict.get(h.text) || memberSet.has(h.text))
      continue;
    candidates.set(h.text, { shape: h.shape, note: h.note, value: h.value });
  }
  return { candidates, known: kept };
}

function round2(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}

/** Quotation and title marks by the offset of their opening and of their closing mark. */
export interface MarkIndex {
  pairByOpen: Map<number, BracketPair>;
  pairByClose: Map<number, BracketPair>;
}

/** Indexes marks by their opening and closing offsets. */
export function markIndex(pairs: readonly BracketPair[]): MarkIndex {
  const pairByOpen = new Map<number, BracketPair>();
  const pairByClose = new Map<number, BracketPair>();
  for (const p of pairs) {
    pairByOpen.set(p.nOpen, p);
    pairByClose.set(p.nClose, p);
  }
  return { pairByOpen, pairByClose };
}

/** Weighs the evidence for one candidate: its shape, quotation, repetition, members, context. */
function weigh(t: string, text: string, c: Candidate, spans: Span[], marks: MarkIndex): DiscoveredFormulation {
  const { pairByOpen, pairByClose } = marks;
  const isQuoted = (x: Span) => {
    const p = pairByOpen.get(x.start - 1);
    return p !== undefined && p.type === 'quote' && p.nClose === x.end;
  };
  const evidence = [c.note];
  let confidence = SHAPE_BASE[c.shape];
  const quoted = spans.some(isQuoted);
  if (quoted) {
    confidence += QUOTED_WEIGHT;
    evidence.push('quoted');
  }
  if (spans.length >= 2) {
    confidence += spans.length >= 3 ? REPEATED_3_WEIGHT : REPEATED_2_WEIGHT;
    evidence.push(`repeated ×${spans.length}`);
  }
  let members: string[] | null = null;
  for (const x of spans) {
    const so = spelledOut(t, x.start, x.end, c.value, pairByClose);
    if (so) {
      members = so.items;
      break;
    }
  }
  if (members) {
    confidence += MEMBERS_WEIGHT;
    evidence.push(`members spelled out (${members.length})`);
  }
  if (!quoted && spans.every((x) => countLikeBefore(t, x.start))) {
    confidence += COUNT_LIKE_PENALTY;
    evidence.push('count-like context');
  }
  return { text, shape: c.shape, spans, confidence: round2(confidence), evidence, members };
}

/** Sorted spans of known and discovered formulations, without duplicates. */
function spansOf(known: readonly Span[], discovered: readonly DiscoveredFormulation[]): Span[] {
  const all: Span[] = [...known, ...discovered.flatMap((d) => d.spans)];
  all.sort((x, y) => x.start - y.start || x.end - y.end);
  const out: Span[] = [];
  for (const s of all) {
    const prev = out[out.length - 1];
    if (prev && prev.start === s.start && prev.end === s.end) continue;
    out.push({ start: s.start, end: s.end });
  }
  return out;
}

/**
 * Finds the numbered formulations of a document: known ones (every occurrence, variants
 * folded by the dictionary) and, with `discover`, those recognised by their numeral shape
 * (两心一城, 以案三促, 第二个结合), each with a confidence and the evidence for it.
 * Reads `doc.normalized` (normalized offsets), skips excluded boilerplate.
 *
 * @example
 * ```ts
 * const f = findFormulations(doc, loadDictionary(), DEFAULT_DISCOVERY);
 * f.known.map((k) => k.entry.term); // ['第一议题', '三重一大', '一岗双责', …]
 * ```
 */
export function findFormulations(
  doc: TifaDocument,
  dictionary: Dictionary,
  settings: Readonly<DiscoverySettings> = DEFAULT_DISCOVERY,
): Formulations {
  const t = doc.normalized;
  const pairs = scanBrackets(t, doc.body.nStart, doc.body.nEnd).filter((p) => !doc.isExcluded(p.nOpen));
  let known = knownMatches(doc, formulationDictionary(dictionary));
  const discovered: DiscoveredFormulation[] = [];
  if (settings.discover) {
    const found = candidatesOf(doc, dictionary, pairs, known);
    known = found.known;
    const marks = markIndex(pairs);
    const occurrences = findCandidates(t, doc.body.nStart, doc.body.nEnd, new Set(found.candidates.keys()), known);
    for (const [text, spansAll] of occurrences) {
      const spans = spansAll.filter((x) => !doc.isExcluded(x.start));
      if (spans.length === 0) continue;
      const d = weigh(t, text, found.candidates.get(text)!, spans, marks);
      if (d.confidence >= settings.minConfidence) discovered.push(d);
    }
  }
  return { pairs, known, discovered, spans: spansOf(known, discovered) };
}

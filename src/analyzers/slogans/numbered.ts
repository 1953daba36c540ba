import type { TifaDocument } from '../../document/types.js';
import type { DictionaryEntry } from '../../dictionary/dictionary.js';
import { occurrenceAt } from '../evidence.js';
import { markIndex, type Formulations, type KnownMatch } from './formulations.js';
import { memberChecks, memberIndex, spelledOut, type MemberFinding } from './members.js';
import { shapeOf } from './numerals.js';
import type { NumberedSlogan } from './types.js';

/** The numbered formulations of a report, and every listing of a known formulation's members. */
export interface NumberedResult {
  slogans: NumberedSlogan[];
  /** Member listings (those found by their members, and those spelled out next to a name). */
  checks: MemberFinding[];
}

function groupBy<T>(list: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of list) {
    let arr = out.get(key(x));
    if (!arr) out.set(key(x), (arr = []));
    arr.push(x);
  }
  return out;
}

/** A member listing spelled out next to a named formulation, compared with the dictionary's members. */
function namedListing(doc: TifaDocument, entry: DictionaryEntry, items: string[], start: number, end: number) {
  // a member counts when an item is it or holds it (淮河海河辽河 holds 淮河, 海河, 辽河)
  const holds = (it: string, m: string) => it === m || (m.length >= 2 && it.includes(m));
  const matched = entry.members.filter((m) => items.some((it) => holds(it, m)));
  const extra = items.filter((it) => !entry.members.some((m) => holds(it, m)));
  const missing = entry.members.filter((m) => !matched.includes(m));
  const finding: MemberFinding = {
    entry,
    span: { start, end },
    check: {
      formulation: entry.term,
      named: true,
      listed: items,
      matched,
      missing,
      extra,
      complete: missing.length === 0 && extra.length === 0,
      ...occurrenceAt(doc, start, end),
    },
  };
  return finding;
}

/**
 * Members spelled out right after or before a named formulation: a listing compared with the
 * dictionary (added to `checksByTerm`), or the members of a formulation the dictionary gives none for.
 */
function spelledOutMembers(
  doc: TifaDocument,
  knownByTerm: ReadonlyMap<string, KnownMatch[]>,
  formulations: Formulations,
  checksByTerm: Map<string, MemberFinding[]>,
): { textMembers: Map<string, string[]>; added: MemberFinding[] } {
  const t = doc.normalized;
  const { pairByClose } = markIndex(formulations.pairs);
  const textMembers = new Map<string, string[]>();
  const added: MemberFinding[] = [];
  for (const spans of knownByTerm.values()) {
    const entry = spans[0]!.entry;
    const value = shapeOf(entry.term)?.value ?? NaN;
    const hasMembers = entry.members.length > 0;
    for (const x of spans) {
      const expect = hasMembers ? entry.members.length : value;
      const so = spelledOut(t, x.start, x.end, hasMembers ? NaN : value, pairByClose, expect);
      if (!so) continue;
      if (!hasMembers) {
        if (!textMembers.has(entry.term)) textMembers.set(entry.term, so.items);
        continue;
      }
      const prior = checksByTerm.get(entry.term) ?? [];
      if (prior.some((f) => f.span.start < so.end && so.start < f.span.end)) continue;
      const finding = namedListing(doc, entry, so.items, so.start, so.end);
      added.push(finding);
      checksByTerm.set(entry.term, [...prior, finding]);
    }
  }
  return { textMembers, added };
}

function knownSlogan(
  doc: TifaDocument,
  entry: DictionaryEntry,
  spans: readonly KnownMatch[],
  checks: MemberFinding[],
  textMembers: string[] | undefined,
): NumberedSlogan {
  const occurrences = spans.map((x) => occurrenceAt(doc, x.start, x.end));
  const first = occurrences[0];
  const s: NumberedSlogan = {
    text: first ? doc.text.slice(first.start, first.end) : entry.term,
    canonical: entry.term,
    kind: 'numbered',
    known: true,
    category: entry.category,
    confidence: 1,
    count: occurrences.length,
    since: entry.since,
    surfaces: [...new Set(spans.map((x) => x.surface))],
    occurrences,
  };
  if (entry.members.length > 0) {
    s.members = [...entry.members];
    s.membersFrom = 'dictionary';
  } else if (textMembers) {
    s.members = textMembers;
    s.membersFrom = 'text';
  }
  const memberChecks = checks.sort((x, y) => x.span.start - y.span.start).map((f) => f.check);
  if (memberChecks.length > 0) s.memberChecks = memberChecks;
  return s;
}

/**
 * The numbered formulations as slogans: known ones (with their occurrences or member listings,
 * compared with the dictionary), then discovered ones.
 */
export function numberedSlogans(
  doc: TifaDocument,
  formulations: Formulations,
  entries: readonly DictionaryEntry[],
): NumberedResult {
  const knownByTerm = groupBy(formulations.known, (m) => m.entry.term);
  const checks = memberChecks(doc, memberIndex(entries));
  const checksByTerm = groupBy(checks, (f) => f.entry.term);
  const { textMembers, added } = spelledOutMembers(doc, knownByTerm, formulations, checksByTerm);
  const out: NumberedSlogan[] = [];
  for (const term of new Set([...knownByTerm.keys(), ...checksByTerm.keys()])) {
    const spans = knownByTerm.get(term) ?? [];
    const termChecks = checksByTerm.get(term) ?? [];
    const entry = spans[0]?.entry ?? termChecks[0]!.entry;
    out.push(knownSlogan(doc, entry, spans, termChecks, textMembers.get(term)));
  }
  for (const d of formulations.discovered) {
    const occurrences = d.spans.map((x) => occurrenceAt(doc, x.start, x.end));
    const s: NumberedSlogan = {
      text: doc.text.slice(occurrences[0]!.start, occurrences[0]!.end),
      canonical: d.text,
      kind: 'numbered',
      known: false,
      category: null,
      confidence: d.confidence,
      count: occurrences.length,
      surfaces: [d.text],
      shape: d.shape,
      evidence: d.evidence,
      occurrences,
    };
    if (d.members) {
      s.members = d.members;
      s.membersFrom = 'text';
    }
    out.push(s);
  }
  return { slogans: out, checks: [...checks, ...added] };
}

import type { Span, TifaDocument } from '../../document/types.js';
import { occurrenceAt } from '../evidence.js';
import { bracketDepth, type BracketPair } from './brackets.js';
import type { MemberFinding } from './members.js';
import { enumerations, headingParallels, type ParallelFinding, type Region } from './parallel.js';
import type { ParallelSlogan } from './types.js';

/** Sentences of the body and the contents of quotations: where enumerations are looked for. */
function regionsOf(doc: TifaDocument, pairs: readonly BracketPair[], depth: Uint8Array): Region[] {
  const regions: Region[] = [];
  for (const sen of doc.sentences)
    if (!doc.isExcluded(sen.nStart)) regions.push({ start: sen.nStart, end: sen.nEnd, base: 0, clean: false });
  for (const p of pairs)
    if (p.type === 'quote' && p.nClose > p.nOpen + 1)
      regions.push({ start: p.nOpen + 1, end: p.nClose, base: depth[p.nOpen]!, clean: true });
  return regions;
}

/**
 * Parallel constructions as slogans: enumerations (问题导向、目标导向、结果导向 → …导向), parallel
 * headings (在…上再…) and 一是…二是… series, one finding per distinct construction. An
 * enumeration that lists a known formulation's members (`checks`) names that formulation.
 */
export function parallelSlogans(
  doc: TifaDocument,
  pairs: readonly BracketPair[],
  checks: readonly MemberFinding[],
  maxItemLength: number,
): ParallelSlogan[] {
  const t = doc.normalized;
  const depth = bracketDepth(t.length, pairs);
  const finds: ParallelFinding[] = [
    ...enumerations(t, regionsOf(doc, pairs, depth), depth, maxItemLength),
    ...headingParallels(doc),
  ];
  const byKey = new Map<string, { finding: ParallelFinding; spans: Span[] }>();
  for (const f of finds) {
    const key = `${f.construction}\u0000${f.items.map((x) => t.slice(x.start, x.end)).join('、')}`;
    let g = byKey.get(key);
    if (!g) byKey.set(key, (g = { finding: f, spans: [] }));
    if (f.construction === 'enumeration')
      g.spans.push({ start: f.items[0]!.start, end: f.items[f.items.length - 1]!.end });
    else for (const x of f.items) g.spans.push({ start: x.start, end: x.end });
  }
  const out: ParallelSlogan[] = [];
  for (const { finding: f, spans } of byKey.values()) {
    spans.sort((x, y) => x.start - y.start);
    const occurrences = spans.map((x) => occurrenceAt(doc, x.start, x.end));
    const items = f.items.map((x) => t.slice(x.start, x.end));
    const enumeration = f.construction === 'enumeration';
    const s: ParallelSlogan = {
      text: enumeration
        ? doc.text.slice(occurrences[0]!.start, occurrences[0]!.end)
        : occurrences.map((o) => doc.text.slice(o.start, o.end)).join(' / '),
      canonical: enumeration ? items.join('、') : items.join(' / '),
      kind: 'parallel',
      known: false,
      category: null,
      confidence: f.confidence,
      count: occurrences.length,
      construction: f.construction,
      items,
      shared: f.shared,
      occurrences,
    };
    if (enumeration) {
      const link = checks.find((c) => spans.some((x) => c.span.start < x.end && x.start < c.span.end));
      if (link) {
        s.formulation = link.entry.term;
        s.category = link.entry.category;
      }
    }
    out.push(s);
  }
  return out;
}

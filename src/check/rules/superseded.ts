import { bundledCongresses, type Congress } from '../congresses.js';
import type { RawDiagnostic, Rule } from '../types.js';
import { bodyRanges, inBody } from '../text.js';

/** Sentences about the past (过去五年, 以来) may cite earlier meetings. */
const NARRATIVE = /过去|以来|期间|历次|召开|胜利/;

function documentDates(date: string | null, year: number | null): { earliest: string; latest: string } | null {
  if (date) return { earliest: date, latest: date };
  if (year === null) return null;
  return { earliest: `${year}-01-01`, latest: `${year}-12-31` };
}

function sentenceAround(text: string, at: number): string {
  const from = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at)) + 1;
  const stop = text.slice(at).search(/[。\n]/);
  return text.slice(from, stop < 0 ? text.length : at + stop);
}

/**
 * Meetings studied after they were superseded (十九届六中全会精神 in a 2023 report, after 二十大),
 * and meetings cited before they were held (二十届三中全会 in a report of March 2024).
 */
export const supersededReference: Rule = {
  id: 'superseded-reference',
  description: 'a party congress or plenum studied after the next congress superseded it, or cited before it was held',
  run: ({ doc }) => {
    const dates = documentDates(doc.date, doc.year);
    if (!dates) return [];
    const meetings = bundledCongresses();
    const congressOf = new Map(meetings.filter((c) => c.category === 'congress').map((c) => [c.term, c]));
    const names = [...meetings].sort((a, b) => b.name.length - a.name.length).map((c) => c.name);
    const byName = new Map(meetings.map((c) => [c.name, c]));
    const mention = new RegExp(`(?<![一二三四五六七八九十百千零〇0-9第前])(?:${names.join('|')})(精神)?`, 'g');
    const ranges = bodyRanges(doc);
    const out: RawDiagnostic[] = [];
    for (const m of doc.text.matchAll(mention)) {
      if (!inBody(ranges, m.index)) continue;
      const meeting = byName.get(m[0].replace(/精神$/, ''))!;
      const d = check(meeting, m, dates, congressOf, doc.text);
      if (d) out.push(d);
    }
    return out;
  },
};

function check(
  meeting: Congress,
  m: RegExpExecArray | RegExpMatchArray,
  dates: { earliest: string; latest: string },
  congressOf: Map<number, Congress>,
  text: string,
): RawDiagnostic | null {
  const at = m.index!;
  const span = { start: at, end: at + m[0].length };
  if (!m[1]) return null;
  if (meeting.opened > dates.latest)
    return {
      severity: 'error',
      ...span,
      key: 'meeting-not-held',
      params: { meeting: meeting.name, opened: meeting.opened },
    };
  const next = congressOf.get(meeting.term + 1);
  if (!next || next.closed >= dates.earliest) return null;
  if (NARRATIVE.test(sentenceAround(text, at))) return null;
  return {
    severity: 'warning',
    ...span,
    key: 'superseded-meeting',
    params: { meeting: meeting.name, next: next.name, closed: next.closed },
    values: { superseded: next.closed },
  };
}

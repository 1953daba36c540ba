import { matchHeading } from '../../document/index.js';
import type { TifaDocument } from '../../document/types.js';
import type { RawDiagnostic, Rule } from '../types.js';
import { bodyParagraphs, bodyRanges, cnNumber, cnNumeral, inBody } from '../text.js';

/** A numbered item: a heading (一、 （一） 1.) or an inline 一是… marker. */
interface Marker {
  kind: 'heading' | 'series';
  level: number;
  n: number;
  start: number;
  end: number;
}

const SERIES = /(?<=^|[。；;：:！？，,\s]|包括|即|主要有|主要是)(第?)([一二三四五六七八九十]{1,3})是(?![否非])/g;

/**
 * The numbered items of a document in text order: headings (levels 1–3, at paragraph starts)
 * and 一是/二是 markers (level 4).
 *
 * @example
 * ```ts
 * markers(doc).filter((m) => m.kind === 'series').map((m) => m.n); // [1, 2, 3, 1, 2]
 * ```
 */
export function markers(doc: TifaDocument): Marker[] {
  const out: Marker[] = [];
  for (const p of bodyParagraphs(doc)) {
    const lead = p.text.length - p.text.trimStart().length;
    const h = matchHeading(p.text.slice(lead));
    let from = 0;
    if (h) {
      const numberEnd = p.text.slice(lead).search(/[、）)．.]/) + 1;
      out.push({
        kind: 'heading',
        level: h.level,
        n: h.number,
        start: p.start + lead,
        end: p.start + lead + numberEnd,
      });
      from = lead + numberEnd;
    }
    for (const m of p.text.slice(from).matchAll(SERIES)) {
      const n = cnNumber(m[2]!);
      if (Number.isNaN(n) || m[1]) continue;
      const start = p.start + from + m.index;
      out.push({ kind: 'series', level: 4, n, start, end: start + m[0].length });
    }
  }
  return out;
}

function seriesLabel(n: number): string {
  return `${cnNumeral(n)}是`;
}

/** The next marker of the same kind and level before a heading of a higher level, or undefined. */
function nextSibling(all: Marker[], k: number): Marker | undefined {
  const m = all[k]!;
  for (const x of all.slice(k + 1)) {
    if (x.kind === 'heading' && x.level < m.level) return undefined;
    if (x.kind === m.kind && x.level === m.level) return x;
  }
  return undefined;
}

/**
 * The number a marker out of sequence stands for: one mislabelled item (一、三、三、 or
 * 一是…三是…三是: the next item confirms the expected number) takes the expected number, so
 * the items after it are not reported as well; otherwise the number as written.
 */
function carriedNumber(found: number, expected: number, next: Marker | undefined): number {
  return next && (next.n === found || next.n === expected + 1) ? expected : found;
}

/** 一是/二是/三是 series with a gap or a repeat; nested series (一是…一是…二是…三是) are followed. */
function checkSeries(all: Marker[]): RawDiagnostic[] {
  const out: RawDiagnostic[] = [];
  let stack: number[] = [];
  all.forEach((m, k) => {
    if (m.kind === 'heading') {
      stack = [];
      return;
    }
    if (m.n === 1) {
      stack.push(1);
      return;
    }
    const depth = stack.lastIndexOf(m.n - 1);
    if (depth >= 0) {
      stack = stack.slice(0, depth + 1);
      stack[depth] = m.n;
      return;
    }
    if (stack.length === 0) {
      stack.push(m.n);
      return;
    }
    const last = stack.at(-1)!;
    const key = m.n <= last ? 'series-repeat' : 'series-gap';
    out.push({
      severity: 'error',
      start: m.start,
      end: m.end,
      key,
      params: { found: seriesLabel(m.n), previous: seriesLabel(last), expected: seriesLabel(last + 1) },
      suggestion: seriesLabel(last + 1),
    });
    stack[stack.length - 1] = carriedNumber(m.n, last + 1, nextSibling(all, k));
  });
  return out;
}

const HEADING_FORM = [
  '',
  (n: number) => `${cnNumeral(n)}、`,
  (n: number) => `（${cnNumeral(n)}）`,
  (n: number) => `${n}.`,
];

/** Headings out of order or repeated at their level (一、二、四、; （一）（一）). */
function checkHeadings(all: Marker[]): RawDiagnostic[] {
  const out: RawDiagnostic[] = [];
  const last = new Map<number, number>();
  all.forEach((m, k) => {
    if (m.kind !== 'heading') return;
    for (const level of [...last.keys()]) if (level > m.level) last.delete(level);
    const prev = last.get(m.level) ?? 0;
    last.set(m.level, m.n);
    if (m.n === prev + 1 || m.n === 1 || prev === 0) return;
    const form = HEADING_FORM[m.level] as (n: number) => string;
    out.push({
      severity: 'error',
      start: m.start,
      end: m.end,
      key: m.n <= prev ? 'heading-repeat' : 'heading-gap',
      params: { found: form(m.n), previous: form(prev), expected: form(prev + 1) },
      suggestion: form(prev + 1),
    });
    last.set(m.level, carriedNumber(m.n, prev + 1, nextSibling(all, k)));
  });
  return out;
}

/** 一是/二是 series with gaps or repeats. */
export const seriesNumbering: Rule = {
  id: 'series-numbering',
  description: '一是、二是、三是 series with a gap (一是…二是…四是) or a repeat',
  run: ({ doc }) => checkSeries(markers(doc)),
};

/** Headings out of order or repeated. */
export const headingNumbering: Rule = {
  id: 'heading-numbering',
  description: 'headings (一、 （一） 1.) out of order or repeated',
  run: ({ doc }) => checkHeadings(markers(doc)),
};

const ANNOUNCED =
  /(?:以下|如下|下列|下面|讲|谈|提出|突出|抓好|做到|把握|体现在)([两二三四五六七八九十]{1,2})(?:个方面|方面|点意见|点建议|点体会|点认识|点|个问题|项工作|项任务|项措施)/g;
/** How far after an announcement its first item may start. */
const ITEMS_WITHIN = 60;

/** The items that follow an announcement: the run of markers numbered 1, 2, 3 … of one kind and level. */
function itemsAfter(all: Marker[], at: number): Marker[] {
  const firstIndex = all.findIndex((m) => m.start > at && m.n === 1);
  const first = all[firstIndex];
  if (!first || first.start - at > ITEMS_WITHIN) return [];
  const run = [first];
  for (const m of all.slice(firstIndex + 1)) {
    if (m.kind === 'heading' && m.level < first.level) break;
    if (m.kind !== first.kind || m.level !== first.level) continue;
    if (m.n !== run.length + 1) break;
    run.push(m);
  }
  return run;
}

/** An announced count (以下三个方面, 我讲四点意见) that differs from the items that follow. */
export const announcedCount: Rule = {
  id: 'announced-count',
  description: 'an announced count (以下三个方面, 我讲四点意见) that differs from the items that follow',
  run: ({ doc }) => {
    const all = markers(doc);
    const ranges = bodyRanges(doc);
    const out: RawDiagnostic[] = [];
    for (const a of doc.text.matchAll(ANNOUNCED)) {
      const announced = cnNumber(a[1]!);
      if (!inBody(ranges, a.index) || Number.isNaN(announced)) continue;
      const items = itemsAfter(all, a.index + a[0].length);
      if (items.length < 2 || items.length === announced) continue;
      out.push({
        severity: 'error',
        start: a.index,
        end: a.index + a[0].length,
        key: 'announced-count',
        params: { text: a[0], announced, listed: items.length },
        suggestion: a[0].replace(a[1]!, items.length === 2 ? '两' : cnNumeral(items.length)),
        related: items.map((m) => ({ start: m.start, end: m.end })),
        values: { announced, listed: items.length },
      });
    }
    return out;
  },
};

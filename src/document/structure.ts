import { smallChineseNumber } from '../numbers/index.js';
import { HEADING_START } from './normalize.js';

/** What a top-level section does in the genre. */
export type SectionRole = 'review' | 'problems' | 'plans' | 'other';

/** A span of the normalized text (internal coordinates). */
export interface NSpan {
  nStart: number;
  nEnd: number;
}

/** Why a span is excluded from analysis. */
export type ExclusionReason = 'metadata' | 'site-header' | 'paywall' | 'licence-footer';

/** Structure found in the normalized text (all offsets normalized). */
export interface RawStructure {
  title: (NSpan & { text: string }) | null;
  date: (NSpan & { text: string; iso: string }) | null;
  excluded: Array<NSpan & { reason: ExclusionReason }>;
  body: NSpan;
  sections: Array<
    NSpan & { title: string; level: number; number: number; headingEnd: number; parent: number; role: SectionRole }
  >;
  paragraphs: NSpan[];
  sentences: Array<NSpan & { section: number }>;
  reviewYear: number | null;
}

const METADATA_LINE =
  /^(?:时间|日期|发布时间|发布日期|字数|来源|作者|浏览|浏览次数|阅读|阅读量|点击|编辑|责任编辑|分类|标签|页数|下载次数)\s*[:：]/;
const PAYWALL_LINE =
  /剩余\s*\d+\s*%\s*的内容|内容被锁住|^阅读全文|^展开全文|^下载文档|^复制下载$|^立即下载|^付费下载|^VIP|^登录后|^免费下载|^原创力文档|^文档下载/;
const SENT_END = /[。！？!?]/;
const DATE_LINE = /^[（(]?\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[）)]?$/;
const TIME_LINE = /^(?:时间|日期|发布时间|发布日期)\s*[:：]\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/;

interface Line {
  from: number;
  to: number;
  text: string; // trimmed
  lead: number; // offset of the first non-space character
}

function splitLines(t: string): Line[] {
  const lines: Line[] = [];
  let s = 0;
  for (let i = 0; i <= t.length; i++) {
    if (i === t.length || t.charCodeAt(i) === 10) {
      const raw = t.slice(s, i);
      const lead = raw.length - raw.trimStart().length;
      lines.push({ from: s, to: i, text: raw.trim(), lead: s + lead });
      s = i + 1;
    }
  }
  return lines;
}

/** Classifies a top-level heading into its role in the genre. */
export function headingRole(title: string): SectionRole {
  if (/问题|不足|差距|短板|薄弱|教训|困难和挑战|矛盾/.test(title)) return 'problems';
  if (/下一步|打算|安排|任务|计划|思路|目标|展望|举措|部署|要求|意见建议|努力方向/.test(title)) return 'plans';
  if (/回顾|成效|成绩|总体情况|工作情况|主要工作|进展|做法|经验|基本情况|总结|过去/.test(title)) return 'review';
  return 'other';
}

type Excluded = RawStructure['excluded'];

/** What the steps of {@link parseStructure} share: the text, its lines and what is excluded so far. */
interface Scan {
  t: string;
  lines: Line[];
  excluded: Excluded;
  isExcluded: Uint8Array;
  /** Normalized offsets of list items whose marker became spaces (see `normalize`). */
  items: Set<number>;
  date: RawStructure['date'];
}

/** Footer: from the first licence-footer line to the end. Returns the index of the first footer line. */
function findFooter(scan: Scan): number {
  const { t, lines } = scan;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    const footer =
      /^本作品(?:是|在)/.test(l.text) &&
      /中华人民共和国|公有领域|著作权/.test(t.slice(l.from, Math.min(t.length, l.from + 400)));
    if (!footer) continue;
    scan.excluded.push({ nStart: l.lead, nEnd: trimEnd(t, t.length), reason: 'licence-footer' });
    scan.isExcluded.fill(1, k);
    return k;
  }
  return lines.length;
}

/** Metadata and paywall lines anywhere before the footer; returns the first line that reads as prose (or -1). */
function scanMetadata(scan: Scan, bodyEndLine: number): number {
  let firstProse = -1;
  for (let k = 0; k < bodyEndLine; k++) {
    const l = scan.lines[k]!;
    if (!l.text) continue;
    if (firstProse < 0 && (/[，。；]/.test(l.text) || /[：:]$/.test(l.text)) && !METADATA_LINE.test(l.text))
      firstProse = k;
    const m = TIME_LINE.exec(l.text);
    if (m && !scan.date)
      scan.date = { nStart: l.lead, nEnd: l.lead + l.text.length, text: l.text, iso: iso(m[1]!, m[2]!, m[3]!) };
    const reason = METADATA_LINE.test(l.text) ? 'metadata' : PAYWALL_LINE.test(l.text) ? 'paywall' : null;
    if (reason) {
      scan.excluded.push({ nStart: l.lead, nEnd: l.lead + l.text.length, reason });
      scan.isExcluded[k] = 1;
    }
  }
  if (firstProse >= 0) return firstProse;
  // No line reads as prose: the first line may be a title, the rest is the body (a single line is all body).
  const nonEmpty: number[] = [];
  for (let k = 0; k < bodyEndLine && nonEmpty.length < 2; k++)
    if (scan.lines[k]!.text && !scan.isExcluded[k]) nonEmpty.push(k);
  return nonEmpty.length > 1 ? nonEmpty[1]! : (nonEmpty[0] ?? bodyEndLine);
}

/** Whether a line is a list item (its marker, now spaces, sits before its first character). */
function isItemLine(scan: Scan, l: Line): boolean {
  for (let x = l.from; x < l.lead; x++) if (scan.items.has(x)) return true;
  return false;
}

/**
 * The header zone before the first prose line: title lines, a date line, site names (excluded)
 * and a speaker's name. A heading or list item opens the body early. Returns the body's first line.
 */
function readHeader(scan: Scan, firstProse: number, titleParts: Line[]): number {
  for (let k = 0; k < firstProse; k++) {
    const l = scan.lines[k]!;
    if (!l.text || scan.isExcluded[k]) continue;
    const d = DATE_LINE.exec(l.text);
    if (d) {
      scan.date ??= { nStart: l.lead, nEnd: l.lead + l.text.length, text: l.text, iso: iso(d[1]!, d[2]!, d[3]!) };
      continue;
    }
    if (HEADING_START.test(l.text) || isItemLine(scan, l)) return k; // a heading before the first prose line opens the body
    // Title lines come first; a short line after the date/metadata is a site name.
    const afterMeta = scan.excluded.some((e) => e.reason === 'metadata' && e.nStart < l.from);
    const looksLikeTitle = l.text.length >= 6 && l.text.length <= 80 && !/[。；]/.test(l.text);
    if (looksLikeTitle && titleParts.length < 3 && !afterMeta) {
      titleParts.push(l);
      continue;
    }
    const speaker =
      l.text.replace(/\s/g, '').length <= 6 && titleParts.length > 0 && /^[\u4e00-\u9fff\s]+$/.test(l.text);
    if (!afterMeta && speaker) continue; // speaker's name under a title (习　近　平)
    scan.excluded.push({ nStart: l.lead, nEnd: l.lead + l.text.length, reason: 'site-header' });
    scan.isExcluded[k] = 1;
  }
  return firstProse;
}

function titleOf(titleParts: Line[]): RawStructure['title'] {
  if (titleParts.length === 0) return null;
  const first = titleParts[0]!;
  const last = titleParts[titleParts.length - 1]!;
  const text = titleParts
    .map((p) => p.text)
    .join(' ')
    .replace(/\s+(——)/g, '$1');
  return { nStart: first.lead, nEnd: last.lead + last.text.length, text };
}

/** The body's end: the footer, moved back over paywall lines at the end. */
function bodyEndOf(scan: Scan, bodyStartLine: number, bodyEndLine: number, bodyStart: number): number {
  const { t, lines } = scan;
  let bodyEnd = bodyEndLine < lines.length ? lines[bodyEndLine]!.from : t.length;
  bodyEnd = Math.max(bodyStart, trimEnd(t, bodyEnd));
  for (let k = bodyEndLine - 1; k >= bodyStartLine; k--) {
    const l = lines[k]!;
    if (!l.text) continue;
    if (!scan.isExcluded[k]) break;
    bodyEnd = Math.min(bodyEnd, trimEnd(t, l.from));
  }
  return bodyEnd;
}

type RawSection = RawStructure['sections'][number];

/** Builds sections from headings as they come: a heading closes open sections of its level or deeper. */
class SectionBuilder {
  readonly sections: RawSection[] = [];
  private readonly open: number[] = []; // stack of open section indexes by level
  private readonly lastNumber = new Map<number, number>();

  constructor(
    private readonly t: string,
    private readonly bodyEnd: number,
  ) {}

  /** Whether a heading numbered `number` at `level` continues the numbering (一、 after 一、 does not). */
  follows(level: number, number: number): boolean {
    const prev = this.lastNumber.get(level) ?? 0;
    return number === prev + 1 || (number === 1 && prev !== 0 && level > 1) || (level === 1 && number === 1);
  }

  start(level: number, number: number, nStart: number, headingEnd: number, title: string): void {
    const { sections, open } = this;
    while (open.length > 0 && sections[open[open.length - 1]!]!.level >= level)
      sections[open.pop()!]!.nEnd = trimEnd(this.t, nStart);
    const parent = open.length > 0 ? open[open.length - 1]! : -1;
    const role = parent >= 0 ? sections[parent]!.role : headingRole(title);
    sections.push({ nStart, nEnd: this.bodyEnd, title, level, number, headingEnd, parent, role });
    open.push(sections.length - 1);
    for (const deeper of [...this.lastNumber.keys()]) if (deeper > level) this.lastNumber.delete(deeper);
    this.lastNumber.set(level, number);
  }

  close(): RawSection[] {
    while (this.open.length > 0) this.sections[this.open.pop()!]!.nEnd = this.bodyEnd;
    return this.sections;
  }
}

/** Inline items 一是…二是… of a paragraph, as level-4 sections. */
function inlineItems(t: string, from: number, to: number, builder: SectionBuilder): void {
  const re = /(^|[。；：！？])\s*([一二三四五六七八九十]{1,2})是/g;
  const text = t.slice(from, to);
  let expect = 1;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const num = smallChineseNumber(m[2]!);
    if (num !== expect) continue;
    expect++;
    const itemStart = from + m.index + m[0].length - m[2]!.length - 1;
    const rest = t.slice(itemStart, to);
    const stop = rest.search(SENT_END);
    const len = stop >= 0 && stop < 80 ? stop + 1 : Math.min(rest.length, 40);
    builder.start(4, num, itemStart, itemStart + len, t.slice(itemStart, itemStart + len));
  }
}

/** Paragraphs (non-empty body lines) and sections (headings, inline items) of the body. */
function readBody(scan: Scan, firstLine: number, lastLine: number, bodyEnd: number) {
  const { t, lines } = scan;
  const paragraphs: NSpan[] = [];
  const builder = new SectionBuilder(t, bodyEnd);
  let reviewYear: number | null = null;
  for (let k = firstLine; k < lastLine; k++) {
    const l = lines[k]!;
    if (!l.text || scan.isExcluded[k] || l.lead >= bodyEnd) continue;
    const pEnd = Math.min(l.lead + l.text.length, bodyEnd);
    paragraphs.push({ nStart: l.lead, nEnd: pEnd });
    const h = matchHeading(l.text);
    if (h && builder.follows(h.level, h.number)) {
      const end = l.lead + h.titleLength;
      const heading = t.slice(l.lead, end);
      builder.start(h.level, h.number, l.lead, end, heading);
      const ry = /^\D{0,4}(\d{4})年[^。]{0,12}(?:工作回顾|回顾)/.exec(heading);
      if (ry && h.level === 1) reviewYear = Number(ry[1]);
    }
    inlineItems(t, l.lead, pEnd, builder);
  }
  return { paragraphs, sections: builder.close(), reviewYear };
}

/** Sentences within paragraphs, each with its deepest section. */
function readSentences(t: string, paragraphs: NSpan[], sections: RawSection[]): RawStructure['sentences'] {
  const sentences: RawStructure['sentences'] = [];
  let si = 0; // section cursor (sections are sorted by start)
  const sectionAt = (pos: number): number => {
    let best = -1;
    for (let x = si; x < sections.length; x++) {
      const s = sections[x]!;
      if (s.nStart > pos) break;
      if (pos < s.nEnd) best = x;
    }
    // advance the cursor past sections that ended
    while (si < sections.length && sections[si]!.nEnd <= pos && sections[si]!.level === 1) si++;
    if (best >= 0) return best;
    for (let x = 0; x < sections.length; x++) {
      const s = sections[x]!;
      if (s.nStart <= pos && pos < s.nEnd && (best < 0 || s.level > sections[best]!.level)) best = x;
    }
    return best;
  };
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(t[a]!)) a++;
    while (b > a && /\s/.test(t[b - 1]!)) b--;
    if (b > a) sentences.push({ nStart: a, nEnd: b, section: sectionAt(a) });
  };
  for (const p of paragraphs) {
    let s = p.nStart;
    for (let i = p.nStart; i < p.nEnd; i++) {
      if (!SENT_END.test(t[i]!)) continue;
      let e = i + 1;
      while (e < p.nEnd && /[”’」』）)]/.test(t[e]!)) e++;
      push(s, e);
      s = e;
      i = e - 1;
    }
    if (s < p.nEnd) push(s, p.nEnd);
  }
  return sentences;
}

/**
 * Finds the structure of a normalized report: title, date, scraped boilerplate, the body,
 * sections by heading level (`一、` = 1, `（一）` = 2, `1.` = 3, inline `一是…` = 4) with their
 * role, paragraphs and sentences. `items` lists the list items `normalize` found (their
 * markers became spaces): an item before any prose opens the body.
 *
 * @example
 * ```ts
 * const { normalized, items } = normalize(text);
 * parseStructure(normalized, items).sections.map((x) => x.title);
 * ```
 */
export function parseStructure(t: string, items: readonly number[] = []): RawStructure {
  const lines = splitLines(t);
  const scan: Scan = {
    t,
    lines,
    excluded: [],
    isExcluded: new Uint8Array(lines.length),
    items: new Set(items),
    date: null,
  };
  const bodyEndLine = findFooter(scan);
  const titleParts: Line[] = [];
  const bodyStartLine = readHeader(scan, scanMetadata(scan, bodyEndLine), titleParts);
  const bodyStart = bodyStartLine < lines.length ? lines[bodyStartLine]!.from : t.length;
  const bodyEnd = bodyEndOf(scan, bodyStartLine, bodyEndLine, bodyStart);
  const { paragraphs, sections, reviewYear } = readBody(scan, bodyStartLine, bodyEndLine, bodyEnd);
  return {
    title: titleOf(titleParts),
    date: scan.date,
    excluded: scan.excluded.sort((a, b) => a.nStart - b.nStart),
    body: { nStart: bodyStart, nEnd: bodyEnd },
    sections,
    paragraphs,
    sentences: readSentences(t, paragraphs, sections),
    reviewYear,
  };
}

function trimEnd(t: string, end: number): number {
  while (end > 0 && /\s/.test(t[end - 1]!)) end--;
  return end;
}

function iso(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** Recognizes a heading at the start of a line: its level, number and the length of its title. */
export function matchHeading(line: string): { level: number; number: number; titleLength: number } | null {
  let m = /^([一二三四五六七八九十]{1,3})、/.exec(line);
  let level = 1;
  if (!m) {
    m = /^[（(]([一二三四五六七八九十]{1,3})[）)]/.exec(line);
    level = 2;
  }
  if (!m) {
    m = /^(\d{1,2})[.．、](?![\d%])/.exec(line);
    level = 3;
  }
  if (!m) return null;
  const number = smallChineseNumber(m[1]!);
  if (!Number.isFinite(number) || number < 1) return null;
  const stop = line.search(SENT_END);
  let titleLength: number;
  if (stop < 0) titleLength = line.length;
  else titleLength = stop + 1;
  if (titleLength > 90) {
    // a numbered paragraph rather than a heading: take the lead clause only
    const comma = line.slice(0, 90).search(/[，；：]/);
    titleLength = comma > 0 ? comma : Math.min(line.length, 40);
  }
  return { level, number, titleLength };
}

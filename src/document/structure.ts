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
const _FOOTER_START = /^本作品(?:是|在)|^Public domain$|属于\s*$|^公有领域$/;
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

/**
 * Finds the structure of a normalized report: title, date, scraped boilerplate, the body,
 * sections by heading level (`一、` = 1, `（一）` = 2, `1.` = 3, inline `一是…` = 4) with their
 * role, paragraphs and sentences.
 *
 * @example
 * ```ts
 * const s = parseStructure(normalize(text).normalized);
 * s.sections.map((x) => x.title);
 * ```
 */
export function parseStructure(t: string): RawStructure {
  const lines = splitLines(t);
  const excluded: RawStructure['excluded'] = [];
  const isExcluded = new Uint8Array(lines.length);
  let title: RawStructure['title'] = null;
  let date: RawStructure['date'] = null;

  // Footer: from the first footer line to the end.
  let bodyEndLine = lines.length;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    if (
      /^本作品(?:是|在)/.test(l.text) &&
      /中华人民共和国|公有领域|著作权/.test(t.slice(l.from, Math.min(t.length, l.from + 400)))
    ) {
      bodyEndLine = k;
      break;
    }
  }
  if (bodyEndLine < lines.length) {
    const from = lines[bodyEndLine]!.lead;
    excluded.push({ nStart: from, nEnd: trimEnd(t, t.length), reason: 'licence-footer' });
    for (let k = bodyEndLine; k < lines.length; k++) isExcluded[k] = 1;
  }
  // Metadata and paywall lines anywhere; site-header lines in the header zone.
  let firstProse = -1;
  for (let k = 0; k < bodyEndLine; k++) {
    const l = lines[k]!;
    if (!l.text) continue;
    if (firstProse < 0 && (/[，。；]/.test(l.text) || /[：:]$/.test(l.text)) && !METADATA_LINE.test(l.text))
      firstProse = k;
    const m = TIME_LINE.exec(l.text);
    if (m && !date)
      date = { nStart: l.lead, nEnd: l.lead + l.text.length, text: l.text, iso: iso(m[1]!, m[2]!, m[3]!) };
    if (METADATA_LINE.test(l.text)) {
      excluded.push({ nStart: l.lead, nEnd: l.lead + l.text.length, reason: 'metadata' });
      isExcluded[k] = 1;
    } else if (PAYWALL_LINE.test(l.text)) {
      excluded.push({ nStart: l.lead, nEnd: l.lead + l.text.length, reason: 'paywall' });
      isExcluded[k] = 1;
    }
  }
  if (firstProse < 0) {
    // No line reads as prose: the first line may be a title, the rest is the body
    // (a single line is all body).
    const nonEmpty: number[] = [];
    for (let k = 0; k < bodyEndLine && nonEmpty.length < 2; k++) if (lines[k]!.text && !isExcluded[k]) nonEmpty.push(k);
    firstProse = nonEmpty.length > 1 ? nonEmpty[1]! : (nonEmpty[0] ?? bodyEndLine);
  }
  // Header zone: title lines, date line, site names.
  const titleParts: Line[] = [];
  for (let k = 0; k < firstProse; k++) {
    const l = lines[k]!;
    if (!l.text || isExcluded[k]) continue;
    const d = DATE_LINE.exec(l.text);
    if (d) {
      if (!date) date = { nStart: l.lead, nEnd: l.lead + l.text.length, text: l.text, iso: iso(d[1]!, d[2]!, d[3]!) };
      continue;
    }
    if (HEADING_START.test(l.text)) {
      // a heading before the first prose line opens the body
      firstProse = k;
      break;
    }
    const looksLikeTitle = l.text.length >= 6 && l.text.length <= 80 && !/[。；]/.test(l.text);
    if (looksLikeTitle && (titleParts.length === 0 || titleParts.length < 3)) {
      // Title lines come first; a short line after the date/metadata is a site name.
      const afterMeta = excluded.some((e) => e.reason === 'metadata' && e.nStart < l.from);
      if (!afterMeta) {
        titleParts.push(l);
        continue;
      }
    }
    const afterMeta = excluded.some((e) => e.reason === 'metadata' && e.nStart < l.from);
    if (
      !afterMeta &&
      l.text.replace(/\s/g, '').length <= 6 &&
      titleParts.length > 0 &&
      /^[\u4e00-\u9fff\s]+$/.test(l.text)
    ) {
      continue; // speaker's name under a title (习　近　平)
    }
    excluded.push({ nStart: l.lead, nEnd: l.lead + l.text.length, reason: 'site-header' });
    isExcluded[k] = 1;
  }
  if (titleParts.length > 0) {
    const first = titleParts[0]!;
    const last = titleParts[titleParts.length - 1]!;
    title = {
      nStart: first.lead,
      nEnd: last.lead + last.text.length,
      text: titleParts
        .map((p) => p.text)
        .join(' ')
        .replace(/\s+(——)/g, '$1'),
    };
  }

  // Body: from the first non-header line to the footer.
  const bodyStartLine = firstProse;
  const bodyStart = bodyStartLine < lines.length ? lines[bodyStartLine]!.from : t.length;
  let bodyEnd = bodyEndLine < lines.length ? lines[bodyEndLine]!.from : t.length;
  bodyEnd = Math.max(bodyStart, trimEnd(t, bodyEnd));
  // Paywall lines at the end of the body shorten it.
  for (let k = bodyEndLine - 1; k >= bodyStartLine; k--) {
    const l = lines[k]!;
    if (!l.text) continue;
    if (isExcluded[k]) {
      bodyEnd = Math.min(bodyEnd, trimEnd(t, l.from));
      continue;
    }
    break;
  }

  // Paragraphs and sections.
  const paragraphs: NSpan[] = [];
  const sections: RawStructure['sections'] = [];
  const open: number[] = []; // stack of open section indexes by level
  const lastNumber = new Map<number, number>();
  let reviewYear: number | null = null;
  const startSection = (level: number, number: number, nStart: number, headingEnd: number, titleText: string) => {
    // close sections of this level or deeper
    while (open.length > 0 && sections[open[open.length - 1]!]!.level >= level) {
      sections[open.pop()!]!.nEnd = trimEnd(t, nStart);
    }
    const parent = open.length > 0 ? open[open.length - 1]! : -1;
    const parentRole = parent >= 0 ? sections[parent]!.role : null;
    const role = parentRole ?? headingRole(titleText);
    sections.push({ nStart, nEnd: bodyEnd, title: titleText, level, number, headingEnd, parent, role });
    open.push(sections.length - 1);
    for (const deeper of [...lastNumber.keys()]) if (deeper > level) lastNumber.delete(deeper);
    lastNumber.set(level, number);
  };
  for (let k = bodyStartLine; k < bodyEndLine; k++) {
    const l = lines[k]!;
    if (!l.text || isExcluded[k] || l.lead >= bodyEnd) continue;
    const pEnd = Math.min(l.lead + l.text.length, bodyEnd);
    paragraphs.push({ nStart: l.lead, nEnd: pEnd });
    const h = matchHeading(l.text);
    if (h) {
      const prev = lastNumber.get(h.level) ?? 0;
      const ok =
        h.number === prev + 1 || (h.number === 1 && prev !== 0 && h.level > 1) || (h.level === 1 && h.number === 1);
      if (ok) {
        const end = l.lead + h.titleLength;
        const heading = t.slice(l.lead, end);
        startSection(h.level, h.number, l.lead, end, heading);
        const ry = /^\D{0,4}(\d{4})年[^。]{0,12}(?:工作回顾|回顾)/.exec(heading);
        if (ry && h.level === 1) reviewYear = Number(ry[1]);
      }
    }
    // inline items 一是…二是…
    const re = /(^|[。；：！？])\s*([一二三四五六七八九十]{1,2})是/g;
    let m: RegExpExecArray | null;
    const text = t.slice(l.lead, pEnd);
    let expect = 1;
    while ((m = re.exec(text)) !== null) {
      const num = smallChineseNumber(m[2]!);
      if (num !== expect) continue;
      expect++;
      const itemStart = l.lead + m.index + m[0].length - m[2]!.length - 1;
      const rest = t.slice(itemStart, pEnd);
      const stop = rest.search(SENT_END);
      const len = stop >= 0 && stop < 80 ? stop + 1 : Math.min(rest.length, 40);
      startSection(4, num, itemStart, itemStart + len, t.slice(itemStart, itemStart + len));
    }
  }
  while (open.length > 0) sections[open.pop()!]!.nEnd = bodyEnd;

  // Sentences, within paragraphs.
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
    if (best < 0) {
      for (let x = 0; x < sections.length; x++) {
        const s = sections[x]!;
        if (s.nStart <= pos && pos < s.nEnd && (best < 0 || s.level > sections[best]!.level)) best = x;
      }
    }
    return best;
  };
  for (const p of paragraphs) {
    let s = p.nStart;
    for (let i = p.nStart; i < p.nEnd; i++) {
      const c = t[i]!;
      if (c === '。' || c === '！' || c === '？' || c === '!' || c === '?') {
        let e = i + 1;
        while (e < p.nEnd && /[”’」』）)]/.test(t[e]!)) e++;
        pushSentence(s, e);
        s = e;
        i = e - 1;
      }
    }
    if (s < p.nEnd) pushSentence(s, p.nEnd);
  }
  function pushSentence(a: number, b: number) {
    while (a < b && /\s/.test(t[a]!)) a++;
    while (b > a && /\s/.test(t[b - 1]!)) b--;
    if (b > a) sentences.push({ nStart: a, nEnd: b, section: sectionAt(a) });
  }

  return {
    title,
    date,
    excluded: excluded.sort((a, b) => a.nStart - b.nStart),
    body: { nStart: bodyStart, nEnd: bodyEnd },
    sections,
    paragraphs,
    sentences,
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

/**
 * Layout of PDF text: lines from positioned text runs, running headers/footers and page
 * numbers dropped, lines that layout broke joined into paragraphs. Pure functions of the
 * positioned runs, so they are tested without a PDF.
 */

/** A positioned run of text, as pdf.js gives it (`transform[4]`, `transform[5]`). */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A line of one page. */
export interface PdfLine {
  text: string;
  x: number;
  y: number;
  right: number;
  size: number;
}

/** A run belongs to the current line when its baseline is within this share of the font size. */
const SAME_LINE = 0.5;
/** A horizontal gap wider than this share of the font size between Latin runs is a space. */
const WORD_GAP = 0.2;
/** Lines looked at as running header or footer, at the top and at the bottom of each page. */
const MARGIN_LINES = 2;
/** A margin line repeated on at least this share of the pages is a running header or footer. */
const RUNNING_SHARE = 0.5;
/** Next line of the same paragraph: baseline at most this many font sizes lower. */
const LINE_GAP = 1.6;
/** A line ending within this many font sizes of the right margin was broken by layout (ragged right). */
const RIGHT_SLACK = 3;
/** … and a line ending with a full stop only when it reaches the margin this closely. */
const RIGHT_SLACK_AT_STOP = 1;
/** A line indented more than this many font sizes starts a paragraph. */
const INDENT = 1.5;

/** Characters between which a line break or a gap is no space: Chinese, its punctuation and quotes. */
const CJK = /[\u2018-\u201f\u2026\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
/** Page numbers: `— 3 —`, `- 3 -`, `3/12`, `第3页`, `第 3 页 共 12 页`, `Page 3 of 12`, `3`. */
export const PAGE_NUMBER =
  /^(?:[-—–－_\s]*\d{1,4}[-—–－_\s]*|\d{1,4}\s*\/\s*\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?)$/i;

/**
 * Groups a page's runs into lines (baseline within half a font size), top to bottom.
 * Runs are joined without a space, except a visible gap between Latin letters or digits.
 *
 * @example
 * ```ts
 * pageLines([{ str: '全年召开', x: 30, y: 700, width: 56, size: 14 }, { str: '会议36次', x: 86, y: 700, width: 60, size: 14 }]);
 * // [{ text: '全年召开会议36次', … }]
 * ```
 */
export function pageLines(runs: TextRun[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | null = null;
  for (const run of runs) {
    if (run.str.length === 0) continue;
    if (current && Math.abs(run.y - current.y) <= SAME_LINE * Math.max(run.size, current.size)) {
      const gap = run.x - current.right;
      const latinJoin = !CJK.test(current.text.slice(-1)) && !CJK.test(run.str[0]!);
      const space = gap > WORD_GAP * run.size && latinJoin && !/\s$/.test(current.text) && !/^\s/.test(run.str);
      current.text += (space ? ' ' : '') + run.str;
      current.right = Math.max(current.right, run.x + run.width);
      current.size = Math.max(current.size, run.size);
      continue;
    }
    current = { text: run.str, x: run.x, y: run.y, right: run.x + run.width, size: run.size };
    lines.push(current);
  }
  for (const l of lines) l.text = l.text.replace(/\s+/g, ' ').trim();
  // Top to bottom (running headers are often drawn last); a stable sort keeps the order within a line.
  return lines.filter((l) => l.text.length > 0).sort((a, b) => b.y - a.y);
}

/** A margin line's identity across pages: digits (page numbers, dates) and spaces ignored. */
function marginKey(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, '');
}

function marginIndexes(count: number): number[] {
  const out = new Set<number>();
  for (let i = 0; i < Math.min(MARGIN_LINES, count); i++) {
    out.add(i);
    out.add(count - 1 - i);
  }
  return [...out];
}

/**
 * Drops running headers and footers (a top or bottom line repeated, digits aside, on at least
 * half of the pages) and page numbers (`— 3 —`, `3/12`, `第3页`) at the top or bottom of a page.
 *
 * @example
 * ```ts
 * dropRunningLines([[head, body1, foot1], [head, body2, foot2]]); // [[body1], [body2]]
 * ```
 */
export function dropRunningLines(pages: PdfLine[][]): PdfLine[][] {
  const seenOn = new Map<string, number>();
  for (const lines of pages) {
    const keys = new Set(marginIndexes(lines.length).map((i) => marginKey(lines[i]!.text)));
    for (const k of keys) seenOn.set(k, (seenOn.get(k) ?? 0) + 1);
  }
  const minPages = Math.max(2, Math.ceil(pages.length * RUNNING_SHARE));
  return pages.map((lines) => {
    const drop = new Set<number>();
    for (const i of marginIndexes(lines.length)) {
      const text = lines[i]!.text;
      if (PAGE_NUMBER.test(text) || (seenOn.get(marginKey(text)) ?? 0) >= minPages) drop.add(i);
    }
    return lines.filter((_, i) => !drop.has(i));
  });
}

/** The right margin of a page: the right edge most body lines reach. */
function rightMargin(lines: PdfLine[]): number {
  let margin = 0;
  for (const l of lines) if (l.text.length >= 10) margin = Math.max(margin, l.right);
  return margin;
}

function leftMargin(lines: PdfLine[]): number {
  let margin = Infinity;
  for (const l of lines) margin = Math.min(margin, l.x);
  return Number.isFinite(margin) ? margin : 0;
}

/** Whether `next` continues the paragraph `prev` ended a line of (same page or the next one). */
function continues(prev: PdfLine, next: PdfLine, right: number, left: number, samePage: boolean): boolean {
  const stop = /[。！？：；…]$/.test(prev.text) && !/^[”’」』）)]/.test(next.text);
  if (prev.right < right - (stop ? RIGHT_SLACK_AT_STOP : RIGHT_SLACK) * prev.size) return false;
  if (stop && !samePage) return false;
  if (next.x > left + INDENT * next.size) return false;
  if (!samePage) return true;
  const drop = prev.y - next.y;
  return drop > 0 && drop <= LINE_GAP * Math.max(prev.size, next.size);
}

/**
 * Joins the lines of all pages into text: lines that reach the right margin continue on the
 * next line (also across a page break), other lines end a paragraph. Returns the text and
 * the offset at which each page starts.
 *
 * @example
 * ```ts
 * const { text, pageStarts } = joinPages(dropRunningLines(pages.map(pageLines)));
 * ```
 */
export function joinPages(pages: PdfLine[][]): { text: string; pageStarts: number[] } {
  let text = '';
  const pageStarts: number[] = [];
  let prev: PdfLine | null = null;
  let prevRight = 0;
  for (let p = 0; p < pages.length; p++) {
    const lines = pages[p]!;
    const right = rightMargin(lines);
    const left = leftMargin(lines);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (prev) {
        const join = continues(prev, line, i === 0 ? prevRight : right, left, i > 0);
        const glue = CJK.test(prev.text.slice(-1)) || CJK.test(line.text[0]!) ? '' : ' ';
        text += join ? glue : '\n';
      }
      if (i === 0) pageStarts.push(text.length);
      text += line.text;
      prev = line;
    }
    if (lines.length === 0) pageStarts.push(text.length);
    if (lines.length > 0) prevRight = right;
  }
  return { text, pageStarts };
}

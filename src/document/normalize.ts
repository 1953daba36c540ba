/**
 * The normalized form of a text plus a map back to the original.
 *
 * `map[i]` is the offset in the original text of normalized character `i`;
 * `map[normalized.length]` is the original length. Use {@link toOriginalSpan} to convert spans.
 */
export interface Normalized {
  normalized: string;
  map: Int32Array;
  /** Normalized offsets of list items whose marker (`●`, `①`, `(1)`, `1）`) became spaces. */
  items: number[];
}

const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);
/** Characters that end a line that is complete as it stands. */
const LINE_FINAL = /[。！？；：…”’」』）)\]】》!?;:]$/;
/** A line that starts like this continues the previous one. */
const CONTINUES = /^[》”’」』）)\]】、，,。；;：！!？?%％]/;
/** A line that ends like this continues on the next one. */
const OPEN_END = /[《“‘「『（([【、，,]$/;
const PROSE = /[，。；、]/;
/** Heading shapes; kept in sync with structure.ts (a heading line never joins). */
export const HEADING_START =
  /^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十百]+[章节部分篇])/;

/**
 * Item markers at the start of a line: bullets (● ■ ▲ ◆ • ★ □ …), circled and bracketed
 * numbers (① ⑴ ⒈), `(1)`, `（1）`, `1）`. In the normalized text they become spaces (the
 * item's place is kept), so an item neither joins the line before it nor is read as a number.
 */
const ITEM_MARKER =
  /(^|\n)[ \t\u3000]*([●■▲◆◇•★☆□▪▶►◎❖]|[\u2460-\u249b\u3251-\u325f]|[（(][0-9０-９]{1,2}[）)]|[0-9０-９]{1,2}[）)](?![0-9０-９]))/g;
/** Single digits split by single spaces, as PDF extraction leaves them: `7 4 7 7 2 亿元`. */
const SPACED_DIGITS = /(?<![0-9０-９.．])[0-9０-９](?:[ \u3000\u00a0][0-9０-９]){2,}(?![0-9０-９])/g;
/** Original offsets of item markers (true at a marker's first character) and of spaces inside spaced digits. */
function layoutEdits(text: string): { markers: Map<number, boolean>; drop: Set<number> } {
  const markers = new Map<number, boolean>();
  const drop = new Set<number>();
  for (const m of text.matchAll(ITEM_MARKER)) {
    const at = m.index + m[0].length - m[2]!.length;
    for (let k = 0; k < m[2]!.length; k++) markers.set(at + k, k === 0);
  }
  for (const m of text.matchAll(SPACED_DIGITS)) for (let k = 1; k < m[0].length; k += 2) drop.add(m.index + k);
  return { markers, drop };
}

function isCjk(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff00 && c <= 0xffef)
  );
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Folds one character (already half-width digits and letters aside): punctuation between Chinese characters becomes full-width. */
function foldPunctuation(c: number, prev: number, next: number): number {
  if (c === 0xff0e) return isDigit(prev) && (isDigit(next) || (next >= 0xff10 && next <= 0xff19)) ? 0x2e : c;
  const fullWidth = FULL_WIDTH.get(c);
  if (fullWidth === undefined) return c;
  const nearCjk = isCjk(prev) || isCjk(next);
  const numeric = (c === 0x2c || c === 0x3a) && isDigit(prev) && isDigit(next);
  return nearCjk && !numeric ? fullWidth : c;
}

/** ASCII punctuation → its full-width form, used between Chinese characters. */
const FULL_WIDTH = new Map([
  [0x2c, 0xff0c],
  [0x3b, 0xff1b],
  [0x3a, 0xff1a],
  [0x28, 0xff08],
  [0x29, 0xff09],
  [0x21, 0xff01],
  [0x3f, 0xff1f],
]);

function foldChar(c: number): number {
  if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) return c - 0xfee0;
  if (c === 0xff05) return 0x25;
  if (c === 0x3000 || c === 0xa0) return 0x20;
  return c;
}

interface Folded {
  codes: number[];
  map: number[];
  /** Indexes in `codes` where an item marker was. */
  items: Set<number>;
}

/** Pass 1: character-level folding and layout edits, with the map back to the original. */
function foldCharacters(text: string): Folded {
  const codes: number[] = [];
  const map: number[] = [];
  const items = new Set<number>();
  const edits = layoutEdits(text);
  for (let i = 0; i < text.length; i++) {
    const raw = text.charCodeAt(i);
    if (ZERO_WIDTH.has(raw) || raw === 0x0d || edits.drop.has(i)) continue;
    let c: number;
    if (edits.markers.has(i)) {
      if (edits.markers.get(i)) items.add(codes.length);
      c = 0x20;
    } else {
      c = foldChar(raw);
      if (c === raw) {
        const prev = codes.length > 0 ? codes[codes.length - 1]! : 0;
        c = foldPunctuation(c, prev, i + 1 < text.length ? text.charCodeAt(i + 1) : 0);
      }
    }
    codes.push(c);
    map.push(i);
  }
  return { codes, map, items };
}

type LineRange = { from: number; to: number };

function lineRanges(codes: number[]): LineRange[] {
  const lines: LineRange[] = [];
  let start = 0;
  for (let i = 0; i <= codes.length; i++) {
    if (i === codes.length || codes[i] === 0x0a) {
      lines.push({ from: start, to: i });
      start = i + 1;
    }
  }
  return lines;
}

/** Whether the line `next` continues the logical line that ends with `cur`. */
function joins(logical: string, cur: string, next: string, nextIsItem: boolean): boolean {
  if (nextIsItem) return false;
  if (CONTINUES.test(next)) return true;
  if (LINE_FINAL.test(cur) || HEADING_START.test(next)) return false;
  if (OPEN_END.test(cur)) return true;
  if (HEADING_START.test(logical)) return false;
  if (/[A-Za-z0-9.]$/.test(cur) && /^[0-9.]/.test(next)) return true;
  if (next.length <= 2 && cur.length >= 4 && /[\u4e00-\u9fff]$/.test(cur)) return true;
  return PROSE.test(logical);
}

/** Pass 2: marks the line breaks (with the spaces around them) that fall inside a sentence. */
function brokenLines(folded: Folded): Uint8Array {
  const { codes, items } = folded;
  const lines = lineRanges(codes);
  const drop = new Uint8Array(codes.length);
  const text = fromCodes(codes);
  const lineText = (l: LineRange) => text.slice(l.from, l.to).trim();
  const isItem = (l: LineRange) => {
    for (let x = l.from; x < l.to && (codes[x] === 0x20 || items.has(x)); x++) if (items.has(x)) return true;
    return false;
  };
  let logical = '';
  for (let k = 0; k < lines.length - 1; k++) {
    const cur = lineText(lines[k]!);
    logical = logical.length > 200 ? logical.slice(0, 100) + cur.slice(-100) : logical + cur;
    const next = lineText(lines[k + 1]!);
    if (cur.length === 0 || next.length === 0 || !joins(logical, cur, next, isItem(lines[k + 1]!))) {
      logical = '';
      continue;
    }
    // drop the trailing spaces of this line, the newline and the next line's indentation
    const nl = lines[k]!.to;
    let a = nl;
    while (a > lines[k]!.from && codes[a - 1] === 0x20) a--;
    let b = nl + 1;
    while (b < lines[k + 1]!.to && codes[b] === 0x20) b++;
    drop.fill(1, a, b);
  }
  return drop;
}

/**
 * Normalizes a report for analysis while keeping a map back to the original:
 * full-width digits, letters and `％` become half-width; U+3000 and no-break spaces become
 * spaces; zero-width characters and `\r` are dropped; ASCII `, ; : ( ) ! ?` written between
 * Chinese characters become their full-width forms; and line breaks that fall inside a
 * sentence (wiki-link debris such as `PM\n2.5\n）`, titles split as `政府工作报\n告`) are removed.
 * Layout: item markers at the start of a line (`●`, `①`, `(1)`, `1）`) become spaces, their
 * places listed in `items`, so an item neither joins the line before it nor is read as a
 * number; single digits split by spaces (`7 4 7 7 2 亿元`) are read whole, while `2025 年`
 * and `28 次` stay as written.
 *
 * @example
 * ```ts
 * const { normalized, map } = normalize('ＰＭ\n2.5\n）浓度');
 * normalized; // 'PM2.5）浓度'
 * ```
 */
export function normalize(text: string): Normalized {
  const folded = foldCharacters(text);
  const drop = brokenLines(folded);
  const chars: number[] = [];
  const finalMap: number[] = [];
  const items: number[] = [];
  for (let i = 0; i < folded.codes.length; i++) {
    if (drop[i]) continue;
    if (folded.items.has(i)) items.push(chars.length);
    chars.push(folded.codes[i]!);
    finalMap.push(folded.map[i]!);
  }
  finalMap.push(text.length);
  return { normalized: fromCodes(chars), map: Int32Array.from(finalMap), items };
}

function fromCodes(codes: number[]): string {
  let s = '';
  for (let i = 0; i < codes.length; i += 8192) s += String.fromCharCode(...codes.slice(i, i + 8192));
  return s;
}

/**
 * Converts a span of the normalized text to a span of the original text:
 * `original.slice(start, end)` covers exactly the characters normalized into `[nStart, nEnd)`.
 *
 * @example
 * ```ts
 * const norm = normalize(text);
 * const { start, end } = toOriginalSpan(norm.map, 3, 7);
 * ```
 */
export function toOriginalSpan(map: Int32Array, nStart: number, nEnd: number): { start: number; end: number } {
  const len = map.length - 1;
  const a = Math.max(0, Math.min(nStart, len));
  const b = Math.max(a, Math.min(nEnd, len));
  const start = map[a]!;
  const end = b === a ? start : map[b - 1]! + 1;
  return { start, end };
}

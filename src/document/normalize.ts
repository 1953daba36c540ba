/**
 * The normalized form of a text plus a map back to the original.
 *
 * `map[i]` is the offset in the original text of normalized character `i`;
 * `map[normalized.length]` is the original length. Use {@link toOriginalSpan} to convert spans.
 */
export interface Normalized {
  normalized: string;
  map: Int32Array;
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

/**
 * Normalizes a report for analysis while keeping a map back to the original:
 * full-width digits, letters and `％` become half-width; U+3000 and no-break spaces become
 * spaces; zero-width characters and `\r` are dropped; ASCII `, ; : ( ) ! ?` written between
 * Chinese characters become their full-width forms; and line breaks that fall inside a
 * sentence (wiki-link debris such as `PM\n2.5\n）`, titles split as `政府工作报\n告`) are removed.
 *
 * @example
 * ```ts
 * const { normalized, map } = normalize('ＰＭ\n2.5\n）浓度');
 * normalized; // 'PM2.5）浓度'
 * ```
 */
export function normalize(text: string): Normalized {
  const out: number[] = [];
  const map: number[] = [];
  const n = text.length;
  // Pass 1: character-level folding.
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (ZERO_WIDTH.has(c) || c === 0x0d) continue;
    if (c >= 0xff10 && c <= 0xff19)
      c -= 0xfee0; // digits
    else if ((c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a))
      c -= 0xfee0; // letters
    else if (c === 0xff05)
      c = 0x25; // ％
    else if (c === 0x3000 || c === 0xa0) c = 0x20;
    else if (c === 0xff0e) {
      const p = out.length > 0 ? out[out.length - 1]! : 0;
      const nx = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (isDigit(p) && (isDigit(nx) || (nx >= 0xff10 && nx <= 0xff19))) c = 0x2e;
    } else if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x21 || c === 0x3f) {
      const p = out.length > 0 ? out[out.length - 1]! : 0;
      const nx = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      const nearCjk = isCjk(p) || isCjk(nx);
      const numeric = (c === 0x2c || c === 0x3a) && isDigit(p) && isDigit(nx);
      if (nearCjk && !numeric) {
        c =
          c === 0x2c
            ? 0xff0c
            : c === 0x3b
              ? 0xff1b
              : c === 0x3a
                ? 0xff1a
                : c === 0x28
                  ? 0xff08
                  : c === 0x29
                    ? 0xff09
                    : c === 0x21
                      ? 0xff01
                      : 0xff1f;
      }
    }
    out.push(c);
    map.push(i);
  }
  // Pass 2: join lines broken inside a sentence.
  const lines: Array<{ from: number; to: number }> = [];
  let s = 0;
  for (let i = 0; i <= out.length; i++) {
    if (i === out.length || out[i] === 0x0a) {
      lines.push({ from: s, to: i });
      s = i + 1;
    }
  }
  const drop = new Uint8Array(out.length);
  const folded = fromCodes(out);
  const lineText = (l: { from: number; to: number }) => folded.slice(l.from, l.to).trim();
  let logical = '';
  for (let k = 0; k < lines.length - 1; k++) {
    const cur = lineText(lines[k]!);
    logical = logical.length > 200 ? logical.slice(0, 100) + cur.slice(-100) : logical + cur;
    const next = lineText(lines[k + 1]!);
    if (cur.length === 0 || next.length === 0) {
      logical = '';
      continue;
    }
    const curIsHeading = HEADING_START.test(logical);
    let join = false;
    if (CONTINUES.test(next)) join = true;
    else if (LINE_FINAL.test(cur) || HEADING_START.test(next)) join = false;
    else if (OPEN_END.test(cur)) join = true;
    else if (curIsHeading) join = false;
    else if (/[A-Za-z0-9.]$/.test(cur) && /^[0-9.]/.test(next)) join = true;
    else if (next.length <= 2 && cur.length >= 4 && /[\u4e00-\u9fff]$/.test(cur)) join = true;
    else if (PROSE.test(logical)) join = true;
    if (join) {
      // drop the trailing spaces of this line, the newline and the next line's indentation
      const nl = lines[k]!.to;
      let a = nl;
      while (a > lines[k]!.from && out[a - 1] === 0x20) a--;
      let b = nl + 1;
      while (b < lines[k + 1]!.to && out[b] === 0x20) b++;
      for (let x = a; x < b; x++) drop[x] = 1;
    } else {
      logical = '';
    }
  }
  const chars: number[] = [];
  const finalMap: number[] = [];
  for (let i = 0; i < out.length; i++) {
    if (drop[i]) continue;
    chars.push(out[i]!);
    finalMap.push(map[i]!);
  }
  finalMap.push(n);
  return { normalized: fromCodes(chars), map: Int32Array.from(finalMap) };
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

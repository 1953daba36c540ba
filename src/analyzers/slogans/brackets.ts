/**
 * A matched pair of quotation marks or title marks in the normalized text.
 *
 * @example
 * ```ts
 * scanBrackets('《“三重一大”事项决策实施办法》')[1]; // { type: 'quote', marks: '“”', nOpen: 1, nClose: 6, inQuote: false, inTitle: true }
 * ```
 */
export interface BracketPair {
  /** `quote` for “” ‘’ 「」 『』, `title` for 《》 〈〉. */
  type: 'quote' | 'title';
  /** The opening and closing marks, e.g. `“”`. */
  marks: string;
  /** Offset of the opening mark. */
  nOpen: number;
  /** Offset of the closing mark (the content is `[nOpen + 1, nClose)`). */
  nClose: number;
  /** Whether the pair lies inside another quotation. */
  inQuote: boolean;
  /** Whether the pair lies inside a title 《…》. */
  inTitle: boolean;
}

const OPEN_TO_CLOSE: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['《', '》'],
  ['〈', '〉'],
]);
const CLOSERS: ReadonlySet<string> = new Set(OPEN_TO_CLOSE.values());

/**
 * Deepest nesting followed; deeper openers are ignored so the scan stays linear.
 *
 * @example
 * ```ts
 * scanBrackets('“'.repeat(100) + 'x' + '”'.repeat(100)).length; // 8
 * ```
 */
export const MAX_BRACKET_DEPTH = 8;

/**
 * Finds matched quotation and title marks in `text[from, to)` in one linear pass with a bounded
 * stack. A closer matches the nearest open mark of its kind (inner unclosed marks are dropped);
 * stray closers are ignored; a line break, or a sentence end (。！？) not followed by a closing
 * mark, drops every mark still open, so an unbalanced quote never swallows the rest of a
 * paragraph. Pairs come sorted by opening offset.
 *
 * @example
 * ```ts
 * scanBrackets('围绕“破解‘一刀切’难题”').map((p) => [p.marks, p.nOpen, p.nClose]);
 * // [['“”', 2, 12], ['‘’', 5, 9]]
 * ```
 */
export function scanBrackets(text: string, from = 0, to = text.length): BracketPair[] {
  const out: BracketPair[] = [];
  const stackChar: string[] = [];
  const stackPos: number[] = [];
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      stackChar.length = 0;
      stackPos.length = 0;
      continue;
    }
    // a quotation does not run past the end of a sentence unless it closes right there (…。”):
    // marks still open at 。 were unbalanced
    if ((ch === '。' || ch === '！' || ch === '？') && stackChar.length > 0 && !CLOSERS.has(text[i + 1] ?? '')) {
      stackChar.length = 0;
      stackPos.length = 0;
      continue;
    }
    if (OPEN_TO_CLOSE.has(ch)) {
      if (stackChar.length < MAX_BRACKET_DEPTH) {
        stackChar.push(ch);
        stackPos.push(i);
      }
      continue;
    }
    if (!CLOSERS.has(ch)) continue;
    let k = stackChar.length - 1;
    while (k >= 0 && OPEN_TO_CLOSE.get(stackChar[k]!) !== ch) k--;
    if (k < 0) continue; // stray closer
    const open = stackChar[k]!;
    const type = open === '《' || open === '〈' ? 'title' : 'quote';
    let inQuote = false;
    let inTitle = false;
    for (let j = 0; j < k; j++) {
      const c = stackChar[j]!;
      if (c === '《' || c === '〈') inTitle = true;
      else inQuote = true;
    }
    out.push({ type, marks: open + ch, nOpen: stackPos[k]!, nClose: i, inQuote, inTitle });
    stackChar.length = k;
    stackPos.length = k;
  }
  return out.sort((a, b) => a.nOpen - b.nOpen);
}

/**
 * Nesting depth of every offset of `text` (length `text.length + 1`): the number of matched pairs
 * whose span `[nOpen, nClose]` covers it. Built with a difference array in linear time.
 *
 * @example
 * ```ts
 * const d = bracketDepth(5, [{ nOpen: 1, nClose: 3 } as BracketPair]);
 * [...d]; // [0, 1, 1, 1, 0, 0]
 * ```
 */
export function bracketDepth(length: number, pairs: readonly BracketPair[]): Uint8Array {
  const diff = new Int32Array(length + 2);
  for (const p of pairs) {
    diff[p.nOpen]!++;
    diff[p.nClose + 1]!--;
  }
  const out = new Uint8Array(length + 1);
  let d = 0;
  for (let i = 0; i <= length; i++) {
    d += diff[i]!;
    out[i] = Math.min(255, Math.max(0, d));
  }
  return out;
}

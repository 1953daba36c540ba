import type { RawDiagnostic, Rule, RuleContext } from '../types.js';
import { bodyParagraphs, bodyRanges, inBody } from '../text.js';

const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '（': '）', '(': ')', '〈': '〉' };
const CLOSERS = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]));
/** A full-width closer may close an ASCII opener and back: reported, with the fix. */
const TWIN: Record<string, string> = { '（': '(', '(': '（', '）': ')', ')': '）' };

function scanPairs(p: { start: number; text: string }): RawDiagnostic[] {
  const out: RawDiagnostic[] = [];
  const stack: Array<{ ch: string; at: number }> = [];
  for (let i = 0; i < p.text.length; i++) {
    const ch = p.text[i]!;
    if (PAIRS[ch]) {
      stack.push({ ch, at: i });
      continue;
    }
    const opener = CLOSERS.get(ch);
    if (!opener) continue;
    const depth = stack.findLastIndex((s) => s.ch === opener || s.ch === TWIN[opener]);
    if (depth < 0) {
      out.push(unmatched(p.start + i, ch, 'close'));
      continue;
    }
    const [open, ...inner] = stack.splice(depth);
    for (const o of inner) out.push(unmatched(p.start + o.at, o.ch, 'open'));
    if (open!.ch !== opener) out.push(mixedPair(p.start + i, ch, open!.ch));
  }
  for (const open of stack) out.push(unmatched(p.start + open.at, open.ch, 'open'));
  return out;
}

function mixedPair(at: number, close: string, open: string): RawDiagnostic {
  return {
    severity: 'warning',
    start: at,
    end: at + 1,
    key: 'mixed-pair',
    params: { mark: close, other: open },
    suggestion: PAIRS[open]!,
  };
}

function unmatched(at: number, ch: string, side: 'open' | 'close'): RawDiagnostic {
  return {
    severity: 'error',
    start: at,
    end: at + 1,
    key: side === 'open' ? 'unclosed-mark' : 'unopened-mark',
    params: { mark: ch, other: side === 'open' ? PAIRS[ch]! : CLOSERS.get(ch)! },
  };
}

/** Unmatched “” ‘’ 《》 （） within a paragraph (GB/T 15834-2011 4.1, 4.8, 4.15). */
export const unmatchedMarks: Rule = {
  id: 'unmatched-mark',
  description: 'quotation marks, title marks and brackets opened and never closed, or closed and never opened',
  run: ({ doc }) => bodyParagraphs(doc).flatMap(scanPairs),
};

const HAN = '\\u4e00-\\u9fff';
const ASCII_BETWEEN_HAN = new RegExp(`(?<=[${HAN}”’》）])[,;:?!](?=[${HAN}“‘《（])`, 'g');
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };
const FULL_WIDTH_MARKS = /[，；：？！]/g;

function countIn(text: string, ranges: Array<{ start: number; end: number }>, re: RegExp): number {
  return ranges.reduce((n, r) => n + (text.slice(r.start, r.end).match(re)?.length ?? 0), 0);
}

function asciiPunctuation({ doc }: RuleContext): RawDiagnostic[] {
  const ranges = bodyRanges(doc);
  const hits = [...doc.text.matchAll(ASCII_BETWEEN_HAN)].filter((m) => inBody(ranges, m.index));
  if (hits.length === 0) return [];
  const fullWidth = countIn(doc.text, ranges, FULL_WIDTH_MARKS);
  if (hits.length > fullWidth) {
    const first = hits[0]!;
    return [
      {
        severity: 'warning',
        start: first.index,
        end: first.index + 1,
        key: 'half-width-document',
        params: { count: hits.length },
      },
    ];
  }
  return hits.map((m) => ({
    severity: 'warning' as const,
    start: m.index,
    end: m.index + 1,
    key: 'ascii-punctuation' as const,
    params: { mark: m[0], other: FULL_WIDTH[m[0]]! },
    suggestion: FULL_WIDTH[m[0]]!,
  }));
}

/** ASCII , ; : ? ! between Chinese clauses in a full-width document (GB/T 15834-2011 5.1). */
export const asciiPunctuationRule: Rule = {
  id: 'ascii-punctuation',
  description: 'half-width punctuation between Chinese clauses (one summary when the whole document is half-width)',
  run: asciiPunctuation,
};

const DOUBLED = /[，。、；：！？,;]{2,}/g;
/** ？！ and ！？ are allowed combinations (GB/T 15834-2011 4.3.3, 4.4.3). */
const ALLOWED_COMBINATION = /^[！？!?]+$/;

/** Two punctuation marks where one belongs: ，， 。。 ，。 、， (GB/T 15834-2011). */
export const doubledPunctuation: Rule = {
  id: 'doubled-punctuation',
  description: 'two clause marks in a row (，， 。。 ，。)',
  run: ({ doc }) => {
    const ranges = bodyRanges(doc);
    return [...doc.text.matchAll(DOUBLED)]
      .filter((m) => inBody(ranges, m.index) && !ALLOWED_COMBINATION.test(m[0]))
      .map((m) => {
        const same = new Set(m[0]).size === 1;
        return {
          severity: 'error' as const,
          start: m.index,
          end: m.index + m[0].length,
          key: 'doubled-punctuation' as const,
          params: { marks: m[0] },
          ...(same ? { suggestion: m[0][0]! } : {}),
        };
      });
  },
};

import type { RawDiagnostic, Rule } from '../types.js';
import { bodyRanges, inBody } from '../text.js';

/**
 * Doubled characters that are never right, each with the contexts where the doubling is a
 * word boundary and correct (目的的, 不了了之, 是是非非, 实事求是是, 在在建项目).
 */
const DOUBLED_CHARS: Array<{ pair: string; before?: RegExp; after?: RegExp }> = [
  { pair: '的的', before: /[目标端]$/, after: /^确/ },
  { pair: '了了', before: /[不]$/, after: /^[之然]/ },
  { pair: '是是', before: /[求就总但凡倒还可于正要只真硬]$/, after: /^[否非]/ },
  { pair: '在在', before: /实$/, after: /^[建职编岗校线读售研库途案册押]/ },
  { pair: '把把', after: /^[关握脉]/ },
  { pair: '被被' },
  { pair: '和和', after: /^[美气睦平谐]/ },
  { pair: '对对', before: /[应针面相绝核反]$/, after: /^[象口方接标照外话]/ },
];
const CONTEXT = 2;

function doubledChars(text: string, ranges: Array<{ start: number; end: number }>): RawDiagnostic[] {
  const out: RawDiagnostic[] = [];
  for (const { pair, before, after } of DOUBLED_CHARS) {
    for (let at = text.indexOf(pair); at >= 0; at = text.indexOf(pair, at + 1)) {
      if (!inBody(ranges, at)) continue;
      if (before?.test(text.slice(Math.max(0, at - CONTEXT), at))) continue;
      if (after?.test(text.slice(at + 2, at + 2 + CONTEXT))) continue;
      out.push({
        severity: 'error',
        start: at,
        end: at + 2,
        key: 'doubled-word',
        params: { word: pair },
        suggestion: pair[0]!,
      });
    }
  }
  return out;
}

/** A word of three to eight characters written twice in a row (全面从严治党全面从严治党). */
const DOUBLED_WORD = /([\u4e00-\u9fff]{3,8})\1/g;

function doubledWords(text: string, ranges: Array<{ start: number; end: number }>): RawDiagnostic[] {
  return [...text.matchAll(DOUBLED_WORD)]
    .filter((m) => inBody(ranges, m.index) && new Set(m[1]).size > 1)
    .map((m) => ({
      severity: 'error' as const,
      start: m.index,
      end: m.index + m[0].length,
      key: 'doubled-word' as const,
      params: { word: m[1]! },
      suggestion: m[1]!,
    }));
}

/** 的的, 了了 and words written twice in a row. */
export const doubledWord: Rule = {
  id: 'doubled-word',
  description: 'a character or word written twice where once is meant (的的, 了了, 全面从严治党全面从严治党)',
  run: ({ doc }) => {
    const ranges = bodyRanges(doc);
    return [...doubledChars(doc.text, ranges), ...doubledWords(doc.text, ranges)];
  },
};

/** Sentences shorter than this are formulaic (坚持稳中求进。) and may repeat. */
const MIN_REPEATED_SENTENCE = 20;

/** A sentence repeated verbatim within the report: the later copies, each pointing to the first. */
export const repeatedSentence: Rule = {
  id: 'repeated-sentence',
  description: 'a sentence of 20 characters or more repeated verbatim within the report',
  run: ({ doc }) => {
    const ranges = bodyRanges(doc);
    const first = new Map<string, { start: number; end: number }>();
    const out: RawDiagnostic[] = [];
    for (const s of doc.sentences) {
      if (!inBody(ranges, s.start)) continue;
      const key = doc.text.slice(s.start, s.end).replace(/\s+/g, '');
      if ([...key].length < MIN_REPEATED_SENTENCE) continue;
      const seen = first.get(key);
      if (!seen) first.set(key, { start: s.start, end: s.end });
      else out.push({ severity: 'warning', start: s.start, end: s.end, key: 'repeated-sentence', related: [seen] });
    }
    return out;
  },
};

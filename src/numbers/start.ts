/**
 * What starts at one offset of the text: document numbers and headings (〔2025〕3号,
 * （一）, 1.), enumerations (一是), prefixed quantities (超过5万) and bare ones.
 *
 * @internal
 */
import { CHAR_CODE_COUNT, isAsciiDigit, isCnNumeralChar } from './chars.js';
import { type Try, newCandidate, elementCand, readCore, type Candidate } from './core.js';
import { decInt } from './decimal.js';
import { readElement } from './element.js';
import { has, readNumeral } from './numeral.js';
import { PREFIX_FIRST, matchPrefix, skipFiller } from './qualifiers.js';
import { type Scan, atLineStart, isBoundary, isIntegerIn, skipSpaces } from './text.js';
import type { Approx } from './types.js';
import { val } from './value.js';

function headingAt(scan: Scan, i: number): Candidate | null {
  const { t } = scan;
  const c = t.charAt(i);
  // 〔2025〕3号, [2025]3号
  if ('〔[【(〈'.includes(c)) {
    const m = /^[〔[【(〈](\d{4})[〕\]】)〉]第?(\d{1,4})号/.exec(t.slice(i, i + 16));
    if (m) return newCandidate(i, i + m[0].length, val(decInt(Number(m[2]))), 'identifier', '号', null, true);
  }
  // (一) （二） (3)
  if (c === '(') {
    const numeral = readNumeral(scan.ctx, i + 1, {});
    if (
      numeral &&
      !numeral.hi &&
      numeral.end - i <= 4 &&
      t.charAt(numeral.end) === ')' &&
      numeral.integer &&
      (numeral.chinese || numeral.arabicDigits > 0) &&
      !numeral.digitSeq
    ) {
      return newCandidate(i, numeral.end + 1, val(numeral.value), 'ordinal', null, null, true);
    }
    return null;
  }
  if (!atLineStart(t, i)) return null;
  const numeral = readNumeral(scan.ctx, i, {});
  if (!numeral || numeral.hi || !numeral.integer || numeral.digitSeq || numeral.approx) return null;
  const after = t.charAt(numeral.end);
  if (after === '、' && numeral.end - i <= 3)
    return newCandidate(i, numeral.end + 1, val(numeral.value), 'ordinal', null, null, true);
  if (
    numeral.arabic &&
    !numeral.chinese &&
    numeral.arabicDigits > 0 &&
    numeral.arabicDigits <= 2 &&
    after === '.' &&
    !isAsciiDigit(t.charAt(numeral.end + 1))
  ) {
    return newCandidate(i, numeral.end + 1, val(numeral.value), 'ordinal', null, null, true);
  }
  return null;
}

function enumerationAt(scan: Scan, i: number): Candidate | null {
  const { t } = scan;
  const prev = t.charAt(i - 1);
  if (!(prev === '' || isBoundary(prev))) return null;
  const numeral = readNumeral(scan.ctx, i, {});
  if (!numeral?.chinese || numeral.arabic || numeral.hi || !isIntegerIn(numeral, 1, 20)) return null;
  if (t.charAt(numeral.end) === '是' || (t.charAt(numeral.end) === '要' && atLineStart(t, i))) {
    return newCandidate(i, numeral.end, val(numeral.value), 'ordinal', null, null, true);
  }
  return null;
}

/**
 * What starts at offset i: a heading or document number, an enumeration (一是),
 * a prefixed quantity, or a bare one.
 *
 * @example
 * ```ts
 * tryAt(scan, 0); // on '超过5万人': { cand: { start: 0, value: 50000, approx: 'more-than', … } }
 * ```
 */
export function tryAt(scan: Scan, i: number): Try {
  const { t } = scan;
  const c = t.charAt(i);

  const h = headingAt(scan, i);
  if (h) return { cand: h };
  if (isCnNumeralChar(c)) {
    const e = enumerationAt(scan, i);
    if (e) return { cand: e };
  }

  const pre = matchPrefix(scan, i);
  if (pre) {
    const j = skipFiller(t, i + pre.word.length, pre);
    if (pre.cmp) {
      const r = readElement(scan, j, false);
      if (r && !r.hi && (r.kind === 'number' || r.kind === 'fraction' || r.kind === 'percent')) {
        const k = skipSpaces(t, r.end);
        const ch = t.charAt(k);
        const a: Approx | null = has('大高多重长', ch) ? 'more-than' : has('小低少轻短', ch) ? 'less-than' : null;
        if (a) {
          const candidate = elementCand(scan, r);
          return { cand: { ...candidate, start: i, end: k + 1, approx: r.approx ?? a } };
        }
      }
      return { next: i + 1 };
    }
    if (j < scan.n && !scan.inside[j]) {
      const core = readCore(scan, j, pre.lead);
      if ('cand' in core) {
        const candidate = core.cand;
        if (
          candidate.kind === 'year' ||
          candidate.kind === 'date' ||
          candidate.kind === 'ordinal' ||
          candidate.kind === 'identifier'
        )
          return core;
        if (pre.word === '近' && candidate.kind === 'duration') return core; // 近三年: "the last three years"
        if (candidate.min) return { cand: { ...candidate, start: i } };
        return { cand: { ...candidate, start: i, approx: candidate.approx ?? pre.approx } };
      }
    }
    return { next: i + 1 };
  }

  if (scan.inside[i]) return { next: i + 1 };
  return readCore(scan, i, false);
}

const START_FLAGS: Uint8Array = (() => {
  const f = new Uint8Array(CHAR_CODE_COUNT);
  const mark = (c: string): void => {
    f[c.charCodeAt(0)] = 1;
  };
  for (let d = 0; d <= 9; d++) mark(String(d));
  for (const c of PREFIX_FIRST) mark(c);
  for (const c of '.-+第负半(〔[【〈$¥€£人港UR摄华零') mark(c);
  for (let k = 0; k < CHAR_CODE_COUNT; k++) if (isCnNumeralChar(String.fromCharCode(k))) f[k] = 1;
  return f;
})();

/**
 * Can a quantity start with this character (digit, numeral, prefix word, 第, currency …)?
 * Everything else is skipped without a closer look.
 *
 * @example
 * ```ts
 * isStart('超'); // true
 * isStart('的'); // false
 * ```
 */
export function isStart(c: string): boolean {
  return START_FLAGS[c.charCodeAt(0)] === 1;
}

// ---------------------------------------------------------------------------
// Post-processing: 20和30之间, 大于100并且小于300, 1000以上，1500以下

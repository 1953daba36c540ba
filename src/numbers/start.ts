/**
 * What starts at one offset of the text: document numbers and headings (〔2025〕3号,
 * （一）, 1.), enumerations (一是), prefixed quantities (超过5万) and bare ones.
 *
 * @internal
 */
import { isAsciiDigit, isCnNumeralChar } from './chars.js';
import { type Try, cand, elementCand, readCore, type Cand } from './core.js';
import { decInt } from './decimal.js';
import { readElement } from './element.js';
import { has, readNumeral } from './numeral.js';
import { PREFIX_FIRST, matchPrefix, skipFiller } from './qualifiers.js';
import { type Scan, atLineStart, isBoundary, isIntegerIn, skipSpaces } from './text.js';
import type { Approx } from './types.js';
import { val } from './value.js';

function headingAt(S: Scan, i: number): Cand | null {
  const { t } = S;
  const c = t.charAt(i);
  // 〔2025〕3号, [2025]3号
  if ('〔[【(〈'.includes(c)) {
    const m = /^[〔[【(〈](\d{4})[〕\]】)〉]第?(\d{1,4})号/.exec(t.slice(i, i + 16));
    if (m) return cand(i, i + m[0].length, val(decInt(Number(m[2]))), 'identifier', '号', null, true);
  }
  // (一) （二） (3)
  if (c === '(') {
    const nm = readNumeral(S.ctx, i + 1, {});
    if (
      nm &&
      !nm.hi &&
      nm.end - i <= 4 &&
      t.charAt(nm.end) === ')' &&
      nm.integer &&
      (nm.chinese || nm.arabicDigits > 0) &&
      !nm.digitSeq
    ) {
      return cand(i, nm.end + 1, val(nm.value), 'ordinal', null, null, true);
    }
    return null;
  }
  if (!atLineStart(t, i)) return null;
  const nm = readNumeral(S.ctx, i, {});
  if (!nm || nm.hi || !nm.integer || nm.digitSeq || nm.approx) return null;
  const after = t.charAt(nm.end);
  if (after === '、' && nm.end - i <= 3) return cand(i, nm.end + 1, val(nm.value), 'ordinal', null, null, true);
  if (
    nm.arabic &&
    !nm.chinese &&
    nm.arabicDigits > 0 &&
    nm.arabicDigits <= 2 &&
    after === '.' &&
    !isAsciiDigit(t.charAt(nm.end + 1))
  ) {
    return cand(i, nm.end + 1, val(nm.value), 'ordinal', null, null, true);
  }
  return null;
}

function enumerationAt(S: Scan, i: number): Cand | null {
  const { t } = S;
  const prev = t.charAt(i - 1);
  if (!(prev === '' || isBoundary(prev))) return null;
  const nm = readNumeral(S.ctx, i, {});
  if (!nm?.chinese || nm.arabic || nm.hi || !isIntegerIn(nm, 1, 20)) return null;
  if (t.charAt(nm.end) === '是' || (t.charAt(nm.end) === '要' && atLineStart(t, i))) {
    return cand(i, nm.end, val(nm.value), 'ordinal', null, null, true);
  }
  return null;
}

export function tryAt(S: Scan, i: number): Try {
  const { t } = S;
  const c = t.charAt(i);

  const h = headingAt(S, i);
  if (h) return { cand: h };
  if (isCnNumeralChar(c)) {
    const e = enumerationAt(S, i);
    if (e) return { cand: e };
  }

  const pre = matchPrefix(S, i);
  if (pre) {
    const j = skipFiller(t, i + pre.w.length, pre);
    if (pre.cmp) {
      const r = readElement(S, j, false);
      if (r && !r.hi && (r.kind === 'number' || r.kind === 'fraction' || r.kind === 'percent')) {
        const k = skipSpaces(t, r.end);
        const ch = t.charAt(k);
        const a: Approx | null = has('大高多重长', ch) ? 'more-than' : has('小低少轻短', ch) ? 'less-than' : null;
        if (a) {
          const cd = elementCand(S, r);
          return { cand: { ...cd, start: i, end: k + 1, approx: r.approx ?? a } };
        }
      }
      return { next: i + 1 };
    }
    if (j < S.n && !S.inside[j]) {
      const core = readCore(S, j, pre.lead);
      if ('cand' in core) {
        const cd = core.cand;
        if (cd.kind === 'year' || cd.kind === 'date' || cd.kind === 'ordinal' || cd.kind === 'identifier') return core;
        if (pre.w === '近' && cd.kind === 'duration') return core; // 近三年: "the last three years"
        if (cd.min) return { cand: { ...cd, start: i } };
        return { cand: { ...cd, start: i, approx: cd.approx ?? pre.approx } };
      }
    }
    return { next: i + 1 };
  }

  if (S.inside[i]) return { next: i + 1 };
  return readCore(S, i, false);
}

const START_FLAGS: Uint8Array = (() => {
  const f = new Uint8Array(65536);
  const mark = (c: string): void => {
    f[c.charCodeAt(0)] = 1;
  };
  for (let d = 0; d <= 9; d++) mark(String(d));
  for (const c of PREFIX_FIRST) mark(c);
  for (const c of '.-+第负半(〔[【〈$¥€£人港UR摄华零') mark(c);
  for (let k = 0; k < 65536; k++) if (isCnNumeralChar(String.fromCharCode(k))) f[k] = 1;
  return f;
})();

export function isStart(c: string): boolean {
  return START_FLAGS[c.charCodeAt(0)] === 1;
}

// ---------------------------------------------------------------------------
// Post-processing: 20和30之间, 大于100并且小于300, 1000以上，1500以下

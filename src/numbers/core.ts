/**
 * The core quantity at one offset (after any prefix): ordinals (第N), numeric dates,
 * currency and temperature prefixes, ranges (3至5年, 百分之八至九), and the evidence
 * a bare numeral needs to count as a quantity.
 *
 * @internal
 */
import { isAsciiDigit, isAsciiLetter, isCnNumeralChar, isHan } from './chars.js';
import { decInt, decShift } from './decimal.js';
import { type Element, readElement } from './element.js';
import { has, readNumeral } from './numeral.js';
import { suffixAt } from './qualifiers.js';
import { type Scan, isBoundary, isIntegerIn, skipSpaces } from './text.js';
import type { Approx, QuantityError, QuantityKind } from './types.js';
import { CURRENCY_PREFIXES } from './units.js';
import { type Val, val, valCmp, valNeg, valScale } from './value.js';

/**
 * A quantity found but not yet final: values stay exact ({@link Val}) until
 * post-processing has merged ranges and spread units.
 *
 * @example
 * ```ts
 * const c = newCandidate(0, 4, val(decInt(120)), 'count', '人次');
 * ```
 */
export interface Candidate {
  start: number;
  end: number;
  value: Val | null;
  min: Val | null;
  max: Val | null;
  kind: QuantityKind;
  approx: Approx | null;
  unit: string | null;
  /** Never a claim (years, dates, ordinals, identifiers found as such). */
  claimFalse: boolean;
  error?: QuantityError;
  /** Approximation from a suffix word (以上, 左右); the numeral's own and the prefix's win. */
  sfx?: Approx;
}

/**
 * What one attempt at an offset gives: a candidate, or where to try next.
 *
 * @example
 * ```ts
 * const skip: Try = { next: 12 }; // past 5G: a name, not a quantity
 * ```
 */
export type Try = { cand: Candidate } | { next: number };

const FUNC_AFTER_BARE = '是和与或及那这却而不的也就都还在，';

const RANGE_CONNECTORS = ['——', '—', '–', '-', '~', '至', '到'];

/**
 * A candidate with a single value (no range yet).
 *
 * @example
 * ```ts
 * newCandidate(0, 2, val(decInt(3)), 'ordinal', null, null, true); // 第三
 * ```
 */
export function newCandidate(
  start: number,
  end: number,
  value: Val | null,
  kind: QuantityKind,
  unit: string | null,
  approx: Approx | null = null,
  claimFalse = false,
): Candidate {
  return { start, end, value, min: null, max: null, kind, approx, unit, claimFalse };
}

function rangeConnector(scan: Scan, p: number): number | null {
  const { t } = scan;
  const q = skipSpaces(t, p);
  for (const c of RANGE_CONNECTORS) {
    if (t.startsWith(c, q)) {
      const r = skipSpaces(t, q + c.length);
      if (c === '-' && r > q + 1 && q === p) return null; // "2- 3" is odd; "20 - 100" is fine
      return r;
    }
  }
  return null;
}

function elementKindForRange(e: Element): boolean {
  if (e.kind === 'ordinal' || e.kind === 'identifier' || e.hi) return false;
  return e.val.dec !== null || (e.fraction && e.val.float !== null);
}

/**
 * The core quantity at j (after any prefix): a special shape, a range, or one
 * element with its suffix (120余人次左右).
 *
 * @example
 * ```ts
 * readCore(scan, 0, false); // on '3至5年': { cand: { min: 3, max: 5, kind: 'duration', … } }
 * ```
 */
export function readCore(scan: Scan, j: number, lead: boolean): Try {
  const special = ordinalAt(scan, j) ?? numericDateAt(scan, j) ?? currencyPrefixAt(scan, j) ?? temperatureAt(scan, j);
  if (special) return special;
  const element = readElement(scan, j, lead);
  if (!element) return { next: j + 1 };
  const decided =
    notAQuantity(scan, j, element) ??
    percentRangeAt(scan, j, element) ??
    rangeAt(scan, j, element) ??
    bareNumeralAt(scan, j, element);
  if (decided) return decided;
  const candidate = elementCand(scan, element);
  if (!candidate.min) {
    const sfx = suffixAt(scan, candidate.end);
    if (sfx) {
      candidate.end = sfx.end;
      candidate.sfx = sfx.approx;
    }
  }
  return { cand: candidate };
}

/** Ordinal 第N. */
function ordinalAt(scan: Scan, j: number): Try | null {
  if (scan.t.charAt(j) !== '第') return null;
  const numeral = readNumeral(scan.ctx, j + 1, {});
  if (!numeral || numeral.half) return { next: j + 1 };
  if (numeral.hi) return { next: numeral.end };
  return { cand: newCandidate(j, numeral.end, val(numeral.value), 'ordinal', null, null, true) };
}

/** Numeric dates 2025-12-14, 2025/12/14. */
function numericDateAt(scan: Scan, j: number): Try | null {
  const { t } = scan;
  if (!isAsciiDigit(t.charAt(j))) return null;
  const m = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?!\d)/.exec(t.slice(j, j + 10));
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[3]);
  const d = Number(m[4]);
  if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && !isAsciiDigit(t.charAt(j - 1))) {
    return { cand: newCandidate(j, j + m[0].length, val(decInt(y * 10000 + mo * 100 + d)), 'date', null, null, true) };
  }
  return null;
}

/** Currency prefixes: 人民币50元, $20, ¥300. */
function currencyPrefixAt(scan: Scan, j: number): Try | null {
  const { t } = scan;
  for (const cp of CURRENCY_PREFIXES) {
    if (!t.startsWith(cp, j)) continue;
    const q = skipSpaces(t, j + cp.length);
    const element = readElement(scan, q, false);
    if (!element || element.hi || element.kind === 'percent' || element.kind === 'year') return null;
    if (element.kind === 'money') return { cand: { ...elementCand(scan, element), start: j } };
    if (element.kind !== 'number') return null;
    return {
      cand: { ...newCandidate(j, element.end, element.val, 'money', cp, element.approx), error: element.error },
    };
  }
  return null;
}

/** Temperatures: 摄氏37度, 华氏温度98.6度, 零下四摄氏度. */
function temperatureAt(scan: Scan, j: number): Try | null {
  const { t } = scan;
  for (const tp of ['摄氏温度', '华氏温度', '摄氏', '华氏', '零下']) {
    if (!t.startsWith(tp, j)) continue;
    const q = skipSpaces(t, j + tp.length);
    const element = readElement(scan, q, false);
    if (!element || element.hi) return null;
    if (element.kind !== 'measure' && element.kind !== 'number') return null;
    if (tp === '零下' && element.kind !== 'measure') return null;
    const v = tp === '零下' ? valNeg(element.val) : element.val;
    return {
      cand: newCandidate(
        j,
        element.end,
        v,
        'measure',
        element.unit ?? (tp.startsWith('华') ? '华氏度' : '摄氏度'),
        element.approx,
      ),
    };
  }
  return null;
}

/** Numerals that are part of a word or a name: 入伍, 5G, 4K, versions 1.2.3. */
function notAQuantity(scan: Scan, j: number, element: Element): Try | null {
  const { t } = scan;
  // 入伍, 登陆, 收拾, 放肆: a lone risky financial character inside a word
  if (element.numeral.risky && element.numeral.single && isHan(t.charAt(j - 1))) return { next: element.numeral.end };
  // ASCII letters glued to a number without a unit: 5G, 4K → identifiers, skip
  if (!element.unit && element.numeral.arabic && isAsciiLetter(t.charAt(element.end))) {
    let k = element.end;
    while (k < scan.n && /[A-Za-z0-9.]/.test(t.charAt(k))) k++;
    return { next: k };
  }
  // dotted sequences (1.2.3, 2222.2222.22222) are versions / identifiers
  if (
    element.numeral.arabic &&
    !element.numeral.chinese &&
    !element.fraction &&
    t.charAt(element.numeral.end) === '.' &&
    isAsciiDigit(t.charAt(element.numeral.end + 1)) &&
    !element.numeral.integer
  ) {
    let k = element.numeral.end;
    while (k < scan.n && /[0-9.]/.test(t.charAt(k))) k++;
    return { next: k };
  }
  return null;
}

/** 百分之八至九, 百分之五到百分之十. */
function percentRangeAt(scan: Scan, j: number, element: Element): Try | null {
  if (!(element.pctPrefix && element.kind === 'percent' && !element.hi)) return null;
  const secondStart = rangeConnector(scan, element.end);
  if (secondStart === null) return null;
  const second = readElement(scan, secondStart, false);
  if (
    !second ||
    second.hi ||
    !second.val.dec ||
    !element.val.dec ||
    !(second.kind === 'percent' || (second.kind === 'number' && !second.unit))
  ) {
    return null;
  }
  const hiV = second.kind === 'percent' ? second.val : val(decShift(second.val.dec, element.pctShift ?? 0));
  if (valCmp(element.val, hiV) >= 0) return null;
  const r = newCandidate(j, second.end, null, 'percent', null);
  r.min = element.val;
  r.max = hiV;
  return { cand: r };
}

/** Ranges: 2—3个, 3至5年, 1.6m-3.9m, 5.6到5.78元, 两升到三升. */
function rangeAt(scan: Scan, j: number, element: Element): Try | null {
  const secondStart = element.hi ? null : rangeConnector(scan, element.end);
  if (secondStart === null || !elementKindForRange(element) || element.pctPrefix) return null;
  const second = readElement(scan, secondStart, false);
  if (!second || !elementKindForRange(second) || second.numeral.approx || element.numeral.approx) return null;
  const sameUnit =
    !element.unit || element.unit === second.unit || (element.kind === 'money' && second.kind === 'money');
  const lo = element.unit ? element.val : scaleLike(element, second);
  if (!sameUnit || valCmp(lo, second.val) >= 0) return null;
  const year = second.kind === 'year' && element.numeral.arabicDigits === 4;
  let kind: QuantityKind = year
    ? 'year'
    : second.kind === 'number' && element.kind !== 'number'
      ? element.kind
      : second.kind;
  if (element.kind === 'number' && second.kind === 'year' && !year) kind = 'duration';
  const r = newCandidate(
    j,
    second.end,
    null,
    kind,
    second.unit ?? element.unit,
    null,
    kind === 'year' || kind === 'date',
  );
  r.min = lo;
  r.max = second.val;
  return { cand: r };
}

/**
 * Bare numerals need evidence to be quantities: plan names (“十五”计划) and
 * congress ordinals (三中全会, 二十大) are decided here, and a bare Chinese
 * numeral without that evidence is skipped with the rest of its run.
 */
function bareNumeralAt(scan: Scan, j: number, element: Element): Try | null {
  if (element.unit || element.fraction || element.pctPrefix) return null;
  const { t } = scan;
  const numeral = element.numeral;
  // “十五”计划, “九五”时期: plan names
  if (
    t.charAt(j - 1) === '“' &&
    t.charAt(element.end) === '”' &&
    /^(计划|规划|时期|期间|末|初|以来)/.test(t.slice(element.end + 1, element.end + 3))
  ) {
    return { next: element.end };
  }
  if (!numeral.chinese || numeral.arabic) return null;
  const next = t.charAt(element.end);
  // 三中全会, 二中、三中全会 → ordinal
  if (
    next === '中' &&
    isIntegerIn(numeral, 1, 9) &&
    (t.startsWith('全会', element.end + 1) || has('、，,和及', t.charAt(element.end + 1)))
  ) {
    return { cand: newCandidate(j, element.end, element.val, 'ordinal', null, null, true) };
  }
  // 党的二十大, 十九大以来 → ordinal
  if (
    next === '大' &&
    (t.slice(Math.max(0, j - 2), j) === '党的' || isIntegerIn(numeral, 11, 30)) &&
    !has('会学型量批家众小多', t.charAt(element.end + 1))
  ) {
    return { cand: newCandidate(j, element.end, element.val, 'ordinal', null, null, true) };
  }
  return lacksEvidence(scan, element) ? skipNumeralRun(scan, element.end) : null;
}

/** A bare Chinese numeral that does not count as a quantity: risky, a plain digit run, 三四 without a unit, 一 before a word. */
function lacksEvidence(scan: Scan, element: Element): boolean {
  const numeral = element.numeral;
  if (numeral.risky) return true;
  if (numeral.digitSeq) return !(numeral.seqHasZero && numeral.seqLen >= 3);
  if (numeral.hi) return !numeral.hasUnit;
  if (numeral.single) {
    const next = scan.t.charAt(element.end);
    const sfx = suffixAt(scan, element.end);
    return !(
      next === '' ||
      isBoundary(next) ||
      FUNC_AFTER_BARE.includes(next) ||
      (sfx !== null && sfx.end === element.end + 2)
    );
  }
  return false;
}

/**
 * Skip the rest of the numeral run when rejecting (computed only then: measuring it for every
 * accepted numeral of a long run — 零零零…, 一二三〇… — made the scan quadratic).
 */
function skipNumeralRun(scan: Scan, from: number): Try {
  let run = from;
  while (run < scan.n && isCnNumeralChar(scan.t.charAt(run))) run++;
  return { next: run };
}

const MAGNITUDE_EXP: Record<string, number> = { 万: 4, 亿: 8, 万亿: 12, 亿亿: 16, 万万: 8, 兆: 12 };

function scaleLike(element: Element, second: Element): Val {
  // the unit and magnitude written after the second number apply to both:
  // 3至5年, 2-3L, 2—3万人 (20000–30000), 3000-5000万元
  let v = element.val;
  if (second.numeral.magnitude && !element.numeral.magnitude && !element.numeral.hasUnit) {
    const k = MAGNITUDE_EXP[second.numeral.magnitude];
    if (k !== undefined) v = valScale(v, 10 ** k);
  }
  if (second.unitDef && second.unitDef.text !== '折') v = valScale(v, second.unitDef.scale ?? 1);
  return v;
}

/**
 * The candidate of one element: an adjacent-digit range (三四个) becomes min/max.
 *
 * @example
 * ```ts
 * elementCand(scan, readElement(scan, 0, false)!); // on '三四个': { min: 3, max: 4, unit: '个', … }
 * ```
 */
export function elementCand(scan: Scan, element: Element): Candidate {
  const r = newCandidate(element.start, element.end, element.val, element.kind, element.unit, element.approx, false);
  if (element.error) r.error = element.error;
  if (element.hi) {
    r.value = null;
    r.min = element.val;
    r.max = element.hi;
    r.approx = null;
  }
  if (element.kind === 'percent' && !element.unit && element.pctPrefix) r.unit = null;
  void scan;
  return r;
}

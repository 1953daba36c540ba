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

export interface Cand {
  start: number;
  end: number;
  value: Val | null;
  min: Val | null;
  max: Val | null;
  kind: QuantityKind;
  approx: Approx | null;
  unit: string | null;
  claimFalse: boolean;
  error?: QuantityError;
  /** Approximation from a suffix word (以上, 左右); the numeral's own and the prefix's win. */
  sfx?: Approx;
}

export type Try = { cand: Cand } | { next: number };

const FUNC_AFTER_BARE = '是和与或及那这却而不的也就都还在，';

const RANGE_CONNECTORS = ['——', '—', '–', '-', '~', '至', '到'];

// ---------------------------------------------------------------------------

export function cand(
  start: number,
  end: number,
  value: Val | null,
  kind: QuantityKind,
  unit: string | null,
  approx: Approx | null = null,
  claimFalse = false,
): Cand {
  return { start, end, value, min: null, max: null, kind, approx, unit, claimFalse };
}

function rangeConnector(S: Scan, p: number): number | null {
  const { t } = S;
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

/** The core quantity at j (after any prefix). */
export function readCore(S: Scan, j: number, lead: boolean): Try {
  const special = ordinalAt(S, j) ?? numericDateAt(S, j) ?? currencyPrefixAt(S, j) ?? temperatureAt(S, j);
  if (special) return special;
  const el = readElement(S, j, lead);
  if (!el) return { next: j + 1 };
  const decided = notAQuantity(S, j, el) ?? percentRangeAt(S, j, el) ?? rangeAt(S, j, el) ?? bareNumeralAt(S, j, el);
  if (decided) return decided;
  const cd = elementCand(S, el);
  if (!cd.min) {
    const sfx = suffixAt(S, cd.end);
    if (sfx) {
      cd.end = sfx.end;
      cd.sfx = sfx.approx;
    }
  }
  return { cand: cd };
}

/** Ordinal 第N. */
function ordinalAt(S: Scan, j: number): Try | null {
  if (S.t.charAt(j) !== '第') return null;
  const nm = readNumeral(S.ctx, j + 1, {});
  if (!nm || nm.half) return { next: j + 1 };
  if (nm.hi) return { next: nm.end };
  return { cand: cand(j, nm.end, val(nm.value), 'ordinal', null, null, true) };
}

/** Numeric dates 2025-12-14, 2025/12/14. */
function numericDateAt(S: Scan, j: number): Try | null {
  const { t } = S;
  if (!isAsciiDigit(t.charAt(j))) return null;
  const m = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?!\d)/.exec(t.slice(j, j + 10));
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[3]);
  const d = Number(m[4]);
  if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && !isAsciiDigit(t.charAt(j - 1))) {
    return { cand: cand(j, j + m[0].length, val(decInt(y * 10000 + mo * 100 + d)), 'date', null, null, true) };
  }
  return null;
}

/** Currency prefixes: 人民币50元, $20, ¥300. */
function currencyPrefixAt(S: Scan, j: number): Try | null {
  const { t } = S;
  for (const cp of CURRENCY_PREFIXES) {
    if (!t.startsWith(cp, j)) continue;
    const q = skipSpaces(t, j + cp.length);
    const el = readElement(S, q, false);
    if (!el || el.hi || el.kind === 'percent' || el.kind === 'year') return null;
    if (el.kind === 'money') return { cand: { ...elementCand(S, el), start: j } };
    if (el.kind !== 'number') return null;
    return { cand: { ...cand(j, el.end, el.val, 'money', cp, el.approx), error: el.error } };
  }
  return null;
}

/** Temperatures: 摄氏37度, 华氏温度98.6度, 零下四摄氏度. */
function temperatureAt(S: Scan, j: number): Try | null {
  const { t } = S;
  for (const tp of ['摄氏温度', '华氏温度', '摄氏', '华氏', '零下']) {
    if (!t.startsWith(tp, j)) continue;
    const q = skipSpaces(t, j + tp.length);
    const el = readElement(S, q, false);
    if (!el || el.hi) return null;
    if (el.kind !== 'measure' && el.kind !== 'number') return null;
    if (tp === '零下' && el.kind !== 'measure') return null;
    const v = tp === '零下' ? valNeg(el.val) : el.val;
    return { cand: cand(j, el.end, v, 'measure', el.unit ?? (tp.startsWith('华') ? '华氏度' : '摄氏度'), el.approx) };
  }
  return null;
}

/** Numerals that are part of a word or a name: 入伍, 5G, 4K, versions 1.2.3. */
function notAQuantity(S: Scan, j: number, el: Element): Try | null {
  const { t } = S;
  // 入伍, 登陆, 收拾, 放肆: a lone risky financial character inside a word
  if (el.nm.risky && el.nm.single && isHan(t.charAt(j - 1))) return { next: el.nm.end };
  // ASCII letters glued to a number without a unit: 5G, 4K → identifiers, skip
  if (!el.unit && el.nm.arabic && isAsciiLetter(t.charAt(el.end))) {
    let k = el.end;
    while (k < S.n && /[A-Za-z0-9.]/.test(t.charAt(k))) k++;
    return { next: k };
  }
  // dotted sequences (1.2.3, 2222.2222.22222) are versions / identifiers
  if (
    el.nm.arabic &&
    !el.nm.chinese &&
    !el.fraction &&
    t.charAt(el.nm.end) === '.' &&
    isAsciiDigit(t.charAt(el.nm.end + 1)) &&
    !el.nm.integer
  ) {
    let k = el.nm.end;
    while (k < S.n && /[0-9.]/.test(t.charAt(k))) k++;
    return { next: k };
  }
  return null;
}

/** 百分之八至九, 百分之五到百分之十. */
function percentRangeAt(S: Scan, j: number, el: Element): Try | null {
  if (!(el.pctPrefix && el.kind === 'percent' && !el.hi)) return null;
  const rc0 = rangeConnector(S, el.end);
  if (rc0 === null) return null;
  const el2 = readElement(S, rc0, false);
  if (
    !el2 ||
    el2.hi ||
    !el2.val.dec ||
    !el.val.dec ||
    !(el2.kind === 'percent' || (el2.kind === 'number' && !el2.unit))
  ) {
    return null;
  }
  const hiV = el2.kind === 'percent' ? el2.val : val(decShift(el2.val.dec, el.pctShift ?? 0));
  if (valCmp(el.val, hiV) >= 0) return null;
  const r = cand(j, el2.end, null, 'percent', null);
  r.min = el.val;
  r.max = hiV;
  return { cand: r };
}

/** Ranges: 2—3个, 3至5年, 1.6m-3.9m, 5.6到5.78元, 两升到三升. */
function rangeAt(S: Scan, j: number, el: Element): Try | null {
  const rc = el.hi ? null : rangeConnector(S, el.end);
  if (rc === null || !elementKindForRange(el) || el.pctPrefix) return null;
  const el2 = readElement(S, rc, false);
  if (!el2 || !elementKindForRange(el2) || el2.nm.approx || el.nm.approx) return null;
  const sameUnit = !el.unit || el.unit === el2.unit || (el.kind === 'money' && el2.kind === 'money');
  const lo = el.unit ? el.val : scaleLike(el, el2);
  if (!sameUnit || valCmp(lo, el2.val) >= 0) return null;
  const year = el2.kind === 'year' && el.nm.arabicDigits === 4;
  let kind: QuantityKind = year ? 'year' : el2.kind === 'number' && el.kind !== 'number' ? el.kind : el2.kind;
  if (el.kind === 'number' && el2.kind === 'year' && !year) kind = 'duration';
  const r = cand(j, el2.end, null, kind, el2.unit ?? el.unit, null, kind === 'year' || kind === 'date');
  r.min = lo;
  r.max = el2.val;
  return { cand: r };
}

/**
 * Bare numerals need evidence to be quantities: plan names (“十五”计划) and
 * congress ordinals (三中全会, 二十大) are decided here, and a bare Chinese
 * numeral without that evidence is skipped with the rest of its run.
 */
function bareNumeralAt(S: Scan, j: number, el: Element): Try | null {
  if (el.unit || el.fraction || el.pctPrefix) return null;
  const { t } = S;
  const nm = el.nm;
  // “十五”计划, “九五”时期: plan names
  if (
    t.charAt(j - 1) === '“' &&
    t.charAt(el.end) === '”' &&
    /^(计划|规划|时期|期间|末|初|以来)/.test(t.slice(el.end + 1, el.end + 3))
  ) {
    return { next: el.end };
  }
  if (!nm.chinese || nm.arabic) return null;
  const next = t.charAt(el.end);
  // 三中全会, 二中、三中全会 → ordinal
  if (
    next === '中' &&
    isIntegerIn(nm, 1, 9) &&
    (t.startsWith('全会', el.end + 1) || has('、，,和及', t.charAt(el.end + 1)))
  ) {
    return { cand: cand(j, el.end, el.val, 'ordinal', null, null, true) };
  }
  // 党的二十大, 十九大以来 → ordinal
  if (
    next === '大' &&
    (t.slice(Math.max(0, j - 2), j) === '党的' || isIntegerIn(nm, 11, 30)) &&
    !has('会学型量批家众小多', t.charAt(el.end + 1))
  ) {
    return { cand: cand(j, el.end, el.val, 'ordinal', null, null, true) };
  }
  return lacksEvidence(S, el) ? skipNumeralRun(S, el.end) : null;
}

/** A bare Chinese numeral that does not count as a quantity: risky, a plain digit run, 三四 without a unit, 一 before a word. */
function lacksEvidence(S: Scan, el: Element): boolean {
  const nm = el.nm;
  if (nm.risky) return true;
  if (nm.digitSeq) return !(nm.seqHasZero && nm.seqLen >= 3);
  if (nm.hi) return !nm.hasUnit;
  if (nm.single) {
    const next = S.t.charAt(el.end);
    const sfx = suffixAt(S, el.end);
    return !(
      next === '' ||
      isBoundary(next) ||
      FUNC_AFTER_BARE.includes(next) ||
      (sfx !== null && sfx.end === el.end + 2)
    );
  }
  return false;
}

/**
 * Skip the rest of the numeral run when rejecting (computed only then: measuring it for every
 * accepted numeral of a long run — 零零零…, 一二三〇… — made the scan quadratic).
 */
function skipNumeralRun(S: Scan, from: number): Try {
  let run = from;
  while (run < S.n && isCnNumeralChar(S.t.charAt(run))) run++;
  return { next: run };
}

const MAGNITUDE_EXP: Record<string, number> = { 万: 4, 亿: 8, 万亿: 12, 亿亿: 16, 万万: 8, 兆: 12 };

function scaleLike(el: Element, el2: Element): Val {
  // the unit and magnitude written after the second number apply to both:
  // 3至5年, 2-3L, 2—3万人 (20000–30000), 3000-5000万元
  let v = el.val;
  if (el2.nm.magnitude && !el.nm.magnitude && !el.nm.hasUnit) {
    const k = MAGNITUDE_EXP[el2.nm.magnitude];
    if (k !== undefined) v = valScale(v, 10 ** k);
  }
  if (el2.unitDef && el2.unitDef.text !== '折') v = valScale(v, el2.unitDef.scale ?? 1);
  return v;
}

export function elementCand(S: Scan, el: Element): Cand {
  const r = cand(el.start, el.end, el.val, el.kind, el.unit, el.approx, false);
  if (el.error) r.error = el.error;
  if (el.hi) {
    r.value = null;
    r.min = el.val;
    r.max = el.hi;
    r.approx = null;
  }
  if (el.kind === 'percent' && !el.unit && el.pctPrefix) r.unit = null;
  void S;
  return r;
}

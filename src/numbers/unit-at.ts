/**
 * The unit after a numeral, decided in context: 年 after a four-digit number is a
 * year, 月 needs 1–12, 成/折 need a value up to ten, 块 is money only before
 * 钱/角/分 or a boundary, and so on.
 *
 * @internal
 */
import { CN_DIGIT, CN_ZERO, isAsciiDigit } from './chars.js';
import { decToNumber } from './decimal.js';
import { type Numeral, has } from './numeral.js';
import { MAX_SPACES_BEFORE_UNIT, type Scan, isBoundary, isIntegerIn, skipSpaces } from './text.js';
import type { QuantityKind } from './types.js';
import { type UnitDef, matchUnit } from './units.js';

const CHENG_NOT_BEFORE = '员为果立功效就长本熟型交绩都败品套片批群千色形像份活风语规全年人才了家事器材药衣熟';
const ZHE_NOT_BEFORE = '合算旧射叠扣返腾中线价现子磨服';

/** A unit found after a numeral, with the kind of quantity it makes there. */
export interface UnitMatch {
  def: UnitDef;
  /** End of the unit. */
  end: number;
  kind: QuantityKind;
  /** The unit as written (same as `def.text`). */
  text: string;
}

/**
 * Smallest and largest value a four-digit Arabic number before 年/年度 may have to
 * be read as a year (2025年) rather than a duration (2500年).
 *
 * @example
 * ```ts
 * YEAR_MIN <= 2025 && 2025 <= YEAR_MAX; // true: 2025年 is a year
 * ```
 */
export const YEAR_MIN = 1000;
/** Largest year; see {@link YEAR_MIN}. */
export const YEAR_MAX = 2199;

/** Unit after p (up to 4 spaces), with contextual decisions. */
export function unitAt(scan: Scan, p: number, numeral: Numeral, start: number): UnitMatch | null {
  const { t } = scan;
  const q = skipSpaces(t, p, MAX_SPACES_BEFORE_UNIT);
  if (q > p && q - p > 1 && !/[个百]/.test(t.charAt(q))) {
    // long runs of spaces only before 个百分点
    return null;
  }
  const def = matchUnit(t, q);
  if (!def) return null;
  const end = q + def.text.length;
  if (def.text === '块' && def.cls === 'money' && !kuaiIsMoney(t, end)) {
    return { def: { text: '块', cls: 'count' }, end, kind: 'count', text: '块' };
  }
  const kind = unitKind(scan, def, end, numeral, start);
  if (kind === null) return null;
  return { def, end, kind, text: def.text };
}

/** Written as a year: four Arabic digits in {@link YEAR_MIN}–{@link YEAR_MAX}, or four digits read one by one (二〇二五). */
function isYearNumeral(numeral: Numeral): boolean {
  const v = decToNumber(numeral.value);
  return (numeral.arabicDigits === 4 && v >= YEAR_MIN && v <= YEAR_MAX) || (numeral.digitSeq && numeral.seqLen === 4);
}

/** The kind of quantity the unit makes after this numeral, or null when it is not a unit here. */
function unitKind(scan: Scan, def: UnitDef, end: number, numeral: Numeral, start: number): QuantityKind | null {
  const { t } = scan;
  switch (def.cls) {
    case 'count':
      if (def.text === '点' && !numeral.integer) return null;
      return def.text === '期' && t.startsWith('工程', end) ? 'ordinal' : 'count'; // 一期工程 = phase one
    case 'duration':
      if (def.text === '年') return isYearNumeral(numeral) ? 'year' : 'duration';
      if (def.text === '日') return isIntegerIn(numeral, 1, 31) ? 'date' : 'duration';
      return 'duration';
    case 'measure':
      return measureKind(scan, def, end, numeral, start);
    case 'money':
      return 'money';
    case 'percent':
      return percentKind(t, def, end, numeral);
    case 'percentage-point':
      return 'percentage-point';
    case 'multiple':
      return def.text === '番' && t.charAt(start - 1) !== '翻' ? null : 'multiple';
    case 'date':
      return dateKind(def, numeral);
    case 'ordinal':
      return 'ordinal';
    case 'identifier':
      return def.text === '号' &&
        (t.charAt(start - 1) === '月' || /月\d{1,2}$/.test(t.slice(Math.max(0, start - 3), start)))
        ? 'date'
        : 'identifier';
  }
  return null;
}

/** 块 is money before 钱/角/毛/分, a digit, a boundary or 以上/以下/左右; a classifier otherwise (一块地). */
function kuaiIsMoney(t: string, end: number): boolean {
  const next = t.charAt(end);
  return (
    '钱角毛分'.includes(next) ||
    next === '' ||
    CN_DIGIT.has(next) ||
    CN_ZERO.has(next) ||
    isAsciiDigit(next) ||
    isBoundary(next) ||
    t.startsWith('以上', end) ||
    t.startsWith('以下', end) ||
    t.startsWith('左右', end)
  );
}

/** Measures: 升 before 至/到 only in 两升到三升, 分 (score / minute) only before a boundary, 一度 and 两两 are words. */
function measureKind(scan: Scan, def: UnitDef, end: number, numeral: Numeral, start: number): QuantityKind | null {
  const { t } = scan;
  const next = t.charAt(end);
  let kind: QuantityKind = 'measure';
  if (def.text === '升' && has('至到', next) && !/^[至到][^升]{1,6}升/.test(t.slice(end, end + 9))) return null;
  if (def.text === '分') {
    if (
      !(
        isBoundary(next) ||
        next === '的' ||
        t.startsWith('以上', end) ||
        t.startsWith('以下', end) ||
        t.startsWith('左右', end)
      )
    )
      return null;
    if (t.charAt(start - 1) === '时' || t.charAt(start - 1) === '点') kind = 'date';
  }
  if (def.text === '度' && numeral.single && decToNumber(numeral.value) === 1) return null;
  if (def.text === '两' && scan.t.slice(numeral.start, numeral.end) === '两') return null; // 两两
  return kind;
}

/** 成 needs 1–10 (三成), 折 1–10 or two digits (八五折); neither before a word (成员, 折合). */
function percentKind(t: string, def: UnitDef, end: number, numeral: Numeral): QuantityKind | null {
  const next = t.charAt(end);
  const v = decToNumber(numeral.value);
  if (def.text === '成') {
    if (!(v > 0 && v <= 10) || (next !== '' && CHENG_NOT_BEFORE.includes(next))) return null;
  } else if (def.text === '折') {
    const twoDigit = (numeral.arabicDigits === 2 && numeral.integer) || (numeral.digitSeq && numeral.seqLen === 2);
    if (!((v > 0 && v <= 10) || twoDigit) || (next !== '' && ZHE_NOT_BEFORE.includes(next))) return null;
  }
  return 'percent';
}

/** 月 needs 1–12, 时 0–24; 季度 beyond 1–4 and 年度 not after a year are durations. */
function dateKind(def: UnitDef, numeral: Numeral): QuantityKind | null {
  if (def.text === '月') return isIntegerIn(numeral, 1, 12) ? 'date' : null;
  if (def.text === '季度') return isIntegerIn(numeral, 1, 4) ? 'date' : 'duration';
  if (def.text === '时') return isIntegerIn(numeral, 0, 24) ? 'date' : null;
  if (def.text === '年度') return isYearNumeral(numeral) ? 'year' : 'duration';
  return 'date';
}

/** {@link unitAt} after a fraction (三分之一): only measures, counts, durations and money. */
export function unitAtFraction(scan: Scan, p: number, numeral: Numeral, start: number): UnitMatch | null {
  const u = unitAt(scan, p, numeral, start);
  if (!u) return null;
  if (u.kind === 'measure' || u.kind === 'count' || u.kind === 'duration' || u.kind === 'money') return u;
  return null;
}

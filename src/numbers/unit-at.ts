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
import { type Scan, isBoundary, isIntegerIn, skipSpaces } from './text.js';
import type { QuantityKind } from './types.js';
import { type UnitDef, matchUnit } from './units.js';

const CHENG_NOT_BEFORE = '员为果立功效就长本熟型交绩都败品套片批群千色形像份活风语规全年人才了家事器材药衣熟';
const ZHE_NOT_BEFORE = '合算旧射叠扣返腾中线价现子磨服';

/** Unit after p (up to 4 spaces), with contextual decisions. */
export function unitAt(
  S: Scan,
  p: number,
  nm: Numeral,
  start: number,
): { def: UnitDef; end: number; kind: QuantityKind; text: string } | null {
  const { t } = S;
  const q = skipSpaces(t, p, 4);
  if (q > p && q - p > 1 && !/[个百]/.test(t.charAt(q))) {
    // long runs of spaces only before 个百分点
    return null;
  }
  const def = matchUnit(t, q);
  if (!def) return null;
  let end = q + def.text.length;
  const next = t.charAt(end);
  const v = decToNumber(nm.value);
  let kind: QuantityKind;
  switch (def.cls) {
    case 'count':
      kind = 'count';
      if (def.text === '点' && !nm.integer) return null;
      if (def.text === '期' && t.startsWith('工程', end)) kind = 'ordinal'; // 一期工程 = phase one
      break;
    case 'duration':
      kind = 'duration';
      if (def.text === '年') {
        if ((nm.arabicDigits === 4 && v >= 1000 && v <= 2199) || (nm.digitSeq && nm.seqLen === 4)) kind = 'year';
      } else if (def.text === '日') {
        if (isIntegerIn(nm, 1, 31)) kind = 'date';
      }
      break;
    case 'measure':
      kind = 'measure';
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
      if (def.text === '度' && nm.single && decToNumber(nm.value) === 1) return null;
      if (def.text === '两' && S.t.slice(nm.start, nm.end) === '两') return null; // 两两
      break;
    case 'money':
      kind = 'money';
      if (def.text === '块') {
        const ok =
          '钱角毛分'.includes(next) ||
          next === '' ||
          CN_DIGIT.has(next) ||
          CN_ZERO.has(next) ||
          isAsciiDigit(next) ||
          isBoundary(next) ||
          t.startsWith('以上', end) ||
          t.startsWith('以下', end) ||
          t.startsWith('左右', end);
        if (!ok) return { def: { text: '块', cls: 'count' }, end, kind: 'count', text: '块' };
      }
      break;
    case 'percent':
      kind = 'percent';
      if (def.text === '成') {
        if (!(v > 0 && v <= 10) || (next !== '' && CHENG_NOT_BEFORE.includes(next))) return null;
      } else if (def.text === '折') {
        const twoDigit = (nm.arabicDigits === 2 && nm.integer) || (nm.digitSeq && nm.seqLen === 2);
        if (!((v > 0 && v <= 10) || twoDigit) || (next !== '' && ZHE_NOT_BEFORE.includes(next))) return null;
      }
      break;
    case 'percentage-point':
      kind = 'percentage-point';
      break;
    case 'multiple':
      kind = 'multiple';
      if (def.text === '番' && t.charAt(start - 1) !== '翻') return null;
      break;
    case 'date':
      kind = 'date';
      if (def.text === '月') {
        if (!isIntegerIn(nm, 1, 12)) return null;
      } else if (def.text === '季度') {
        if (!isIntegerIn(nm, 1, 4)) kind = 'duration';
      } else if (def.text === '时') {
        if (!isIntegerIn(nm, 0, 24)) return null;
      } else if (def.text === '年度') {
        if ((nm.arabicDigits === 4 && v >= 1000 && v <= 2199) || (nm.digitSeq && nm.seqLen === 4)) kind = 'year';
        else kind = 'duration';
      }
      break;
    case 'ordinal':
      kind = 'ordinal';
      break;
    case 'identifier':
      kind = 'identifier';
      if (
        def.text === '号' &&
        (t.charAt(start - 1) === '月' || /月\d{1,2}$/.test(t.slice(Math.max(0, start - 3), start)))
      )
        kind = 'date';
      break;
  }
  end = q + def.text.length;
  return { def, end, kind, text: def.text };
}

export function unitAtFraction(S: Scan, p: number, nm: Numeral, start: number): ReturnType<typeof unitAt> {
  const u = unitAt(S, p, nm, start);
  if (!u) return null;
  if (u.kind === 'measure' || u.kind === 'count' || u.kind === 'duration' || u.kind === 'money') return u;
  return null;
}

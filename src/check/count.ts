/**
 * The count a formulation's name carries: 两个维护 → 2, 三会一课 → 4 (三 + 一), 五位一体 → 5,
 * 政治三力 → 3, 双一流 → 2, or null when the name carries none (第一议题, 千万工程, 十四五).
 */

import { smallChineseNumber } from '../numbers/index.js';

/** Numerals that are words, not counts: 一体 (五位一体), 一般 (铁一般), 一流, 合一 (三证合一), 一号. */
const NOT_A_COUNT = /位一体|一般|一流|合一|一号|一切/g;
/** Names that are ordinals or plan numbers: 第一…, 十四五, 七五普法, 863计划. */
const ORDINAL = /^第|^\d|[一二三四五六七八九十]五(?:普法)?$/;
const NUMERAL_RUN = /十[一二三四五六七八九]?|[一二两双三四五六七八九]十?[一二三四五六七八九]?/g;

/**
 * The number of members a formulation's name announces, summed over its numerals
 * (三去一降一补 → 5, 五讲四美 → 9), or null when the name carries no count.
 * `X字` names (新十六字方针) count characters and are returned with `unit: 'char'`.
 *
 * @example
 * ```ts
 * countInName('两个确立'); // { count: 2, unit: 'member' }
 * countInName('新十六字方针'); // { count: 16, unit: 'char' }
 * countInName('第一议题'); // null
 * ```
 */
export function countInName(name: string): { count: number; unit: 'member' | 'char' } | null {
  if (ORDINAL.test(name)) return null;
  const bare = name.replace(NOT_A_COUNT, (m) => (m === '位一体' ? '位' : '·'.repeat(m.length)));
  const runs = bare.match(NUMERAL_RUN);
  if (!runs) return null;
  const count = runs.reduce((sum, run) => sum + smallChineseNumber(run), 0);
  const unit = /字/.test(bare) ? 'char' : 'member';
  return count > 0 ? { count, unit } : null;
}

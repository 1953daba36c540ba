/**
 * Chinese number resolution and quantity scanning.
 *
 * - {@link resolveNumber}: one numeral string → value (exact base-10 arithmetic).
 * - {@link resolveQuantity}: one quantity string (with unit / approximation) → {@link Quantity}.
 * - {@link scanQuantities}: every quantity in a text, with UTF-16 offsets.
 * - {@link numbersLines}: JSON-lines batch interface (one line in, one JSON line out).
 *
 * Decisions (see {@link QuantityKind} for the kinds and their `claim`):
 * - Lexical numerals are not reported at all: 一些, 一系列, 统一, 唯一, 进一步,
 *   一体化, 一刀切, 十分, 三农, 一年来, 过去一年, 一级抓一级, 一批 ("a number
 *   of"), 一起 ("together"; but 未发生一起…案件 is a count), plan names
 *   (十四五, “十五”计划), set phrases (一带一路, 九二共识, 二十国集团) — see
 *   {@link LEXICAL_WORDS}. A lone Chinese digit followed by an ordinary word
 *   (三重一大, 四风, 两岸) is not a quantity; followed by a classifier it is
 *   (四个意识 is a count — pass such formulations via `exclude`).
 * - Durations naming a plan or anniversary are not claims: 三年行动计划,
 *   十年禁渔, 75周年, 五年来, 建军一百年奋斗目标.
 * - 以上/以下 are inclusive (at-least / at-most); 近 + a duration (近三年) means
 *   "the last three years" and carries no approximation.
 * - Names glued to Latin letters (5G, PM2.5, B12, G20) are not quantities.
 *
 * @example
 * ```ts
 * import { scanQuantities } from './numbers/index.js';
 * scanQuantities('国内生产总值增长5%左右')[0]?.approx; // 'about'
 * ```
 *
 * @packageDocumentation
 */
export { resolveNumber, resolveQuantity } from './resolve.js';
export { scanQuantities, type ScanOptions } from './scan.js';
export { numbersLines, formatQuantitiesLine, type NumbersLinesOptions } from './lines.js';
export type { Approx, Quantity, QuantityError, QuantityKind, Resolution } from './types.js';
export { LEXICAL_WORDS } from './lexicon.js';
export { smallChineseNumber } from './small-numeral.js';
export { YEAR_MAX, YEAR_MIN } from './unit-at.js';
export { isHan } from './chars.js';

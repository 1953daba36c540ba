/**
 * Approximation and comparison words around a number: prefixes (超过, 不低于, 约,
 * 近, 比…高) and suffixes (以上, 左右, 有余), with the contexts in which they are
 * ordinary words instead (附近, 制约, 上下文).
 *
 * @internal
 */
import { isAsciiDigit, isCnNumeralChar, isHan } from './chars.js';
import { has } from './numeral.js';
import { type Scan, isBoundary, skipSpaces } from './text.js';
import type { Approx } from './types.js';

/**
 * Approximations that bound a value from below (超过, 以上): the low end of a range
 * written as two bounds (1000以上，1500以下).
 *
 * @example
 * ```ts
 * LOWER.has('at-least'); // true
 * ```
 */
export const LOWER: ReadonlySet<Approx> = new Set(['more-than', 'at-least']);
/** Approximations that bound a value from above (不到, 以下); see {@link LOWER}. */
export const UPPER: ReadonlySet<Approx> = new Set(['less-than', 'at-most']);

/**
 * A word before a number that qualifies it (超过, 约, 不低于, 比).
 *
 * @example
 * ```ts
 * const over: Prefix = { word: '超过', approx: 'more-than', lead: true };
 * ```
 */
export interface Prefix {
  /** The word as written. */
  word: string;
  /** What it says about the value (null for 比, which takes its direction from 高/低 after the number). */
  approx: Approx | null;
  /** The numeral after it may start with a multiplier (超百万). */
  lead: boolean;
  /** A comparison: 比…高/低/多/少. */
  cmp?: boolean;
  /** Vague count words (上百, 数十, 几千): only before 十/百/千/万/亿. */
  vague?: boolean;
}

const PREFIXES: Prefix[] = (
  [
    ['大于或者等于', 'at-least'],
    ['大于或等于', 'at-least'],
    ['大于等于', 'at-least'],
    ['不小于', 'at-least'],
    ['不低于', 'at-least'],
    ['不少于', 'at-least'],
    ['至少', 'at-least'],
    ['最少', 'at-least'],
    ['起码', 'at-least'],
    ['最低', 'at-least'],
    ['不下', 'at-least'],
    ['≥', 'at-least'],
    ['>=', 'at-least'],
    ['小于或者等于', 'at-most'],
    ['小于或等于', 'at-most'],
    ['小于等于', 'at-most'],
    ['不大于', 'at-most'],
    ['不高于', 'at-most'],
    ['不多于', 'at-most'],
    ['不超过', 'at-most'],
    ['不超出', 'at-most'],
    ['至多', 'at-most'],
    ['最多', 'at-most'],
    ['最高', 'at-most'],
    ['≤', 'at-most'],
    ['<=', 'at-most'],
    ['超过', 'more-than'],
    ['超出', 'more-than'],
    ['突破', 'more-than'],
    ['多于', 'more-than'],
    ['大于', 'more-than'],
    ['高于', 'more-than'],
    ['逾', 'more-than'],
    ['超', 'more-than'],
    ['>', 'more-than'],
    ['不到', 'less-than'],
    ['不足', 'less-than'],
    ['不满', 'less-than'],
    ['少于', 'less-than'],
    ['小于', 'less-than'],
    ['低于', 'less-than'],
    ['将近', 'less-than'],
    ['接近', 'less-than'],
    ['近', 'less-than'],
    ['<', 'less-than'],
    ['大约', 'about'],
    ['大概', 'about'],
    ['大致', 'about'],
    ['约', 'about'],
  ] as Array<[string, Approx]>
)
  .map(([word, approx]): Prefix => ({ word, approx, lead: true }))
  .concat([
    { word: '上', approx: 'more-than', lead: true, vague: true },
    { word: '数', approx: 'more-than', lead: true, vague: true },
    { word: '几', approx: 'more-than', lead: true, vague: true },
    { word: '比', approx: null, lead: false, cmp: true },
  ])
  .sort((a, b) => b.word.length - a.word.length);

/**
 * First characters of every prefix word, for a fast test of where a quantity may start.
 *
 * @example
 * ```ts
 * PREFIX_FIRST.has('超'); // true
 * ```
 */
export const PREFIX_FIRST = new Set(PREFIXES.map((p) => p.word.charAt(0)));

const SUFFIXES: Array<[string, Approx]> = [
  ['或者以上', 'at-least'],
  ['或以上', 'at-least'],
  ['及以上', 'at-least'],
  ['以上', 'at-least'],
  ['或者以下', 'at-most'],
  ['或以下', 'at-most'],
  ['及以下', 'at-most'],
  ['以下', 'at-most'],
  ['以内', 'at-most'],
  ['之内', 'at-most'],
  ['之上', 'more-than'],
  ['之下', 'less-than'],
  ['左右', 'about'],
  ['上下', 'about'],
  ['开外', 'more-than'],
  ['有余', 'more-than'],
  ['出头', 'more-than'],
  ['或者更多', 'at-least'],
  ['或更多', 'at-least'],
];

const VAGUE_OK_BEFORE = '达有了的和与近超约为到至逾及等或是在计共涉带';

/**
 * An approximation suffix after p (以上, 左右, 有余), skipping a few spaces; 以上 before
 * 几/各/这/所 (以上几点, 以上各项) and 上下 inside a word are not suffixes.
 *
 * @example
 * ```ts
 * suffixAt(scan, 2)?.approx; // on '5%左右': 'about'
 * ```
 */
export function suffixAt(scan: Scan, p: number): { approx: Approx; end: number } | null {
  const { t } = scan;
  const q = skipSpaces(t, p);
  for (const [w, a] of SUFFIXES) {
    if (!t.startsWith(w, q)) continue;
    const next = t.charAt(q + w.length);
    if (w === '上下' && !(isBoundary(next) || next === '的')) continue;
    if ((w.endsWith('以上') || w.endsWith('以下')) && next !== '' && '几各简称这那述所列'.includes(next)) continue;
    return { approx: a, end: q + w.length };
  }
  return null;
}

/**
 * The longest qualifying prefix word at i, unless the word is part of another
 * (附近, 制约, 赶超) or, for 上/数/几, no multiplier follows.
 *
 * @example
 * ```ts
 * matchPrefix(scan, 0)?.approx; // on '超过5万人': 'more-than'
 * ```
 */
export function matchPrefix(scan: Scan, i: number): Prefix | null {
  const { t } = scan;
  if (!PREFIX_FIRST.has(t.charAt(i))) return null;
  const prev = t.charAt(i - 1);
  for (const p of PREFIXES) {
    if (!t.startsWith(p.word, i)) continue;
    if (p.word === '近' && has('最附亲靠邻贴就逼将接', prev)) continue;
    if (p.word === '约' && has('制节契预简集公条婚邀相特合签履违毁守践隐纽大', prev)) continue;
    if (p.word === '超' && has('赶高', prev)) continue;
    if (p.vague) {
      const nx = t.charAt(i + 1);
      if (!(p.word === '上' ? '百千万亿' : '十百千万亿').includes(nx || '\u0000')) continue;
      if (isHan(prev) && !VAGUE_OK_BEFORE.includes(prev)) continue;
    }
    return p;
  }
  return null;
}

const BOUND_VERBS = ['组织', '开展', '召开', '举办', '安排', '需要', '应当', '保持', '完成', '培训', '要', '需', '应'];

/**
 * Skip the verb between a prefix and its number: 了, 达到/有/为/是/达/在, and after
 * 至少/最多 a planning verb (每年至少组织2次, 最多安排3天).
 *
 * @example
 * ```ts
 * skipFiller('超过了5万', 2, over); // 3
 * ```
 */
export function skipFiller(t: string, p: number, pre: Prefix): number {
  let q = p;
  if (t.charAt(q) === '了') q++;
  if (pre.approx === 'at-least' || pre.approx === 'at-most') {
    // 每年至少组织2次, 最多安排3天
    for (const v of BOUND_VERBS) {
      if (t.startsWith(v, q) && (isAsciiDigit(t.charAt(q + v.length)) || isCnNumeralChar(t.charAt(q + v.length)))) {
        return q + v.length;
      }
    }
  }
  for (const f of ['达到', '有', '为', '是', '达', '在']) {
    if (t.startsWith(f, q)) {
      q += f.length;
      break;
    }
  }
  return skipSpaces(t, q);
}

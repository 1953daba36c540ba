/**
 * Public types of the numbers module.
 */

/**
 * What a quantity is.
 *
 * | kind | examples | `claim` |
 * |---|---|---|
 * | `count` | 36次, 120余人次, 6个, 42名 | true |
 * | `number` | bare numbers: 超百万, 2.3, 二百五 | true |
 * | `percent` | 23%, 百分之九十五, 千分之三 (0.3), 三成 (30) | true |
 * | `percentage-point` | 4.2个百分点 | true |
 * | `money` | 1.2万亿元 (value in 元), 3.2万亿美元 (value in 美元) | true |
 * | `fraction` | 三分之一 (0.333…), 1/2 | true |
 * | `duration` | 5年, 3个月, 半年 | true, except plan names and anniversaries (三年行动计划, 70周年, 三年来) |
 * | `measure` | 3.7亿千瓦, 387万亩, 2.4微克, 29岁 | true |
 * | `multiple` | 3倍, 翻两番 (value 2, unit 番) | true |
 * | `year` | 2025年, 二〇二五年, 2021—2025年 | false |
 * | `date` | 12月 (12), 14日 (14), 一季度 (1), 80年代, 2025-12-14 (20251214) | false |
 * | `ordinal` | 第三, 二十届, 三中全会 (三), headings 一、 （二） 1.; enumerations 一是 | false |
 * | `identifier` | 〔2025〕3号 (3), 嫦娥六号 (6), 3.0版 | false |
 *
 * A range keeps the kind of its endpoints (2—3个 is a `count`, 3至5年 a
 * `duration`); it is recognised by `value === null && min !== null`.
 *
 * @example
 * ```ts
 * const k: QuantityKind = 'percentage-point';
 * ```
 */
export type QuantityKind =
  | 'count'
  | 'number'
  | 'percent'
  | 'percentage-point'
  | 'money'
  | 'fraction'
  | 'duration'
  | 'measure'
  | 'multiple'
  | 'year'
  | 'date'
  | 'ordinal'
  | 'identifier';

/**
 * Approximation attached to a value.
 *
 * - `more-than`: 余/多/几/超/超过/突破/逾/高于/大于, 之上
 * - `less-than`: 近/将近/接近/不到/不足/低于/小于, 之下
 * - `about`: 约/大约/大概/左右/上下/来 (十来个)
 * - `at-least`: 以上/及以上/不少于/不低于/至少/最少/最低/起码/或以上/≥
 * - `at-most`: 以下/以内/不超过/不高于/最多/至多/最高/≤
 *
 * 以上/以下 are inclusive in Chinese official usage, hence at-least/at-most.
 * When several markers apply, the one inside the numeral wins (约120余人 →
 * more-than), then the prefix, then the suffix. Ranges always have `approx: null`.
 *
 * @example
 * ```ts
 * const a: Approx = 'at-least';
 * ```
 */
export type Approx = 'more-than' | 'less-than' | 'about' | 'at-least' | 'at-most';

/**
 * Why a recognised quantity has no value.
 *
 * @example
 * ```ts
 * const e: QuantityError = 'too-large';
 * ```
 */
export type QuantityError = 'too-large' | 'unparseable';

/**
 * A quantity found in text.
 *
 * Invariants: `text === input.slice(start, end)` (UTF-16 offsets);
 * `value` is null exactly for ranges and errors; `min`/`max` are non-null only
 * for ranges (for single values they are null — use `value` and `approx`).
 *
 * @example
 * ```ts
 * const q: Quantity = {
 *   text: '120余人次', start: 6, end: 12, value: 120, min: null, max: null,
 *   kind: 'count', approx: 'more-than', unit: '人次', claim: true,
 * };
 * ```
 */
export interface Quantity {
  text: string;
  start: number;
  end: number;
  /** Money: in the base currency unit (元 for 万元/亿元). Percent kinds: in percent units (23% → 23). */
  value: number | null;
  min: number | null;
  max: number | null;
  kind: QuantityKind;
  approx: Approx | null;
  /**
   * Unit as written (人次, 个百分点, 千瓦). For money the written magnitude is
   * kept with the currency (万元, 亿元, 万亿美元) while `value` is scaled to the
   * base unit; for other kinds a magnitude belongs to the number
   * (1200万人 → value 12000000, unit 人). Percents keep the sign written
   * (`%`, `‰`, `成`, `折`); 百分之/千分之 forms have unit null. A unit written
   * once after a list is shared by its members (4.2和0.7个百分点).
   */
  unit: string | null;
  /** False for years, dates, ordinals, headings, identifiers, plan names. */
  claim: boolean;
  error?: QuantityError;
}

/**
 * Result of resolving a numeral string on its own.
 *
 * @example
 * ```ts
 * const r: Resolution = { value: 12000, min: null, max: null, approx: null };
 * ```
 */
export interface Resolution {
  value: number | null;
  min: number | null;
  max: number | null;
  approx: Approx | null;
  error?: QuantityError;
}

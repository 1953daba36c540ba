/**
 * Resolving a numeral string (or a one-quantity string) on its own.
 */
import { describeValue, readWhole, scanQuantities } from './scan.js';
import { valNumber, valTooLarge } from './value.js';
import type { Quantity, Resolution } from './types.js';

/**
 * Resolve a string that is exactly one numeral: Arabic (1,200 / 1.2 / .5 /
 * １２３), Chinese (一百二十, 两千, 一千零五, 〇, 十四, 二〇二五), financial
 * (壹贰叁…拾佰仟), mixed (1.2万, 3500万, 12万亿), signed (负三十二, -5),
 * fractions (三分之一, 3/5, 1又二分之一), 百分之/千分之 (in percent units) and
 * 余/多/几 (approx `more-than`). Adjacent-digit ranges (二三十, 三四) give
 * `min`/`max` with `value: null`.
 *
 * Never silently wrong: a value beyond `Number.MAX_SAFE_INTEGER` gives
 * `error: 'too-large'`, anything that is not one numeral gives
 * `error: 'unparseable'`; `value` is null in both cases.
 *
 * @throws TypeError when `text` is not a string.
 * @example
 * ```ts
 * resolveNumber('三万五千').value;   // 35000
 * resolveNumber('1.2万亿').value;    // 1200000000000
 * resolveNumber('两千余');           // { value: 2000, approx: 'more-than', … }
 * resolveNumber('二三十');           // { value: null, min: 20, max: 30, … }
 * resolveNumber('一些').error;       // 'unparseable'
 * ```
 */
export function resolveNumber(text: string): Resolution {
  if (typeof text !== 'string') throw new TypeError(`tifa: resolveNumber expects a string, got ${describeValue(text)}`);
  const s = text.trim();
  const fail = (error: 'too-large' | 'unparseable'): Resolution => ({
    value: null,
    min: null,
    max: null,
    approx: null,
    error,
  });
  if (s === '') return fail('unparseable');
  const r = readWhole(s);
  if (!r?.value) return fail('unparseable');
  if (r.error) return fail(r.error);
  if (valTooLarge(r.value) || (r.hi && valTooLarge(r.hi))) return fail('too-large');
  const v = valNumber(r.value);
  if (!Number.isFinite(v)) return fail('unparseable');
  if (r.hi) return { value: null, min: v, max: valNumber(r.hi), approx: null };
  return { value: v, min: null, max: null, approx: r.approx };
}

/**
 * Resolve a string that is exactly one quantity, with its unit and
 * approximation words (120余人次, 5%左右, 2—3个, 1.2万亿元, 2025年). Offsets
 * are relative to the string as given (leading/trailing whitespace allowed).
 * When the string is not one quantity the result has `error: 'unparseable'`,
 * `kind: 'number'` and null values.
 *
 * @throws TypeError when `text` is not a string.
 * @example
 * ```ts
 * resolveQuantity('城镇新增就业1200万人以上'.slice(6));
 * // { text: '1200万人以上', value: 12000000, approx: 'at-least', unit: '人', kind: 'count', … }
 * ```
 */
export function resolveQuantity(text: string): Quantity {
  if (typeof text !== 'string')
    throw new TypeError(`tifa: resolveQuantity expects a string, got ${describeValue(text)}`);
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  const qs = scanQuantities(text);
  const only = qs[0];
  if (qs.length === 1 && only && only.start === start && only.end === end) return only;
  return {
    text: text.slice(start, end),
    start,
    end: Math.max(start, end),
    value: null,
    min: null,
    max: null,
    kind: 'number',
    approx: null,
    unit: null,
    claim: false,
    error: 'unparseable',
  };
}

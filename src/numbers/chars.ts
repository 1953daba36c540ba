/**
 * Character tables for numeral recognition: one-to-one normalisation (so UTF-16
 * offsets are preserved) and the digit / unit values of Chinese numerals.
 *
 * @internal
 */

const NORMALISE: Record<string, string> = {
  // full-width punctuation used inside numbers
  '．': '.',
  '％': '%',
  '－': '-',
  '／': '/',
  '～': '~',
  '＋': '+',
  '＜': '<',
  '＞': '>',
  '＝': '=',
  '（': '(',
  '）': ')',
  '［': '[',
  '］': ']',
  '　': ' ',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u2212': '-',
  '〜': '~',
  '∼': '~',
  '≧': '≥',
  '≦': '≤',
  '＄': '$',
  '￥': '¥',
  // traditional characters that matter for numbers, units and approximation words
  萬: '万',
  億: '亿',
  點: '点',
  負: '负',
  兩: '两',
  倆: '两',
  俩: '两',
  個: '个',
  貳: '贰',
  叄: '叁',
  幾: '几',
  對: '对',
  雙: '双',
  餘: '余',
  塊: '块',
  圓: '圆',
  幣: '币',
  裏: '里',
  與: '与',
  間: '间',
  為: '为',
  於: '于',
  週: '周',
  歲: '岁',
  號: '号',
  項: '项',
  條: '条',
  場: '场',
  噸: '吨',
  畝: '亩',
  釐: '厘',
  攝: '摄',
  華: '华',
  門: '门',
  張: '张',
  輛: '辆',
  鐘: '钟',
  時: '时',
  體: '体',
  過: '过',
  達: '达',
  約: '约',
  來: '来',
  內: '内',
  侖: '仑',
  籌: '筹',
  們: '们',
  種: '种',
  類: '类',
  屆: '届',
  頁: '页',
  隻: '只',
  臺: '台',
  檯: '台',
  級: '级',
  較: '较',
  從: '从',
  區: '区',
  碼: '码',
  計: '计',
  價: '价',
  長: '长',
  減: '减',
  總: '总',
  額: '额',
  準: '准',
  鎊: '镑',
  盧: '卢',
  買: '买',
  賣: '卖',
  權: '权',
  當: '当',
  積: '积',
  溫: '温',
  鬥: '斗',
  統: '统',
  進: '进',
  樣: '样',
  係: '系',
  帶: '带',
  國: '国',
  這: '这',
  還: '还',
  會: '会',
  員: '员',
  劃: '划',
  齊: '齐',
  貫: '贯',
  網: '网',
  規: '规',
  則: '则',
  並: '并',
  邊: '边',
  戶: '户',
  論: '论',
};

function buildNormaliseTable(): Map<number, number> {
  const m = new Map<number, number>();
  for (const [k, v] of Object.entries(NORMALISE)) {
    if (k.length === 1 && v.length === 1) m.set(k.charCodeAt(0), v.charCodeAt(0));
  }
  // full-width digits and letters
  for (let c = 0xff10; c <= 0xff19; c++) m.set(c, c - 0xff10 + 0x30);
  for (let c = 0xff21; c <= 0xff3a; c++) m.set(c, c - 0xff21 + 0x41);
  for (let c = 0xff41; c <= 0xff5a; c++) m.set(c, c - 0xff41 + 0x61);
  return m;
}

const NORM_TABLE = buildNormaliseTable();

/**
 * Map every UTF-16 unit to its canonical form (full-width → ASCII, some
 * traditional → simplified). The result has exactly the same length as the
 * input, so offsets computed on it are offsets into the original text.
 *
 * @example
 * ```ts
 * normaliseChars('１２３．５％'); // '123.5%'
 * ```
 */
export function normaliseChars(text: string): string {
  let out = '';
  let changed = false;
  const parts: string[] = [];
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const m = NORM_TABLE.get(text.charCodeAt(i));
    if (m !== undefined) {
      if (!changed) changed = true;
      parts.push(text.slice(last, i), String.fromCharCode(m));
      last = i + 1;
    }
  }
  if (!changed) return text;
  parts.push(text.slice(last));
  out = parts.join('');
  return out;
}

/**
 * Values of Chinese digit characters (after normalisation).
 *
 * @internal
 * @example
 * ```ts
 * CN_DIGIT.get('两'); // 2
 * ```
 */
export const CN_DIGIT: ReadonlyMap<string, number> = new Map([
  ['一', 1],
  ['壹', 1],
  ['幺', 1],
  ['二', 2],
  ['贰', 2],
  ['两', 2],
  ['三', 3],
  ['叁', 3],
  ['參', 3],
  ['四', 4],
  ['肆', 4],
  ['五', 5],
  ['伍', 5],
  ['六', 6],
  ['陆', 6],
  ['陸', 6],
  ['七', 7],
  ['柒', 7],
  ['八', 8],
  ['捌', 8],
  ['九', 9],
  ['玖', 9],
]);

/**
 * Zero characters.
 *
 * @internal
 * @example
 * ```ts
 * CN_ZERO.has('〇'); // true
 * ```
 */
export const CN_ZERO = new Set(['零', '〇', '○', 'Ｏ']);

/**
 * Small multipliers 十/百/千 (exponent of ten).
 *
 * @internal
 * @example
 * ```ts
 * CN_SMALL.get('佰'); // 2
 * ```
 */
export const CN_SMALL: ReadonlyMap<string, number> = new Map([
  ['十', 1],
  ['拾', 1],
  ['百', 2],
  ['佰', 2],
  ['千', 3],
  ['仟', 3],
]);

/**
 * Big multipliers 万/亿/兆 (exponent of ten).
 *
 * @internal
 * @example
 * ```ts
 * CN_BIG.get('亿'); // 8
 * ```
 */
export const CN_BIG: ReadonlyMap<string, number> = new Map([
  ['万', 4],
  ['亿', 8],
  ['兆', 12],
]);

/**
 * 廿 (20), 卅 (30), 卌 (40): the tens digit.
 *
 * @internal
 * @example
 * ```ts
 * CN_TENS.get('廿'); // 2
 * ```
 */
export const CN_TENS: ReadonlyMap<string, number> = new Map([
  ['廿', 2],
  ['卅', 3],
  ['卌', 4],
]);

/**
 * Financial-uppercase characters that are also ordinary words (队伍, 大陆,
 * 收拾, 放肆, 參加). A numeral made only of these needs more evidence.
 *
 * @internal
 * @example
 * ```ts
 * RISKY_DIGITS.has('伍'); // true
 * ```
 */
export const RISKY_DIGITS = new Set(['伍', '陆', '陸', '拾', '肆', '參']);

/**
 * Number of UTF-16 code units: size of the per-character flag tables.
 *
 * @example
 * ```ts
 * const flags = new Uint8Array(CHAR_CODE_COUNT);
 * ```
 */
export const CHAR_CODE_COUNT = 0x10000;

/**
 * Value of an ASCII digit character ('7' → 7).
 *
 * @example
 * ```ts
 * asciiDigitValue('7'); // 7
 * ```
 */
export function asciiDigitValue(c: string): number {
  return c.charCodeAt(0) - '0'.charCodeAt(0);
}

/**
 * Is this (normalised) character an ASCII digit?
 *
 * @example
 * ```ts
 * isAsciiDigit('7'); // true
 * ```
 */
export function isAsciiDigit(c: string): boolean {
  return c.length === 1 && c >= '0' && c <= '9';
}

/**
 * Is this an ASCII letter?
 *
 * @example
 * ```ts
 * isAsciiLetter('G'); // true
 * ```
 */
export function isAsciiLetter(c: string): boolean {
  return c.length === 1 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

/**
 * Is this a Chinese numeral character (digit, zero, multiplier or 廿卅卌)?
 *
 * @example
 * ```ts
 * isCnNumeralChar('万'); // true
 * ```
 */
export function isCnNumeralChar(c: string): boolean {
  return c.length > 0 && NUMERAL_FLAGS[c.charCodeAt(0)] === 1;
}

const NUMERAL_FLAGS: Uint8Array = (() => {
  const f = new Uint8Array(CHAR_CODE_COUNT);
  for (const m of [CN_DIGIT, CN_SMALL, CN_BIG, CN_TENS]) for (const k of m.keys()) f[k.charCodeAt(0)] = 1;
  for (const k of CN_ZERO) f[k.charCodeAt(0)] = 1;
  return f;
})();

/**
 * Is the character a Han ideograph? The one definition for all of tifa.
 *
 * Ranges: CJK Unified Ideographs (U+4E00–9FFF), Extension A (U+3400–4DBF) and
 * CJK Compatibility Ideographs (U+F900–FAFF; twelve of these, such as 﨑 U+FA11,
 * are ordinary characters with no other code point, and the rest survive in text
 * that was never NFKC-normalised). Extensions B and later lie outside the BMP
 * and are written as surrogate pairs, which a one-code-unit test cannot see;
 * reports do not use them. Radicals (U+2E80–2FDF), 〇 and punctuation are not
 * Han ideographs here. Empty or undefined input gives false.
 *
 * @example
 * ```ts
 * isHan('数'); // true
 * isHan('，'); // false
 * isHan(undefined); // false (past the end of a string)
 * ```
 */
export function isHan(c: string | undefined): boolean {
  if (c === undefined) return false;
  const x = c.charCodeAt(0);
  return (x >= 0x4e00 && x <= 0x9fff) || (x >= 0x3400 && x <= 0x4dbf) || (x >= 0xf900 && x <= 0xfaff);
}

/**
 * Horizontal whitespace that may sit inside a spaced-out numeral.
 *
 * @example
 * ```ts
 * isSpace(' '); // true
 * ```
 */
export function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u3000' || c === '\u00a0';
}

import * as OpenCC from 'opencc-js';

/** Which Chinese script a text is written in. */
export type Script = 'simplified' | 'traditional' | 'mixed';

/** Share of traditional-only characters (among characters that differ between the scripts) above which a text is traditional. */
const TRADITIONAL_SHARE = 0.9;
/** … and below which it is simplified (a few traditional names or quotations in a simplified report). */
const SIMPLIFIED_SHARE = 0.1;

let toCn: ((s: string) => string) | undefined;
/** By code point: 1 a traditional-only character, 2 a simplified-only one, 0 either or neither. */
let scriptOf: Uint8Array | undefined;
/** By code point: the simplified form of a traditional character (0: unchanged). */
let simplifiedOf: Uint16Array | undefined;
const HAN_FIRST = 0x3400;
const HAN_LAST = 0x9fff;

/** Traditional (Taiwan, Hong Kong or OpenCC standard forms) → mainland simplified, with phrases. */
function traditionalToSimplified(s: string): string {
  const convert = (toCn ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
  return convert(s);
}

/** Every character Big5 encodes: what traditional writing uses (国 is not among them, 台 and 里 are). */
function big5Characters(): Uint8Array {
  const bytes: number[] = [];
  for (let lead = 0xa4; lead <= 0xf9; lead++) {
    for (let t = 0x40; t <= 0x7e; t++) bytes.push(lead, t);
    for (let t = 0xa1; t <= 0xfe; t++) bytes.push(lead, t);
  }
  const chars = new TextDecoder('big5').decode(Uint8Array.from(bytes));
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/**
 * Converts every character of the main Han blocks on its own, once (a newline between each
 * keeps phrases out). A character that converts is traditional-only; one that is the
 * simplified form of another and that Big5 does not encode is simplified-only.
 */
function characterTables(): { script: Uint8Array; simplified: Uint16Array } {
  if (scriptOf && simplifiedOf) return { script: scriptOf, simplified: simplifiedOf };
  const script = new Uint8Array(HAN_LAST + 1);
  const simplified = new Uint16Array(HAN_LAST + 1);
  const all: string[] = [];
  for (let c = HAN_FIRST; c <= HAN_LAST; c++) all.push(String.fromCharCode(c));
  const converted = traditionalToSimplified(all.join('\n')).split('\n');
  const inBig5 = big5Characters();
  for (let c = HAN_FIRST; c <= HAN_LAST; c++) {
    const s = converted[c - HAN_FIRST];
    if (s === undefined || s.length !== 1 || s.charCodeAt(0) === c) continue;
    script[c] = 1;
    simplified[c] = s.charCodeAt(0);
  }
  for (let c = HAN_FIRST; c <= HAN_LAST; c++) {
    const s = simplified[c]!;
    if (s && script[s] === 0 && !inBig5[s]) script[s] = 2;
  }
  scriptOf = script;
  simplifiedOf = simplified;
  return { script, simplified };
}

let gb2312: Uint8Array | undefined;

/** Share of Han characters outside GB2312 below which a text is simplified without further ado. */
const OUTSIDE_GB2312_SHARE = 0.005;

/**
 * Whether nearly every Han character of the text is in GB2312 (the simplified character set,
 * which has no 國 or 們): then the text is simplified and opencc need not be loaded.
 */
function plainlySimplified(text: string): boolean {
  if (!gb2312) {
    const bytes: number[] = [];
    for (let lead = 0xb0; lead <= 0xf7; lead++) for (let t = 0xa1; t <= 0xfe; t++) bytes.push(lead, t);
    const chars = new TextDecoder('gb18030').decode(Uint8Array.from(bytes));
    gb2312 = new Uint8Array(0x10000);
    for (let i = 0; i < chars.length; i++) gb2312[chars.charCodeAt(i)] = 1;
  }
  let han = 0;
  let outside = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < HAN_FIRST || c > HAN_LAST) continue;
    han++;
    if (!gb2312[c]) outside++;
  }
  return outside <= han * OUTSIDE_GB2312_SHARE;
}

/**
 * Detects the script of a text by counting characters that exist in only one script:
 * `traditional` (報告, 規定), `simplified` (报告, 规定) or `mixed` (both in quantity, e.g. a
 * simplified report quoting a traditional source at length).
 *
 * @example
 * ```ts
 * detectScript('中央八項規定精神'); // 'traditional'
 * detectScript('中央八项规定精神'); // 'simplified'
 * ```
 */
export function detectScript(text: string): Script {
  if (plainlySimplified(text)) return 'simplified';
  const { script } = characterTables();
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < HAN_FIRST || c > HAN_LAST) continue;
    if (script[c] === 1) traditional++;
    else if (script[c] === 2) simplified++;
  }
  const differing = traditional + simplified;
  if (differing === 0) return 'simplified';
  const share = traditional / differing;
  if (share >= TRADITIONAL_SHARE) return 'traditional';
  return share <= SIMPLIFIED_SHARE ? 'simplified' : 'mixed';
}

/**
 * Converts traditional characters to mainland simplified ones (opencc-js, Taiwan/Hong Kong
 * forms and phrases included) keeping the length, so offsets into the result are offsets into
 * the input: each line is converted with its phrases when that keeps its length, else
 * character by character.
 *
 * @example
 * ```ts
 * toSimplified('貫徹中央八項規定精神'); // '贯彻中央八项规定精神'
 * ```
 */
export function toSimplified(text: string): string {
  const whole = traditionalToSimplified(text);
  if (whole.length === text.length) return whole;
  const { simplified } = characterTables();
  return text
    .split('\n')
    .map((line) => {
      const converted = traditionalToSimplified(line);
      if (converted.length === line.length) return converted;
      let out = '';
      for (let i = 0; i < line.length; i++) {
        const c = line.charCodeAt(i);
        out += c >= HAN_FIRST && c <= HAN_LAST && simplified[c] ? String.fromCharCode(simplified[c]!) : line[i];
      }
      return out;
    })
    .join('\n');
}

import * as OpenCC from 'opencc-js';

/** Which Chinese script a text is written in. */
export type Script = 'simplified' | 'traditional' | 'mixed';

/** Share of traditional-only characters (among characters that differ between the scripts) above which a text is traditional. */
const TRADITIONAL_SHARE = 0.9;
/** … and below which it is simplified (a few traditional names or quotations in a simplified report). */
const SIMPLIFIED_SHARE = 0.1;

let toCn: ((s: string) => string) | undefined;
let toTw: ((s: string) => string) | undefined;
const charCache = new Map<string, string>();

/** Traditional (Taiwan, Hong Kong or OpenCC standard forms) → mainland simplified, with phrases. */
function traditionalToSimplified(s: string): string {
  const convert = (toCn ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
  return convert(s);
}

function simplifiedToTraditional(s: string): string {
  const convert = (toTw ??= OpenCC.Converter({ from: 'cn', to: 'tw' }));
  return convert(s);
}

/** One character converted on its own (cached); a conversion that changes the length is not taken. */
function convertChar(ch: string, convert: (s: string) => string): string {
  const key = convert === traditionalToSimplified ? `t${ch}` : `s${ch}`;
  let out = charCache.get(key);
  if (out === undefined) {
    const c = convert(ch);
    out = c.length === ch.length ? c : ch;
    charCache.set(key, out);
  }
  return out;
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
  let traditional = 0;
  let simplified = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x3400) continue;
    if (convertChar(ch, traditionalToSimplified) !== ch) traditional++;
    else if (convertChar(ch, simplifiedToTraditional) !== ch) simplified++;
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
  return text
    .split('\n')
    .map((line) => {
      const converted = traditionalToSimplified(line);
      if (converted.length === line.length) return converted;
      let out = '';
      for (const ch of line) out += convertChar(ch, traditionalToSimplified);
      return out;
    })
    .join('\n');
}

/**
 * Number and number+unit spans that segmentation must keep whole (120余人次, 23%, 2—3个,
 * 1.2万亿元, 百分之九十五, 280余篇). Kept deliberately simple: it decides token boundaries only;
 * the numbers module resolves values.
 */
const UNIT =
  '(?:个百分点|百分点|人次|批次|余人次|多人次|平方公里|平方米|立方米|公里|千米|千瓦时|千瓦|万千瓦|亿千瓦时|万吨|亿吨|万元|亿元|万亿元|美元|元|万人|亿人|人|名|位|次|项|个|件|条|篇|场|部|户|期|份|批|家|所|座|台|套|辆|架|艘|吨|亩|公顷|天|日|月|年|周|小时|分钟|岁|倍|万|亿|千|百|余|多)?';
const ARABIC = '\\d+(?:[.,]\\d+)*';
const CN = '[零〇一二两三四五六七八九十百千万亿]';
const RANGE_SEP = '\\s*[—–\\-~～至到]\\s*';

const SOURCE = [
  // dates: 2025-12-14, 2025年12月14日, 2025.12.14
  `\\d{4}(?:[-/.]\\d{1,2}[-/.]\\d{1,2}|年\\d{1,2}月(?:\\d{1,2}日)?)`,
  // 百分之九十五, 千分之三
  `(?:百分之|千分之)${CN}+(?:点${CN}+)?`,
  // 1,200 / 1.2万亿元 / 2—3个 / 120余人次 / 23% / 4.2个百分点
  `${ARABIC}(?:${RANGE_SEP}${ARABIC})?(?:万亿|[万亿千百])?(?:余|多)?(?:%|‰|${UNIT})`,
  // 一百二十, 三万五千, 两千余 — Chinese numerals with a place word
  `[一二两三四五六七八九]?[十百千万亿](?:[零〇一二两三四五六七八九十百千万亿]){0,10}(?:余|多)?${UNIT}`,
].join('|');

/** Finds spans to protect in `text[from, to)`; returns flat [start, end, start, end, …]. */
export function numberSpans(text: string, from = 0, to = text.length): number[] {
  const re = new RegExp(SOURCE, 'g');
  // search only text[from, to): a global regex would otherwise scan on to the end of the text
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  const out: number[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(part)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (m[0].length >= 2 || /\d/.test(m[0])) out.push(from + m.index, from + m.index + m[0].length);
  }
  return out;
}

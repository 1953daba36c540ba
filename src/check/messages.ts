import type { CheckLang } from './types.js';

/** Parameters of a message. */
export type MessageParams = Record<string, string | number>;

type Template = (p: MessageParams) => string;

/**
 * The diagnostic messages in Chinese and English: one plain sentence naming what is wrong and why.
 *
 * @example
 * ```ts
 * MESSAGES['doubled-word'].en({ word: '的的' }); // '“的的” repeats a character: write it once.'
 * ```
 */
export const MESSAGES = {
  'member-wrong': {
    zh: (p) =>
      `“${p.formulation}”的内容应为${p.members}，这里的“${p.extra}”不在其中${p.missing ? `，缺少“${p.missing}”` : ''}。`,
    en: (p) =>
      `${p.formulation} consists of ${p.members}; “${p.extra}” is not one of them${p.missing ? ` and “${p.missing}” is missing` : ''}.`,
  },
  'member-missing': {
    zh: (p) => `“${p.formulation}”的内容应为${p.members}，这里缺少“${p.missing}”。`,
    en: (p) => `${p.formulation} consists of ${p.members}; “${p.missing}” is missing here.`,
  },
  'formulation-count': {
    zh: (p) => `“${p.formulation}”表明有${p.announced}项，后面却列出了${p.listed}项。`,
    en: (p) => `${p.formulation} announces ${p.announced} items but ${p.listed} are listed.`,
  },
  'formulation-year': {
    zh: (p) => `“${p.formulation}”提出于${p.since}年，而本报告的年份是${p.year}年，早于该提法出现的时间。`,
    en: (p) => `${p.formulation} was introduced in ${p.since}, after this report's year ${p.year}.`,
  },
  'superseded-meeting': {
    zh: (p) => `党的${p.meeting}已被${p.closed}闭幕的党的${p.next}取代，学习贯彻的应是最新会议精神。`,
    en: (p) =>
      `The ${p.meeting} was superseded by the ${p.next} (closed ${p.closed}): the latest meeting's spirit should be studied.`,
  },
  'meeting-not-held': {
    zh: (p) => `党的${p.meeting}于${p.opened}召开，晚于本报告的日期，不能在此引用。`,
    en: (p) => `The ${p.meeting} opened on ${p.opened}, after this report's date, so it cannot be cited here.`,
  },
  'series-gap': {
    zh: (p) => `“${p.previous}”之后是“${p.found}”，序号跳过了“${p.expected}”。`,
    en: (p) => `“${p.found}” follows “${p.previous}”: “${p.expected}” is skipped.`,
  },
  'series-repeat': {
    zh: (p) => `“${p.found}”出现在“${p.previous}”之后，序号重复或倒序，应为“${p.expected}”。`,
    en: (p) => `“${p.found}” follows “${p.previous}”: the number repeats or goes back; “${p.expected}” is expected.`,
  },
  'heading-gap': {
    zh: (p) => `标题序号“${p.found}”接在“${p.previous}”之后，跳过了“${p.expected}”。`,
    en: (p) => `Heading “${p.found}” follows “${p.previous}”: “${p.expected}” is skipped.`,
  },
  'heading-repeat': {
    zh: (p) => `标题序号“${p.found}”接在“${p.previous}”之后，序号重复或倒序，应为“${p.expected}”。`,
    en: (p) =>
      `Heading “${p.found}” follows “${p.previous}”: the number repeats or goes back; “${p.expected}” is expected.`,
  },
  'announced-count': {
    zh: (p) => `“${p.text}”预告了${p.announced}项，后面实际列出了${p.listed}项。`,
    en: (p) => `“${p.text}” announces ${p.announced} items but ${p.listed} follow.`,
  },
  'parts-exceed-total': {
    zh: (p) => `分项${p.parts}合计${p.sum}，超过了总数${p.total}。`,
    en: (p) => `The parts ${p.parts} add up to ${p.sum}, more than the total ${p.total}.`,
  },
  'share-over-100': {
    zh: (p) => `占比“${p.text}”超过100%，部分不能大于整体。`,
    en: (p) => `The share “${p.text}” is above 100%: a part cannot exceed its whole.`,
  },
  'no-such-day': {
    zh: (p) => `“${p.date}”不存在：${p.month}月最多只有${p.max}天。`,
    en: (p) => `“${p.date}” does not exist: month ${p.month} has at most ${p.max} days.`,
  },
  'no-such-month': {
    zh: (p) => `“${p.date}”不存在：一年只有12个月。`,
    en: (p) => `“${p.date}” does not exist: a year has 12 months.`,
  },
  'redundant-approximation': {
    zh: (p) => `“${p.text}”中两个词都表示约数或界限，语义重复，应删去其一。`,
    en: (p) => `“${p.text}” marks the same approximation twice: drop one of the two words.`,
  },
  'mixed-number': {
    zh: (p) => `“${p.text}”把阿拉伯数字和汉字数字混用在一个数中，不符合GB/T 15835-2011。`,
    en: (p) => `“${p.text}” mixes Arabic digits and Chinese numerals in one number, against GB/T 15835-2011.`,
  },
  'unclosed-mark': {
    zh: (p) => `“${p.mark}”在本段中没有对应的“${p.other}”。`,
    en: (p) => `“${p.mark}” is not closed by “${p.other}” in this paragraph.`,
  },
  'unopened-mark': {
    zh: (p) => `“${p.mark}”在本段中前面没有对应的“${p.other}”。`,
    en: (p) => `“${p.mark}” closes a “${p.other}” that was never opened in this paragraph.`,
  },
  'mixed-pair': {
    zh: (p) => `“${p.other}”与“${p.mark}”全角半角不一致，应成对使用。`,
    en: (p) => `“${p.other}” is closed by “${p.mark}”: full-width and half-width marks should pair.`,
  },
  'ascii-punctuation': {
    zh: (p) => `中文句子中使用了半角“${p.mark}”，应使用全角“${p.other}”。`,
    en: (p) => `Half-width “${p.mark}” between Chinese clauses: use full-width “${p.other}”.`,
  },
  'half-width-document': {
    zh: (p) => `全文中文句子之间使用半角标点（共${p.count}处），应统一改为全角标点。`,
    en: (p) =>
      `The whole document uses half-width punctuation between Chinese clauses (${p.count} places): use full-width marks.`,
  },
  'doubled-punctuation': {
    zh: (p) => `“${p.marks}”连用了标点，只应保留一个。`,
    en: (p) => `“${p.marks}” puts two marks where one belongs.`,
  },
  'doubled-word': {
    zh: (p) => `“${p.word}”重复出现，应只写一次。`,
    en: (p) => `“${p.word}” is written twice: write it once.`,
  },
  'repeated-sentence': {
    zh: () => '这句话与报告前文一字不差地重复。',
    en: () => 'This sentence repeats an earlier sentence of the report word for word.',
  },
  'recycled-paragraph': {
    zh: (p) => `这一段与${p.source}中的段落几乎相同（相似度${p.similarity}）。`,
    en: (p) => `This paragraph is nearly identical to one in ${p.source} (similarity ${p.similarity}).`,
  },
} satisfies Record<string, Record<CheckLang, Template>>;

/** A message id. */
export type MessageKey = keyof typeof MESSAGES;

/**
 * Renders a message in a language.
 *
 * @example
 * ```ts
 * message('zh', 'no-such-day', { date: '2月30日', month: 2, max: 29 }); // '“2月30日”不存在：2月最多只有29天。'
 * ```
 */
export function message(lang: CheckLang, key: MessageKey, params: MessageParams = {}): string {
  return MESSAGES[key][lang](params);
}

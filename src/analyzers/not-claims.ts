import type { Span, TifaDocument } from '../document/types.js';
import type { Quantity } from '../numbers/types.js';
import type { AnalyzeContext } from './context.js';

/**
 * Why a quantity the numbers module reads as a count is not a claim of the report:
 * - `self-reference`: it counts the report's own parts (下面，我讲四点意见; 从以下四个方面);
 * - `heading-number`: it numbers a heading (一、主要成效; （二）);
 * - `article`: 一 used as an article, not a count (这是一项基础性工程; 也是…的重要一年);
 * - `ordinal`: the number of a session, not a count (市九届人大四次会议: its fourth session);
 * - `label`: the number of a table or figure (详见表1, 图2).
 */
export type NotClaimReason = 'self-reference' | 'heading-number' | 'article' | 'ordinal' | 'label';

/** Nouns for the parts of a speech or report: 四个方面, 三点意见, 两部分, 三件事. */
const PART_AFTER =
  /^(?:个)?(?:方面|部分)|^(?:点|条)(?:意见|体会|建议|要求|希望|认识|启示|感受|想法|看法|打算)|^(?:件事|句话)/;
/** Words that point at the report's own text before a count: 以下四项工作, 下面讲三点. */
const POINTER_BEFORE = /(?:以下|如下|下面|下列|以上|上述|我讲|讲|谈|主要有)$/;
/** Classifiers a pointed-at count of parts takes (以下三项工作, 下面两个问题). */
const PART_CLASSIFIER = /^(?:个|项|点|条|件|句|部分|方面)/;
/** Words before 一+classifier that make 一 an article (是一项工程, 作为一个整体). */
const ARTICLE_BEFORE = /(?:是|为|成为|作为|有|这|那|如此|这样)$/;
/** Adjectives before 一年 that make it “a year” of the report's story (重要一年, 极不平凡的一年). */
const YEAR_ADJECTIVE_BEFORE = /(?:的|重要|关键|不平凡|非凡|攻坚|决胜|开局|收官|奋进|转折|丰收|爬坡过坎)$/;
/** Heading numbers: at the start of a line, followed by 、 or ．, or in brackets. */
const HEADING_AFTER = /^[、．.]/;
/**
 * A sentence end before a Chinese heading number: text extracted from PDFs and web pages often
 * runs headings into the paragraph before (…提出意见。 一、2025年工作回顾).
 */
const SENTENCE_END_BEFORE = /[。！？；：][ \t\u3000]*$/;
/** How far back a session number looks for its congress (市十六届人大三次会议). */
const SESSION_LOOKBACK = 12;
/** A congress or committee term before a session number: 九届人大, 十四届全国人大, 十三届政协. */
const TERM_BEFORE = /届(?:[\u4e00-\u9fff]{0,6})?$/;
/** What follows a session number: 四次会议, 五次全体会议, 三次全会. */
const SESSION_AFTER = /^(?:全体)?(?:会议|全会|会)/;
/** Labels of tables and figures before their number (详见表1, 图2, 附件3). */
const LABEL_BEFORE = /(?:表|图|圖|附件|附表|附图)$/;
const CHINESE_NUMERAL = /^[一二两三四五六七八九十]+$/;
/** Longest quoted name whose numerals are no count (“三个一”, “最多跑一次”). */
const QUOTED_NAME_MAX = 8;
const QUOTED_NAME = /^[\u4e00-\u9fff]+$/;
const HAS_NUMERAL = /[一二两三四五六七八九十百千万]/;

function atLineStart(t: string, n: number): boolean {
  let i = n - 1;
  while (i >= 0 && (t[i] === ' ' || t[i] === '\t' || t[i] === '\u3000')) i--;
  return i < 0 || t[i] === '\n';
}

/** The numeral part of a quantity's text (四点 → 四, 一项 → 一). */
function numeralOf(q: Quantity, t: string): string {
  const text = t.slice(q.start, q.end);
  const unitAt = q.unit ? text.lastIndexOf(q.unit) : -1;
  return unitAt > 0 ? text.slice(0, unitAt) : text;
}

/**
 * Why a quantity is no claim of the report, or null when it may be one. Reads the normalized
 * text around the quantity; a negated count (未发生一起) is always a claim.
 *
 * @example
 * ```ts
 * notClaimReason(t, q); // 'self-reference' for 四点 in 下面，我讲四点意见
 * ```
 */
export function notClaimReason(t: string, q: Quantity): NotClaimReason | null {
  const before = t.slice(Math.max(0, q.start - 4), q.start);
  const after = t.slice(q.end, q.end + 4);
  const numeral = numeralOf(q, t);
  const chinese = CHINESE_NUMERAL.test(numeral);
  const unit = q.unit ?? '';
  if (/(?:未|没有|无)(?:发生|出现)?$/.test(before)) return null;
  if (q.value !== null && unit === '' && HEADING_AFTER.test(after)) {
    if (atLineStart(t, q.start)) return 'heading-number';
    if (chinese && SENTENCE_END_BEFORE.test(before)) return 'heading-number';
  }
  if (unit === '' && LABEL_BEFORE.test(before)) return 'label';
  if (
    unit === '次' &&
    SESSION_AFTER.test(after) &&
    TERM_BEFORE.test(t.slice(Math.max(0, q.start - SESSION_LOOKBACK), q.start))
  )
    return 'ordinal';
  if (unit === '' && /[（(]$/.test(before) && /^[）)]/.test(after) && atLineStart(t, q.start - 1))
    return 'heading-number';
  if (chinese && PART_AFTER.test(unit + after)) return 'self-reference';
  if (chinese && POINTER_BEFORE.test(before) && PART_CLASSIFIER.test(unit)) return 'self-reference';
  // 一 as written with its classifier (the 一 of 一、二年 is a count in a range)
  if (numeral === '一' && q.value === 1 && t.slice(q.start, q.end) === `一${unit}`) {
    if (unit === '年' && YEAR_ADJECTIVE_BEFORE.test(before)) return 'article';
    if (unit !== '' && ARTICLE_BEFORE.test(before)) return 'article';
  }
  return null;
}

/**
 * Spans whose numerals are never claims, besides formulations: the content of cited titles
 * (《…三年行动方案》) and short quoted names built with numerals (“三个一”, “最多跑一次”).
 */
export function namedSpans(doc: TifaDocument, ctx: AnalyzeContext): Span[] {
  const t = doc.normalized;
  const out: Span[] = [];
  for (const p of ctx.formulations().pairs) {
    const start = p.nOpen + 1;
    const end = p.nClose;
    if (p.type === 'title') out.push({ start, end });
    else {
      const content = t.slice(start, end);
      if (content.length <= QUOTED_NAME_MAX && QUOTED_NAME.test(content) && HAS_NUMERAL.test(content))
        out.push({ start, end });
    }
  }
  return out;
}

import type { Span, TifaDocument } from '../document/types.js';
import type { AnalyzeContext } from './context.js';
import { namedSpans, notClaimReason, type NotClaimReason } from './not-claims.js';
import { scanQuantities } from '../numbers/scan.js';
import type { Quantity, QuantityKind } from '../numbers/types.js';
import { occurrenceAt } from './evidence.js';

/** Whether a claim reports something done or sets a target. */
export type Modality = 'achieved' | 'target' | 'reported';

/**
 * A quantified claim of a report (全年召开中心组学习会36次): the quantity as the numbers module
 * resolved it (`text`, offsets into the original text, `value`/`min`/`max`, `kind`, `approx`,
 * `unit`; money in 元, percent in percent units, ranges with `value: null`), plus what it claims.
 * `doc.text.slice(start, end) === text`.
 */
export interface Claim extends Omit<Quantity, 'claim' | 'error'> {
  /** What is counted (中心组学习会, 廉政谈话, 发文数量), or null when the clause names nothing. */
  subject: string | null;
  /** The action (召开, 开展, 精简, 增长), or null. */
  verb: string | null;
  /** The period (全年, 一年来, 上半年, 每年, 今年), or null. */
  period: string | null;
  /** up/down where the text says so (增长, 提高 / 下降, 精简, 压缩), else null. */
  direction: 'up' | 'down' | null;
  /** achieved (review sections), target (plans sections, or 力争/确保/目标/计划/每年至少), reported (elsewhere). */
  modality: Modality;
  section: string | null;
  /** Index of its sentence, a key of the result's `sentences` table (see `Occurrence.sentence`). */
  sentence: number | null;
  /** The sentence as written, only with `--evidence inline` (see `Occurrence.sentenceText`). */
  sentenceText?: string;
  /** The 1-based page it is on (PDF only). */
  page?: number;
  /** Set when the number could not be resolved safely (too large, unparseable). */
  error?: string;
  /** True when the text denies it (全年未发生一起…案件: no case at all). */
  negated?: boolean;
}

/** A quantity that is not a claim (a year, a date, an ordinal, an identifier), with its offsets. */
export interface NonClaimQuantity {
  text: string;
  start: number;
  end: number;
  kind: QuantityKind;
  value: number | null;
  /** Why a quantity read as a count is no claim (absent for years, dates, ordinals and identifiers). */
  reason?: NotClaimReason;
}

/** Options for {@link claims}. */
export interface ClaimsOptions {
  /** Also list quantities that are not claims (years, dates, ordinals, identifiers) under `quantities`. */
  quantities?: boolean;
}

const VERBS = [
  '召开',
  '开展',
  '组织',
  '排查',
  '制定',
  '研究',
  '推送',
  '查摆',
  '发现',
  '精简',
  '压缩',
  '压减',
  '取消',
  '评选',
  '表彰',
  '解决',
  '修订',
  '出台',
  '形成',
  '完成',
  '实现',
  '新增',
  '增长',
  '增加',
  '提高',
  '提升',
  '上升',
  '扩大',
  '下降',
  '降低',
  '减少',
  '缩短',
  '削减',
  '下调',
  '达到',
  '达',
  '突破',
  '超过',
  '占',
  '投入',
  '安排',
  '发放',
  '培训',
  '选派',
  '建成',
  '建设',
  '改造',
  '打造',
  '举办',
  '走访',
  '签订',
  '受理',
  '办结',
  '处理',
  '查处',
  '立案',
  '处分',
  '约谈',
  '发送',
  '发生',
  '转化为',
  '观看',
  '参观',
  '审核',
  '核查',
  '调整',
  '提拔',
  '录用',
  '引进',
  '设立',
  '成立',
  '确定',
  '收集',
  '整改',
  '印发',
  '发布',
  '开通',
  '覆盖',
  '惠及',
  '帮助',
  '减税降费',
  '减免',
  '退税',
  '保持',
  '控制在',
  '稳定在',
];
const VERB_RE = new RegExp(`(${[...VERBS].sort((a, b) => b.length - a.length).join('|')})`, 'g');
const UP = /增长|增加|提高|提升|上升|扩大|增至|翻番|上涨/;
const DOWN = /下降|降低|减少|精简|压缩|压减|缩短|削减|下调|减轻|回落|收窄/;
const PERIOD =
  /(全年|一年来|过去一年|过去五年|上半年|下半年|今年|去年|明年|年初|年内|年底|每年|每季度|每半年|每月|每周|近年来|近三年|近五年|五年来|十年来|\d{4}年(?:以来|底|末)?|“?十[一二三四五六]五”?(?:时期|期间)?)/g;
const TARGET_CUE = /力争|确保|目标|预期|计划|争取|每年至少|每年确定/;
/** Where a subject written after the quantity stops (拟提拔的42名干部|全部进行…). */
const RIGHT_STOP = /全部|均|都|已|进行|获|被|参加|实现|完成|开展|纳入|持续|分别|共|次|在/;
/** Longest clause side read around a quantity (keeps a boundary-less 1 MB line linear). */
const CLAUSE_MAX = 60;
const BOUNDARY = /[，。；：！？、,;:\n（）()]/;
const LEAD_JUNK =
  /^(?:把|将|使|让|其中|并|共|共计|累计|总计|合计|全年|今年|一年来|同比|比上年|较上年|分别|又|还|均|都|先后|已|已经|完成|实现|达到|达|为|约|有|对|向|与|和|及|在)+/;
const LEAD_PERIOD =
  /^(?:[一二三四五六七八九十两\d]+年|今年|去年|明年|全年|上半年|下半年|年初|年内|年底|近年来|每年|过去一年|过去五年)+/;
const TRAIL_JUNK =
  /(?:共计|累计|总计|合计|共|分别|达到|达|为|约|超|超过|突破|近|将近|不到|不足|至少|达到了|了|的|数|均|都|人数|次数|满|平均|同比|实际|首次)+$/;

function cleanSubject(s: string): string | null {
  let t = s.replace(/[“”‘’《》"]/g, '').trim();
  // what follows the last number or period word (五年城镇新增就业 → 城镇新增就业)
  const lastNumber = /\d[\d.]*(?=[^\d]*$)/.exec(t);
  if (lastNumber) t = t.slice(lastNumber.index + lastNumber[0].length);
  t = t.replace(LEAD_PERIOD, '');
  t = t.replace(LEAD_JUNK, '').replace(TRAIL_JUNK, '').trim();
  if (t.length > 16) {
    const de = t.lastIndexOf('的');
    if (de >= 0 && t.length - de - 1 >= 2) t = t.slice(de + 1);
    if (t.length > 16) t = t.slice(-16);
  }
  return t.length >= 2 ? t : null;
}

/** The clause around a quantity: up to the nearest boundary on each side, at most {@link CLAUSE_MAX} characters. */
function clauseAround(t: string, q: Quantity): { start: number; left: string; right: string } {
  let a = q.start;
  const aMin = Math.max(0, q.start - CLAUSE_MAX);
  while (a > aMin && !BOUNDARY.test(t[a - 1]!)) a--;
  let b = q.end;
  const bMax = Math.min(t.length, q.end + CLAUSE_MAX);
  while (b < bMax && !BOUNDARY.test(t[b]!)) b++;
  return { start: a, left: t.slice(a, q.start), right: t.slice(q.end, b) };
}

/** The last verb of the lexicon in `left`, with its offset (-1 when there is none). */
function lastVerb(left: string): { verb: string | null; verbAt: number } {
  let verb: string | null = null;
  let verbAt = -1;
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(left); m; m = VERB_RE.exec(left)) {
    verb = m[1]!;
    verbAt = m.index;
  }
  return { verb, verbAt };
}

/** What is counted, read from the clause by the verb and the classifier (see {@link Claim.subject}). */
function subjectOf(q: Quantity, left: string, right: string, verb: string | null, verbAt: number): string | null {
  const classifier = q.unit !== null && /^[个名项件条篇部场批次家所户期份位座台套起]/.test(q.unit);
  let subject: string | null = null;
  if (classifier && /的$/.test(left)) {
    // 拟提拔的42名干部: the quantity modifies what follows
    subject = cleanSubject(right.split(RIGHT_STOP)[0] ?? '');
  } else if (verb === '新增') {
    // 城镇新增就业1200万人: 新增 belongs to the indicator's name
    subject = cleanSubject(left);
  } else if (verb !== null) {
    subject = cleanSubject(left.slice(verbAt + verb.length));
    if (!subject && (UP.test(verb) || DOWN.test(verb) || /达到|达|突破|超过|占|保持|控制在|稳定在/.test(verb)))
      subject = cleanSubject(left.slice(0, verbAt));
  } else if (!classifier || right.length === 0) {
    subject = cleanSubject(left);
  }
  if (!subject && classifier) subject = cleanSubject(right.split(RIGHT_STOP)[0] ?? '');
  return subject;
}

/** Achieved in review sections, target in plans sections or after a target cue, else reported. */
function modalityOf(doc: TifaDocument, si: number, left: string, before: string): Modality {
  const sentence = si >= 0 ? doc.sentences[si] : undefined;
  const role = sentence && sentence.section >= 0 ? doc.sections[sentence.section]?.role : undefined;
  if (role === 'plans' || TARGET_CUE.test(left)) return 'target';
  if (role === 'review') return 'achieved';
  return TARGET_CUE.test(before) ? 'target' : 'reported';
}

/** Spans whose numbers are never claims: outside the body, boilerplate, formulations, titles, quoted names. */
function excludedSpans(doc: TifaDocument, ctx: AnalyzeContext): Span[] {
  const t = doc.normalized;
  const exclude: Span[] = [
    { start: 0, end: doc.body.nStart },
    { start: doc.body.nEnd, end: t.length },
  ];
  for (const e of doc.excluded) exclude.push({ start: e.nStart, end: e.nEnd });
  for (const r of ctx.formulationSpans()) exclude.push({ start: r.start, end: r.end });
  // Every known formulation, also where a numeral is glued to it (二十四五).
  for (const m of ctx.dictionary.match(t))
    if (m.entry.kind === 'formulation' && m.start >= doc.body.nStart && m.end <= doc.body.nEnd)
      exclude.push({ start: m.start, end: m.end });
  exclude.push(...namedSpans(doc, ctx));
  exclude.sort((a, b) => a.start - b.start || a.end - b.end);
  return exclude;
}

/** How far back the period of a claim is looked for (a sentence can be a 1 MB line). */
const PERIOD_LOOKBACK = 120;

/**
 * Numeric claims: every quantity of the report that claims something (counts, percents,
 * percentage points, money, fractions, durations, measures, multiples), resolved by the numbers
 * module, with what was counted (`subject`), the action (`verb`), the period, the direction and
 * whether it was achieved or is a target. Years, dates, ordinals, heading numbers, document
 * numbers, numerals inside formulations (四个意识, known or discovered: the context's
 * formulation spans), cited titles and quoted names, counts of the report's own parts
 * (我讲四点意见) and the article 一 (一项基础性工程) are never claims.
 *
 * @example
 * ```ts
 * claims(doc, ctx).claims.find((c) => c.subject === '中心组学习会'); // { value: 36, unit: '次', verb: '召开', period: '全年', … }
 * ```
 */
export function claims(
  doc: TifaDocument,
  ctx: AnalyzeContext,
  options: ClaimsOptions = {},
): { claims: Claim[]; quantities?: NonClaimQuantity[] } {
  const t = doc.normalized;
  const out: Claim[] = [];
  const others: NonClaimQuantity[] = [];
  const skip = (q: Quantity, reason?: NotClaimReason) => {
    if (!options.quantities) return;
    const { start, end } = doc.span(q.start, q.end);
    const other: NonClaimQuantity = { text: doc.text.slice(start, end), start, end, kind: q.kind, value: q.value };
    if (reason) other.reason = reason;
    others.push(other);
  };
  let last: { sentence: number; subject: string | null } | undefined;
  for (const q of scanQuantities(t, { exclude: excludedSpans(doc, ctx) })) {
    if (!q.claim) {
      skip(q);
      continue;
    }
    const reason = notClaimReason(t, q);
    if (reason) {
      skip(q, reason);
      continue;
    }
    // A frequency (每半年, 每3年) is not a claim.
    if (q.kind === 'duration' && t[q.start - 1] === '每') continue;
    const occ = occurrenceAt(doc, q.start, q.end);
    const clause = clauseAround(t, q);
    const { left, right } = clause;
    const found = lastVerb(left);
    const verbAt = found.verbAt;
    let verb = found.verb;
    let subject = subjectOf(q, left, right, verb, verbAt);
    // 至少组织2次: the scanner keeps a verb between the approximation and the number
    if (verb === null) verb = lastVerb(t.slice(q.start, q.end)).verb;
    const si = doc.sentenceAt(q.start);
    // 国内生产总值达到134.9万亿元，增长5%: a clause opening with its verb shares the previous subject
    if (!subject && verb !== null && verbAt === 0 && last && last.sentence === si) subject = last.subject;
    const sFrom = Math.max(si >= 0 ? doc.sentences[si]!.nStart : clause.start, q.start - PERIOD_LOOKBACK);
    const before = t.slice(sFrom, q.start);
    let period: string | null = null;
    PERIOD.lastIndex = 0;
    for (let m = PERIOD.exec(before); m; m = PERIOD.exec(before)) period = m[1]!;
    const text = left + right;
    const direction = UP.test(text) ? 'up' : DOWN.test(text) ? 'down' : null;
    const c: Claim = {
      text: doc.text.slice(occ.start, occ.end),
      start: occ.start,
      end: occ.end,
      value: q.value,
      min: q.min,
      max: q.max,
      unit: q.unit,
      kind: q.kind,
      approx: q.approx,
      subject,
      verb,
      period,
      direction: direction === 'up' && DOWN.test(text) && !UP.test(left) ? 'down' : direction,
      modality: modalityOf(doc, si, left, before),
      section: occ.section,
      sentence: occ.sentence,
    };
    if (q.error) c.error = q.error;
    if (/(?:未|没有|无)(?:发生|出现)?$/.test(left)) c.negated = true;
    if (occ.page !== undefined) c.page = occ.page;
    out.push(c);
    last = { sentence: si, subject };
  }
  return options.quantities ? { claims: out, quantities: others } : { claims: out };
}

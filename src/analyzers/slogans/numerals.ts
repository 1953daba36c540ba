import type { Span } from '../../document/types.js';
import { isHan, smallChineseNumber } from '../../numbers/index.js';
import { LEAD_NUMERALS, isNumeralChar, isWordChar } from './util.js';

/**
 * The shape of a numeral-built expression:
 * - `paired`: numerals paired with short words, 两心一城, 三亮三比, 一支部一品牌, 三去一降一补;
 * - `integration`: 四位一体, 三证合一, 三医联动, 三治融合;
 * - `ordinal-classifier`: 第二个结合;
 * - `numeral-classifier`: 四个意识, 五个一, 三个区分开来;
 * - `numeral-negation`: 三不腐, 五不准;
 * - `numeral-collective`: 三大攻坚战, 两项补贴, 十六字方针;
 * - `numeral-led`: 四下基层 (a numeral then a verb and its object, quoted);
 * - `numeral-infix`: 以案三促, 凡提四必 (a numeral inside four characters, quoted);
 * - `dual`: 双X (双碳, 双减; quoted).
 *
 * @example
 * ```ts
 * shapeOf('四位一体')?.shape; // 'integration'
 * ```
 */
export type NumeralShape =
  | 'paired'
  | 'integration'
  | 'ordinal-classifier'
  | 'numeral-classifier'
  | 'numeral-negation'
  | 'numeral-collective'
  | 'numeral-led'
  | 'numeral-infix'
  | 'dual';

/**
 * Base confidence of each shape before other evidence (quoted, repeated, members spelled out).
 *
 * @example
 * ```ts
 * SHAPE_BASE.paired; // 0.5
 * ```
 */
export const SHAPE_BASE: Readonly<Record<NumeralShape, number>> = {
  paired: 0.5,
  integration: 0.55,
  'ordinal-classifier': 0.45,
  'numeral-classifier': 0.25,
  'numeral-negation': 0.3,
  'numeral-collective': 0.2,
  'numeral-led': 0.2,
  'numeral-infix': 0.2,
  dual: 0.25,
};

/**
 * A shape found in a string or text: what it is and the count it announces (NaN when none).
 *
 * @example
 * ```ts
 * shapeOf('三去一降一补'); // { shape: 'paired', value: 5, note: 'paired numerals 三…一…一' }
 * ```
 */
export interface ShapeMatch {
  shape: NumeralShape;
  /** The number of members the numerals announce (四个意识 → 4, 两心一城 → 3), or NaN. */
  value: number;
  /** A short human-readable description of the shape, used as evidence. */
  note: string;
}

/**
 * Idioms and set phrases built from numerals that are never formulations (checked on every
 * four-character window that a paired shape touches).
 *
 * @example
 * ```ts
 * NUMERAL_IDIOMS.has('一心一意'); // true
 * ```
 */
export const NUMERAL_IDIOMS: ReadonlySet<string> = new Set(
  (
    '一心一意 一心一德 三心二意 四面八方 五湖四海 七上八下 七嘴八舌 七零八落 七手八脚 一干二净 一清二楚 三番五次 三令五申 ' +
    '一五一十 接二连三 一举两得 一石二鸟 一箭双雕 一来二去 三三两两 五花八门 五颜六色 五光十色 四通八达 十全十美 ' +
    '一模一样 一丝一毫 一点一滴 一草一木 一言一行 一举一动 一朝一夕 一针一线 一砖一瓦 一张一弛 一生一世 一问一答 ' +
    '一唱一和 一分为二 说一不二 独一无二 一波三折 一日三餐 九死一生 三天两头 两面三刀 三言两语 三长两短 一穷二白 ' +
    '一心二用 三头六臂 五脏六腑 一年一度 一板一眼 一招一式 一颦一笑 一薰一莸 一本一利 一本万利 三五成群 一退六二五 ' +
    '一步一步 一个一个 一天一天 一年一年 一批一批 一件一件 一项一项 一次一次 一级一级 一层一层 一点一点 一代一代 ' +
    '四平八稳 三教九流 九九归一 八九不离十 一差二错 一长二短 一文不名 两全其美 二话不说 三思而行 百里挑一 一体两面 ' +
    '一波一波 一茬一茬 一届一届 一棒一棒 一环一环 一锤一锤 一个一个地 一兵一卒 一时一地 一时一事 四分五裂 一官半职 ' +
    '三从四德 三纲五常 七情六欲 五体投地 三令五申 一朝一夕 一草一木 一来一往 一进一出 一上一下 一左一右 一前一后 一高一低'
  ).split(' '),
);

/** Characters after a numeral that make it an ordinary quantity, a time or a function word. */
const QUANTITY_CHARS = new Set([
  ...'个次年月日天周季届期批项名位条件场轮倍成半家所处级类层方边侧面种些点的了是在和与及或等也都就又再把被对向从到为以之中上下里内外间样般起道号份张块元',
]);
/** Measure words and particles that cannot follow the numeral of a numeral-led phrase. */
const MEASURE_CHARS = new Set([...'个次年月日天周季届期批项名位条件场轮倍成半些点种类级层份张块元号的了是']);
/** Characters that cannot start the word of a two-character paired group. */
const GROUP2_BAD_START = new Set([...'个次年月日天周季届期倍成半些的了是在和与及或等也都就又再把被对向从到为以之中']);
/** Words after 个 that make NUM个X an ordinary count. */
const COUNT_WORDS = new Set(
  (
    '方面 问题 部分 重点 环节 领域 阶段 层次 层面 小时 百分点 工作日 国家 地区 省份 城市 县区 单位 部门 项目 支部 小组 月份 季度 ' +
    '年度 星期 世纪 方向 字 案例 课题 人次 批次 片区 板块 园区 镇街 乡镇 村庄 社区 企业 学校 医院 班子 干部 党员 同志 群众 人才 ' +
    '专题 专项 任务 措施 举措 指标 目标 步骤 维度 角度 特点 特征 原因 方法 途径 渠道 机制 体系 平台 载体 基地 中心 窗口 ' +
    '代表 委员 常委 成员 会议 文件 报告 讲话 意见 通知 清单 台账 问题线索 试点 示范 样板 工程 行动 主题 环境 时期 时段 节点'
  ).split(' '),
);
/** Words before a numeral that mark a count (以下四个方面, 这三个问题, 近两年). */
const COUNT_BEFORE = /(?:以下|下列|如下|上述|前述|这|那|这些|每|前|后|近|约|共|达|超过|不到|其中|另外|另|第|逾|多达)$/;
const INTEGRATION_END = ['一体', '合一', '联动', '融合', '并举', '同步', '共治'];
/** Words 一 starts that are not the numeral one (一定, 一切, 一步, 一律 …): never a paired group in running text. */
const BAD_AFTER_YI = new Set([...'定切律步些般直起同道致样向再旦边面方举连度共贯概并时部批揽纳流号体要是则经下上齐']);
/** Enumeration markers (一要, 二是, 三则) are not groups in running text. */
const MARKER_CHARS = new Set([...'要是则']);
/** A character and the numeral after it that make a word (进一步, 统一, 之一, 长三角, 再三). */
const GLUED = new Set([
  ...[...'进统唯同之万逐单划专合不如归均每任某另其初独说举'].map((c) => `${c}一`),
  '再三',
  '长三',
  '珠三',
  '接二',
  '反三',
  '不二',
  '无二',
  '无双',
  '成双',
]);
/** Place names that start with a numeral. */
const PLACES = [
  '四川',
  '三峡',
  '三亚',
  '三明',
  '三门峡',
  '五指山',
  '九江',
  '九寨沟',
  '十堰',
  '七台河',
  '六盘水',
  '六安',
  '五台',
  '三沙',
  '四平',
  '二连浩特',
  '八达岭',
  '九龙',
  '三江源',
  '两江',
];
const NOT_FORMULATION = /(?:[届中]全会|代表大会|次会议|大以来|大精神|大报告|年来|年间|月份|周年|百分|分之)/;

function lead(ch: string | undefined): boolean {
  return ch !== undefined && LEAD_NUMERALS.includes(ch);
}

function words(s: string, from: number, len: number): boolean {
  if (from + len > s.length) return false;
  for (let k = from; k < from + len; k++) if (!isWordChar(s[k])) return false;
  return true;
}

function idiomNear(t: string, i: number, end: number): boolean {
  for (let a = Math.max(0, i - 2); a < Math.min(end, i + 3); a++) {
    for (const len of [4, 5, 6]) if (NUMERAL_IDIOMS.has(t.slice(a, a + len))) return true;
  }
  return false;
}

/**
 * Tries a paired shape (NUM X NUM Y [NUM Z …]) at `i`: groups of one to three word characters,
 * all groups the same length (the last may be one longer when it ends the string).
 */
function pairedAt(
  t: string,
  i: number,
  to: number,
  whole: boolean,
): { end: number; value: number; groups: string[] } | null {
  // running text (not whole) is read strictly: groups of one or two characters, no function words
  for (const len of whole ? [3, 2, 1] : [2, 1]) {
    const groups: string[] = [];
    let value = 0;
    let p = i;
    while (p < to && (lead(t[p]) || (groups.length > 0 && t[p] === '双')) && groups.length < 4) {
      const num = t[p]!;
      let gl = len;
      if (whole && groups.length >= 1 && p + 1 + len + 1 === to && words(t, p + 1, len + 1)) gl = len + 1;
      if (p + 1 + gl > to || !words(t, p + 1, gl)) break;
      const g = t.slice(p + 1, p + 1 + gl);
      const bad = len === 1 || !whole ? QUANTITY_CHARS : GROUP2_BAD_START;
      if (bad.has(g[0]!)) break;
      if (!whole && (MARKER_CHARS.has(g[0]!) || (num === '一' && BAD_AFTER_YI.has(g[0]!)))) break;
      groups.push(num + g);
      value += num === '十' ? 10 : smallChineseNumber(num) || 0;
      p += 1 + gl;
    }
    if (groups.length < 2) continue;
    if (whole && p !== to) continue;
    const words1 = groups.map((g) => g.slice(1));
    if (new Set(words1).size < words1.length) continue; // 一步一步, 一个一个
    // 一级抓一级: the second group repeats the first group's word
    if (words1.some((w, k) => k > 0 && words1[0]!.length > 1 && w === words1[0]!.slice(0, w.length))) continue;
    // 三档并两档: groups of two or more characters starting alike repeat a measure word
    if (len >= 2 && words1.every((w) => w[0] === words1[0]![0])) continue;
    return { end: p, value, groups };
  }
  return null;
}

/**
 * Tests whether a whole string (a quoted phrase, say) has the shape of a numbered formulation.
 * Ordinary quantities, times, plenums and idioms return null.
 *
 * @example
 * ```ts
 * shapeOf('两心一城')?.shape; // 'paired'
 * shapeOf('以案三促')?.shape; // 'numeral-infix'
 * shapeOf('三年行动计划'); // null
 * ```
 */
export function shapeOf(s: string): ShapeMatch | null {
  const n = s.length;
  if (n < 2 || n > 12) return null;
  for (let k = 0; k < n; k++) if (!isHan(s[k])) return null;
  if (NOT_FORMULATION.test(s)) return null;
  for (let a = 0; a < n; a++) for (const len of [4, 5, 6]) if (NUMERAL_IDIOMS.has(s.slice(a, a + len))) return null;
  const c0 = s[0]!;
  // 第二个结合
  const ord = /^第([一二三四五六七八九十]{1,2})个([\u4e00-\u9fff]{1,4})$/.exec(s);
  if (ord && words(ord[2]!, 0, ord[2]!.length))
    return { shape: 'ordinal-classifier', value: NaN, note: `ordinal+classifier 第${ord[1]}个…` };
  if (c0 === '双' && n >= 2 && n <= 4 && words(s, 1, n - 1)) {
    const pr = n >= 4 ? pairedAt(`一${s.slice(1)}`, 0, n, true) : null; // 双随机一公开 is paired
    if (!pr) return { shape: 'dual', value: 2, note: 'dual 双…' };
  }
  if (lead(c0) || c0 === '双') {
    // numeral run at the start (十一五 is not a shape we discover)
    if (isNumeralChar(s[1])) return null;
    const t = c0 === '双' ? `两${s.slice(1)}` : s;
    const pr = pairedAt(t, 0, n, true);
    if (pr)
      return { shape: 'paired', value: pr.value, note: `paired numerals ${pr.groups.map((g) => g[0]).join('…')}` };
    const v = smallChineseNumber(c0 === '双' ? '两' : c0);
    const integ = INTEGRATION_END.find(
      (e) =>
        n >= 3 && n <= 5 && s.endsWith(e) && words(s, 1, n - 1 - e.length) && !s.slice(1, n - e.length).includes('者'),
    );
    if (integ && n - 1 - integ.length >= 1)
      return { shape: 'integration', value: v, note: `integration ${c0}…${integ}` };
    if (s[1] === '个' && n >= 3 && n <= 7) {
      const x = s.slice(2);
      if ((x === '一' || words(x, 0, x.length)) && !COUNT_WORDS.has(x) && !QUANTITY_CHARS.has(x[0]!))
        return { shape: 'numeral-classifier', value: v, note: `numeral+classifier ${c0}个…` };
      return null;
    }
    if (
      (s[1] === '不' || s[1] === '无' || s[1] === '零' || s[1] === '禁' || s[1] === '严') &&
      n >= 3 &&
      n <= 5 &&
      words(s, 2, n - 2)
    ) {
      return { shape: 'numeral-negation', value: v, note: `numeral+negation ${c0}${s[1]}…` };
    }
    if (
      (s[1] === '大' || s[1] === '项' || s[1] === '字' || s[1] === '条') &&
      n >= 4 &&
      n <= 7 &&
      words(s, 2, n - 2) &&
      c0 !== '一'
    ) {
      return { shape: 'numeral-collective', value: v, note: `numeral+${s[1]} ${c0}${s[1]}…` };
    }
    if (n === 4 && c0 !== '一' && lead(c0) && words(s, 1, 3) && !MEASURE_CHARS.has(s[1]!))
      return { shape: 'numeral-led', value: v, note: `numeral-led ${c0}…` };
    return null;
  }
  // 以案三促, 凡提四必
  if (n === 4 && words(s, 0, 2) && lead(s[2]) && s[2] !== '一' && isWordChar(s[3]) && !QUANTITY_CHARS.has(s[3]!)) {
    return {
      shape: 'numeral-infix',
      value: smallChineseNumber(s[2]!),
      note: `numeral inside ${s.slice(0, 2)}${s[2]}…`,
    };
  }
  return null;
}

/**
 * A numeral-built expression found by {@link scanShapes}, in normalized offsets.
 *
 * @example
 * ```ts
 * scanShapes('推行四位一体模式')[0]; // { shape: 'integration', value: 4, start: 2, end: 6, … }
 * ```
 */
export interface ShapeHit extends ShapeMatch, Span {}

/**
 * Scans `text[from, to)` for numeral-built expressions outside quotation marks: paired numerals
 * (两心一城, 三会一课, 一支部一品牌), integration shapes (四位一体), ordinals with a classifier
 * (第二个结合) and numeral+classifier shapes (四个意识 — weak evidence alone). Every position
 * tries a fixed number of bounded checks, so the scan is linear.
 *
 * @example
 * ```ts
 * scanShapes('聚焦两心一城战略目标').map((h) => [h.shape, h.start, h.end]); // [['paired', 2, 6]]
 * ```
 */
export function scanShapes(t: string, from = 0, to = t.length): ShapeHit[] {
  const out: ShapeHit[] = [];
  let i = from;
  while (i < to) {
    const c = t[i]!;
    const prev = i > 0 ? t[i - 1] : undefined;
    let hit: ShapeHit | null = null;
    if (c === '第' && !isNumeralChar(prev)) {
      const m = /第([一二三四五六七八九十]{1,2})个/y;
      m.lastIndex = i;
      const r = m.exec(t);
      if (r && r.index + r[0].length + 2 <= to) {
        const x0 = i + r[0].length;
        if (words(t, x0, 2) && !QUANTITY_CHARS.has(t[x0]!) && !isNumeralChar(t[x0 + 1])) {
          hit = {
            shape: 'ordinal-classifier',
            value: NaN,
            note: `ordinal+classifier 第${r[1]}个…`,
            start: i,
            end: x0 + 2,
          };
        }
      }
    } else if (
      (lead(c) || c === '双') &&
      !isNumeralChar(prev) &&
      prev !== '第' &&
      !(prev !== undefined && GLUED.has(prev + c)) &&
      !isNumeralChar(t[i + 1]) &&
      !(prev !== undefined && COUNT_BEFORE.test(t.slice(Math.max(0, i - 2), i))) &&
      !PLACES.some((pl) => t.startsWith(pl, i))
    ) {
      const v = smallChineseNumber(c === '双' ? '两' : c);
      if (!idiomNear(t, i, to)) {
        const pr = c === '双' ? null : pairedAt(t, i, to, false);
        if (pr && !isNumeralChar(t[pr.end])) {
          hit = {
            shape: 'paired',
            value: pr.value,
            note: `paired numerals ${pr.groups.map((g) => g[0]).join('…')}`,
            start: i,
            end: pr.end,
          };
        }
        if (!hit) {
          for (const e of INTEGRATION_END) {
            for (const xl of [1, 2]) {
              if (i + 1 + xl + e.length > to) continue;
              const x0 = t[i + 1]!;
              const okX =
                (x0 === '位' || x0 === '化' || !QUANTITY_CHARS.has(x0)) &&
                !MARKER_CHARS.has(x0) &&
                !(c === '一' && BAD_AFTER_YI.has(x0));
              const x = t.slice(i + 1, i + 1 + xl);
              if (okX && t.startsWith(e, i + 1 + xl) && words(t, i + 1, xl) && !x.includes('者') && !x.endsWith('金')) {
                hit = {
                  shape: 'integration',
                  value: v,
                  note: `integration ${c}…${e}`,
                  start: i,
                  end: i + 1 + xl + e.length,
                };
                break;
              }
            }
            if (hit) break;
          }
        }
        if (!hit && t[i + 1] === '个' && words(t, i + 2, 2)) {
          const x = t.slice(i + 2, i + 4);
          if (!COUNT_WORDS.has(x) && !QUANTITY_CHARS.has(x[0]!) && !isNumeralChar(t[i + 4])) {
            hit = { shape: 'numeral-classifier', value: v, note: `numeral+classifier ${c}个…`, start: i, end: i + 4 };
          }
        }
      }
    }
    if (hit && !NOT_FORMULATION.test(t.slice(hit.start, Math.min(to, hit.end + 2)))) {
      out.push(hit);
      i = hit.end;
    } else i++;
  }
  return out;
}

/**
 * Whether the text just before `n` marks the numeral at `n` as a count (以下四个方面, 这三个).
 *
 * @example
 * ```ts
 * countLikeBefore('着力在以下四个方面', 5); // true
 * ```
 */
export function countLikeBefore(t: string, n: number): boolean {
  return COUNT_BEFORE.test(t.slice(Math.max(0, n - 2), n));
}

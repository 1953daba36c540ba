/**
 * Words in which a numeral character is lexical rather than a quantity
 * (一些, 统一, 进一步, 十分 …). A numeral may not start inside one of these,
 * and a numeral being read stops where one of them begins.
 *
 * Decisions documented here (see also README-level docs in index.ts):
 * - 一年来 / 一年多来 / 过去一年 / 新的一年: time references, never quantities.
 * - 一级抓一级, 一岗双责, 一把手, 一刀切: fixed expressions.
 * - 一批 / 一大批 ("a number of") is vague, not a count; 两批 is a count.
 * - 一起 is lexical ("together") unless it counts cases: 未发生一起…案件.
 * - Plan names 十一五 … 十五五 and set phrases (九二共识, 一国两制, 二十国集团).
 */

import { CHAR_CODE_COUNT, isAsciiDigit, isCnNumeralChar } from './chars.js';

const WORDS = `
一些 一切 一系列 一般 一定 一直 一样 一致 一体 一流 一带一路 一国两制 一揽子 一次性 一刀切 一把手 一岗双责 一级抓一级
一年来 一年多来 过去一年 新的一年 这一年 一年四季 一年一度 一线 一道 一同 一并 一律 一贯 一向 一旦 一度 一方面 一边
一时 一味 一再 一手 一心 一举 一步 一环 一员 一分子 一份子 一分钱 一点点 一点儿 一点也 一点都 一下 一代 一批 一大批
一个中国 一个时期 一段时间 一段时期 一盘棋 一张蓝图 一以贯之 一如既往 一视同仁 一丝不苟 一往无前 一马当先 一鼓作气
一劳永逸 一蹴而就 一成不变 一窝蜂 一站式 一网通办 一网统管 一家人 一家亲 一对一 一票否决 一把尺子 一竿子 一锤子
一齐 一概 一模一样 一目了然 一席之地 一臂之力 一言一行 一草一木 一针一线 一点一滴 一朝一夕 一心一意 一五一十
一清二楚 独一无二 一举两得 一箭双雕 一穷二白 一分为二 一门心思 一锅端 一条龙 一口气 一番 一带 一路 一方 一中
统一 唯一 同一 单一 专一 划一 均一 不一 之一 合一 归一 逐一 如一 一一 万一 进一步 更进一步 退一步 第一时间
周一 周二 周三 周四 周五 周六 星期一 星期二 星期三 星期四 星期五 星期六 初一 初二 初三 高一 高二 高三
十分 十足 十全十美 十字 十一五 十二五 十三五 十四五 十五五 十六五 九二共识 二十国集团
三农 三角 三思 三令五申 三心二意 三番五次 再三 接二连三 不三不四 张三 李四 王五 四川 四周 四处 四面八方 五湖四海
五花八门 五金 七上八下 乱七八糟 八卦 九州 三北 三保 两岸 两手 两极 两面 两会 两翼 两者 两用 两全 两次三番
千方百计 千家万户 千千万万 千万工程 千万不要 千万不能 千万别 万众一心 万无一失 万物 万象 万里 万事 成千上万 百姓
百货 百科 百花 百年大计 百年变局 百年未有 百舸争流 百折不挠 百尺竿头 百废待兴 百炼成钢
半岛 半导体 半径 半夜 上半年 下半年 前半 后半 大半 多半 过半 半数 半壁 半山 半边
一部分 新一轮 新一届 新一批 上一年 上一轮 上一届 下一步 下一年 下一轮 下一届 下一阶段 每一 任何一 哪一 这一 那一 另一 其一
零部件 零件 零售 零星 零散 零碎 零钱 零工 零用 约法三章 三令五申
最后一公里 最初一公里 最先一公里 每一分钱 办成一件事 一件事一次办
`;

const LIST: string[] = WORDS.split(/\s+/).filter((w) => w.length > 0);

const BY_FIRST: Map<string, string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const w of LIST) {
    const k = w.charAt(0);
    const l = m.get(k) ?? [];
    l.push(w);
    m.set(k, l);
  }
  for (const l of m.values()) l.sort((a, b) => b.length - a.length);
  return m;
})();

const FIRST: Uint8Array = (() => {
  const f = new Uint8Array(CHAR_CODE_COUNT);
  for (const k of BY_FIRST.keys()) f[k.charCodeAt(0)] = 1;
  f['一'.charCodeAt(0)] = 1;
  return f;
})();

const CASE_BEFORE = [
  '发生',
  '查处',
  '查办',
  '出现',
  '处理',
  '通报',
  '曝光',
  '办理',
  '侦破',
  '立案',
  '受理',
  '处置',
  '有',
];
const CASE_AFTER = /^[^。；;！!？?\n]{0,15}?(案|事故|事件|纠纷|违纪|违法)/;

/** Is 一起 at `i` a count of cases (未发生一起…案件) rather than "together"? */
function yiqiIsCount(t: string, i: number): boolean {
  const before = t.slice(Math.max(0, i - 4), i);
  if (CASE_BEFORE.some((w) => before.endsWith(w))) return true;
  return CASE_AFTER.test(t.slice(i + 2, i + 20));
}

/**
 * Lexical-word marks for a normalised text.
 *
 * @example
 * ```ts
 * const m = lexicalMarks('推进统一');
 * m.inside[3]; // 1  (一 of 统一)
 * m.starts[2]; // 1  (统一 starts here)
 * ```
 */
export function lexicalMarks(t: string): { inside: Uint8Array; starts: Uint8Array } {
  const n = t.length;
  const inside = new Uint8Array(n);
  const starts = new Uint8Array(n + 1);
  for (let i = 0; i < n; i++) {
    if (FIRST[t.charCodeAt(i)] !== 1) continue;
    // a word that begins with a numeral character right after another numeral
    // character is part of a bigger number: 三十分钟, 三万一千, 十一起
    if (i > 0 && isCnNumeralChar(t.charAt(i)) && (isCnNumeralChar(t.charAt(i - 1)) || isAsciiDigit(t.charAt(i - 1))))
      continue;
    const list = BY_FIRST.get(t.charAt(i));
    if (list) {
      for (const w of list) {
        if (t.startsWith(w, i)) {
          // 同一九四九年: the word's final numeral continues into a number
          const after = t.charAt(i + w.length);
          if (isCnNumeralChar(w.charAt(w.length - 1)) && (isCnNumeralChar(after) || isAsciiDigit(after))) continue;
          starts[i] = 1;
          for (let k = i; k < i + w.length; k++) inside[k] = 1;
          break;
        }
      }
    }
    // 一点 ("a little") unless a decimal digit follows (一点五)
    if (t.charAt(i) === '一' && t.charAt(i + 1) === '点' && !/[零〇一二三四五六七八九0-9]/.test(t.charAt(i + 2))) {
      starts[i] = 1;
      inside[i] = inside[i + 1] = 1;
    }
    if (t.charAt(i) === '一' && t.charAt(i + 1) === '起' && !yiqiIsCount(t, i)) {
      starts[i] = 1;
      inside[i] = 1;
      inside[i + 1] = 1;
    }
    // reduplicated classifiers: 一个个, 一项项, 一次次 ("one after another")
    if (t.charAt(i) === '一' && i + 2 < n && t.charAt(i + 1) === t.charAt(i + 2) && t.charAt(i + 1) !== '一') {
      const c = t.charAt(i + 1);
      if ('个项次件批条座家位名步'.includes(c)) {
        starts[i] = 1;
        inside[i] = inside[i + 1] = inside[i + 2] = 1;
      }
    }
  }
  return { inside, starts };
}

/**
 * The lexical word list (for documentation and tests).
 *
 * @example
 * ```ts
 * LEXICAL_WORDS.includes('一系列'); // true
 * ```
 */
export const LEXICAL_WORDS: readonly string[] = LIST;

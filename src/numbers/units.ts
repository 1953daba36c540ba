/**
 * Units and classifiers (量词) that may follow a numeral, with the quantity
 * kind they imply. Matching is longest-first on the normalised text.
 */

/**
 * What a unit says about the quantity it follows.
 *
 * - `count`: a classifier (次, 人次, 项, 个, 名 …)
 * - `duration`: a span of time (年, 个月, 天, 小时 …); `年` after a year-like
 *   number, `月`/`日`/`号` after month/day numbers become dates in the scanner
 * - `measure`: physical measures, age, score (公里, 亩, 吨, 千瓦, 岁 …)
 * - `money`: currencies (元, 美元, 块 …); `scale` is the factor to the base unit
 * - `percent` / `percentage-point`: %, ‰, 成, 折 (with `scale`) and 个百分点
 * - `multiple`: 倍, 番
 * - `date`: calendar units (季度, 年代, 世纪, 时)
 * - `ordinal`: 届
 * - `identifier`: 版
 *
 * @example
 * ```ts
 * const u: UnitClass = 'count';
 * ```
 */
export type UnitClass =
  | 'count'
  | 'duration'
  | 'measure'
  | 'money'
  | 'percent'
  | 'percentage-point'
  | 'multiple'
  | 'date'
  | 'ordinal'
  | 'identifier';

/**
 * One entry of the unit table.
 *
 * @example
 * ```ts
 * const yuan: UnitDef = { text: '元', cls: 'money' };
 * ```
 */
export interface UnitDef {
  /** The unit as matched in normalised text. */
  readonly text: string;
  readonly cls: UnitClass;
  /** Multiplier applied to the numeral (‰ → 0.1, 成 → 10, 美分 → 0.01). */
  readonly scale?: number;
  /** ASCII unit: must not be followed by another ASCII letter or digit. */
  readonly ascii?: boolean;
  /** Characters that, right after the unit, mean it is really part of a word (支部, 处理). */
  readonly notBefore?: string;
}

const COUNT = `个 位 名 人 人次 户 户次 家 家次 所 座 项 次 场 场次 批 批次 件 件次 起 宗 例 条 篇 部 期 份 本 册 种 类 款 支 队 组 套 台 辆 架 架次 艘 列 节 门 间 栋 幢 层 处 片 张 只 头 匹 株 棵 颗 粒 枚 根 盏 面 幅 首 集 章 页 字 句 段 笔 单 封 把 轮 回 遍 趟 点 方面 注 双 对 车次 班次 航次 课时 学时 人天 村 校 床 盘 辑 则 桩 餐 杯 瓶 袋 箱 包 吊 串 堂 门次 个次 名次`;

const GUARDS: Record<string, string> = {
  处: '理分置罚长级室',
  期: '间限望待货盼刊',
  本: '地级年人身次届市省县区部单领质科土',
  面: '积对向临貌上前子',
  头: '等号脑',
  集: '团中体聚成约资',
  单: '位元独一项',
  根: '据本源治',
  把: '握关手',
  回: '应顾归复落升报访收',
  点: '击赞名评燃亮位',
  节: '约能日点水省假奏',
  片: '区面',
  对: '于接标外口象比待话策照应此其称一',
  双: '向方重边一赢创减循碳休手',
  支: '部持撑付出援柱',
  起: '步草来诉到始点码飞',
  间: '接隔歇距',
  所: '有以在谓属得需长做说述',
  场: '所景地馆合面域',
  位: '置于居列',
  名: '称义单额列片誉牌录字副',
  家: '庭乡长属园风国族底',
  户: '籍口外型',
  条: '件例款约线理幅',
  批: '评准示复办判',
  份: '额',
  台: '湾阶风账上',
  座: '谈位右',
  班: '子长级组',
  组: '织建成合长团',
  队: '伍员长',
  列: '入为车出席举支',
  门: '槛户类口诊',
  只: '要有能是会在需',
  首: '次先都位要批创府席届',
  注: '重意册入销资',
  例: '如外行子证会',
  款: '项式',
  种: '子植类',
  类: '似型别',
  层: '面级次',
  套: '餐路取',
  盘: '活点子',
  则: '是为',
  桩: '基',
  包: '括含容装袋',
  吊: '销',
  串: '联通',
  堂: '课',
  餐: '饮厅',
};

const DURATION = `年 个年头 年头 个月 周 个星期 星期 个礼拜 礼拜 天 个工作日 工作日 日 小时 个小时 个钟头 钟头 分钟 秒 秒钟 个季度 周年 个世纪`;

const MEASURE = `公里 千米 米 厘米 毫米 微米 纳米 公分 公尺 英里 英尺 英寸 英吋 吋 呎 海里 平方米 平方公里 平方千米 平方 立方米 立方 亩 公顷 顷 吨 公斤 千克 克 毫克 微克 斤 两 升 公升 毫升 加仑 加侖 千瓦 千瓦时 瓦 兆瓦 吉瓦 度 摄氏度 华氏度 摄氏° 华氏° 赫兹 千卡 大卡 卡路里 焦耳 标箱 标准箱 岁 周岁 分 马力 兆帕 伏 千伏 安培 毫安 盎司 磅`;

const MEASURE_GUARDS: Record<string, string> = {
  米: '饭粉面油',
  克: '服制隆难',
  度: '过假量',
  升: '级高值温学华格降为',
  分: '之钟别子析享配布类工管局行解批段期级为成散化摊',
  两: '',
  斤: '',
  平方: '',
  立方: '',
  瓦: '解',
  伏: '击',
  磅: '礴',
};

const ASCII_MEASURE = `km cm mm m kg mg g L ml mL cc kW MW GW kWh Hz kHz MHz GHz GB MB TB KB t TEU °C °F ℃ ℉ ° km² m² m³ KM CM MM KG ML CC`;

const MONEY: Array<[string, number]> = [
  ['元', 1],
  ['圆', 1],
  ['块', 1],
  ['块钱', 1],
  ['元钱', 1],
  ['美元', 1],
  ['美金', 1],
  ['美圆', 1],
  ['欧元', 1],
  ['日元', 1],
  ['英镑', 1],
  ['港元', 1],
  ['港币', 1],
  ['澳门元', 1],
  ['澳元', 1],
  ['加元', 1],
  ['韩元', 1],
  ['新台币', 1],
  ['台币', 1],
  ['卢布', 1],
  ['瑞士法郎', 1],
  ['法郎', 1],
  ['人民币', 1],
  ['比特币', 1],
  ['奈拉', 1],
  ['卢比', 1],
  ['美分', 0.01],
  ['欧分', 0.01],
  ['蚊', 1],
  ['镑', 1],
  ['元人民币', 1],
];

const PERCENT: Array<[string, UnitClass, number]> = [
  ['%', 'percent', 1],
  ['‰', 'percent', 0.1],
  ['成', 'percent', 10],
  ['折', 'percent', 10],
  ['个百分点', 'percentage-point', 1],
  ['百分点', 'percentage-point', 1],
];

const OTHER: Array<[string, UnitClass]> = [
  ['倍', 'multiple'],
  ['番', 'multiple'],
  ['季度', 'date'],
  ['年代', 'date'],
  ['世纪', 'date'],
  ['时', 'date'],
  ['届', 'ordinal'],
  ['版', 'identifier'],
  ['月', 'date'],
  ['号', 'identifier'],
  ['年度', 'date'],
];

function buildTable(): Map<string, UnitDef[]> {
  const all: UnitDef[] = [];
  const seen = new Set<string>();
  const add = (d: UnitDef): void => {
    if (seen.has(d.text)) return;
    seen.add(d.text);
    all.push(d);
  };
  for (const w of COUNT.split(/\s+/)) if (w) add({ text: w, cls: 'count', notBefore: GUARDS[w] ?? '' });
  for (const w of DURATION.split(/\s+/)) if (w) add({ text: w, cls: 'duration' });
  for (const w of MEASURE.split(/\s+/)) if (w) add({ text: w, cls: 'measure', notBefore: MEASURE_GUARDS[w] ?? '' });
  for (const w of ASCII_MEASURE.split(/\s+/)) if (w) add({ text: w, cls: 'measure', ascii: /^[A-Za-z]/.test(w) });
  for (const [w, s] of MONEY) add({ text: w, cls: 'money', scale: s });
  for (const [w, c, s] of PERCENT) add({ text: w, cls: c, scale: s });
  for (const [w, c] of OTHER) add({ text: w, cls: c });
  // 打 = a dozen (一打 = 12); guarded against 打击, 打造, 打开 …
  add({ text: '打', cls: 'count', scale: 12, notBefore: '击造开破通响赢算扫出好牢下进入卡工败仗通赏折' });
  const byFirst = new Map<string, UnitDef[]>();
  for (const d of all) {
    const k = d.text.charAt(0);
    const list = byFirst.get(k) ?? [];
    list.push(d);
    byFirst.set(k, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.text.length - a.text.length);
  return byFirst;
}

const TABLE = buildTable();

/**
 * Longest unit starting at `i` in normalised text `t`, honouring ASCII word
 * boundaries and the per-unit "not followed by" guards. Returns `null` when no
 * unit starts there. Context rules (块 as money, 月 as a date …) are applied by
 * the scanner, not here.
 *
 * @example
 * ```ts
 * matchUnit('36次会议', 2)?.text; // '次'
 * matchUnit('4.2个百分点', 3)?.cls; // 'percentage-point'
 * ```
 */
export function matchUnit(t: string, i: number): UnitDef | null {
  const list = TABLE.get(t.charAt(i));
  if (!list) return null;
  for (const d of list) {
    if (!t.startsWith(d.text, i)) continue;
    const next = t.charAt(i + d.text.length);
    if (d.ascii && /[A-Za-z0-9]/.test(next)) continue;
    if (d.notBefore && next !== '' && d.notBefore.includes(next)) continue;
    return d;
  }
  return null;
}

/**
 * Currency words that may precede the amount (人民币 50元, $20, ¥300).
 *
 * @example
 * ```ts
 * CURRENCY_PREFIXES.includes('$'); // true
 * ```
 */
export const CURRENCY_PREFIXES: readonly string[] = ['人民币', '港币', '港元', 'US$', 'RMB', '$', '¥', '€', '£'];

/**
 * Is `c` the first character of some unit? (Used to decide whether 来 in
 * 十来个 is an approximation.)
 *
 * @example
 * ```ts
 * isUnitStart('个'); // true
 * ```
 */
export function isUnitStart(c: string): boolean {
  return TABLE.has(c);
}

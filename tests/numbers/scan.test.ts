import { describe, expect, it } from 'vitest';
import { type Quantity, scanQuantities } from '../../src/numbers/index.js';

type Row = [
  input: string,
  text: string,
  value: number | null,
  kind: Quantity['kind'],
  approx: Quantity['approx'],
  unit: string | null,
  claim?: boolean,
];

/** The one quantity whose text is `text` (fails if absent). */
function find(input: string, text: string): Quantity {
  const qs = scanQuantities(input);
  const q = qs.find((x) => x.text === text);
  if (!q)
    throw new Error(
      `no quantity ${JSON.stringify(text)} in ${JSON.stringify(input)}: ${JSON.stringify(qs.map((x) => x.text))}`,
    );
  return q;
}

function close(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

function checkRows(rows: Row[]): void {
  it.each(rows)('%s → %s', (input, text, value, kind, approx, unit, claim = true) => {
    const q = find(input, text);
    expect(close(q.value, value), `value ${q.value} vs ${value}`).toBe(true);
    expect(q.kind).toBe(kind);
    expect(q.approx).toBe(approx);
    expect(q.unit).toBe(unit);
    expect(q.claim).toBe(claim);
    expect(q.min).toBeNull();
    expect(q.max).toBeNull();
    expect(input.slice(q.start, q.end)).toBe(q.text);
  });
}

describe('typical report quantities', () => {
  checkRows([
    ['全年召开中心组学习会36次', '36次', 36, 'count', null, '次'],
    ['开展廉政谈话120余人次', '120余人次', 120, 'count', 'more-than', '人次'],
    ['精简发文数量23%', '23%', 23, 'percent', null, '%'],
    ['压缩会议时长30%', '30%', 30, 'percent', null, '%'],
    ['阅读量超百万', '超百万', 1000000, 'number', 'more-than', null],
    ['国内生产总值增长5%左右', '5%左右', 5, 'percent', 'about', '%'],
    ['城镇新增就业1200万人以上', '1200万人以上', 12000000, 'count', 'at-least', '人'],
    ['排查廉政风险点58个', '58个', 58, 'count', null, '个'],
    ['制定防控措施130余条', '130余条', 130, 'count', 'more-than', '条'],
    ['研究干部任免事项31批次', '31批次', 31, 'count', null, '批次'],
    ['财政支出增加1.2万亿元', '1.2万亿元', 1.2e12, 'money', null, '万亿元'],
    ['覆盖率达到百分之九十五', '百分之九十五', 95, 'percent', null, null],
    ['全年推送原创文章280余篇', '280余篇', 280, 'count', 'more-than', '篇'],
    ['对拟提拔的42名干部', '42名', 42, 'count', null, '名'],
    ['比上年提高4.2个百分点', '4.2个百分点', 4.2, 'percentage-point', null, '个百分点'],
    ['减少三分之一', '三分之一', 1 / 3, 'fraction', null, null],
    ['任职满5年的干部', '5年', 5, 'duration', null, '年'],
    ['2025年以来', '2025年', 2025, 'year', null, '年', false],
    ['位居第三', '第三', 3, 'ordinal', null, null, false],
    ['基层党建提质增效三年行动计划', '三年', 3, 'duration', null, '年', false],
    ['成立6个调研小组', '6个', 6, 'count', null, '个'],
    ['全年未发生一起违反廉洁纪律案件', '一起', 1, 'count', null, '起'],
  ]);
  it('每年确定2—3个重点课题 is a range of counts', () => {
    expect(find('每年确定2—3个重点课题', '2—3个')).toMatchObject({
      value: null,
      min: 2,
      max: 3,
      kind: 'count',
      unit: '个',
      approx: null,
      claim: true,
    });
  });
});

describe('numerals in running text', () => {
  checkRows([
    ['１２３人', '１２３人', 123, 'count', null, '人'],
    ['增长２３％', '２３％', 23, 'percent', null, '%'],
    ['共1,200家', '1,200家', 1200, 'count', null, '家'],
    ['达一百二十项', '一百二十项', 120, 'count', null, '项'],
    ['两千户', '两千户', 2000, 'count', null, '户'],
    ['三万五千名', '三万五千名', 35000, 'count', null, '名'],
    ['一千零五篇', '一千零五篇', 1005, 'count', null, '篇'],
    ['十四场', '十四场', 14, 'count', null, '场'],
    ['壹佰伍拾元', '壹佰伍拾元', 150, 'money', null, '元'],
    ['伍仟元整', '伍仟元整', 5000, 'money', null, '元'],
    ['共3500万元', '3500万元', 35000000, 'money', null, '万元'],
    ['12万亿元', '12万亿元', 1.2e13, 'money', null, '万亿元'],
    ['两千余人', '两千余人', 2000, 'count', 'more-than', '人'],
    ['千分之三', '千分之三', 0.3, 'percent', null, null],
    ['约三成', '约三成', 30, 'percent', 'about', '成'],
    ['三成半', '三成半', 35, 'percent', null, '成'],
    ['惠及学生3400多万人次', '3400多万人次', 34000000, 'count', 'more-than', '人次'],
    ['十几万人', '十几万人', 100000, 'count', 'more-than', '人'],
    ['数十万人', '数十万人', 100000, 'count', 'more-than', '人'],
    ['上千家企业', '上千家', 1000, 'count', 'more-than', '家'],
    ['十来个', '十来个', 10, 'count', 'about', '个'],
    ['一年半', '一年半', 1.5, 'duration', null, '年'],
    ['每半年报告', '半年', 0.5, 'duration', null, '年'],
    ['一个半月', '一个半月', 1.5, 'duration', null, '个月'],
    ['三个多月', '三个多月', 3, 'duration', 'more-than', '个月'],
    ['两年多时间', '两年多', 2, 'duration', 'more-than', '年'],
    ['3个月', '3个月', 3, 'duration', null, '个月'],
    ['240小时', '240小时', 240, 'duration', null, '小时'],
    ['增长1.7倍', '1.7倍', 1.7, 'multiple', null, '倍'],
    ['翻两番', '两番', 2, 'multiple', null, '番'],
    ['3.7亿千瓦', '3.7亿千瓦', 3.7e8, 'measure', null, '千瓦'],
    ['387万亩', '387万亩', 3870000, 'measure', null, '亩'],
    ['1.4万亿斤', '1.4万亿斤', 1.4e12, 'measure', null, '斤'],
    ['两千米', '两千米', 2000, 'measure', null, '米'],
    ['12千米', '12千米', 12, 'measure', null, '千米'],
    ['三米九', '三米九', 3.9, 'measure', null, '米'],
    ['身高168cm', '168cm', 168, 'measure', null, 'cm'],
    ['29岁', '29岁', 29, 'measure', null, '岁'],
    ['零下四摄氏度', '零下四摄氏度', -4, 'measure', null, '摄氏度'],
    ['外汇储备超过3.2万亿美元', '超过3.2万亿美元', 3.2e12, 'money', 'more-than', '万亿美元'],
    ['五元六角', '五元六角', 5.6, 'money', null, '元'],
    ['50元6角三分', '50元6角三分', 50.63, 'money', null, '元'],
    ['一块二', '一块二', 1.2, 'money', null, '块'],
    ['$20', '$20', 20, 'money', null, '$'],
    ['20个比特币', '20个比特币', 20, 'money', null, '比特币'],
    ['负三十二', '负三十二', -32, 'number', null, null],
    ['下降-3.8%', '-3.8%', -3.8, 'percent', null, '%'],
    ['百分之负三点八', '百分之负三点八', -3.8, 'percent', null, null],
    ['二百五, 二百五', '二百五', 250, 'number', null, null],
    ['一打', '一打', 12, 'count', null, '打'],
    ['九折', '九折', 90, 'percent', null, '折'],
  ]);
});

describe('approximation words', () => {
  checkRows([
    ['超过5000人', '超过5000人', 5000, 'count', 'more-than', '人'],
    ['突破1300万辆', '突破1300万辆', 13000000, 'count', 'more-than', '辆'],
    ['逾百家', '逾百家', 100, 'count', 'more-than', '家'],
    ['近40%', '近40%', 40, 'percent', 'less-than', '%'],
    ['将近一半', '将近一半', 0.5, 'number', 'less-than', null],
    ['不到10天', '不到10天', 10, 'duration', 'less-than', '天'],
    ['不足5%', '不足5%', 5, 'percent', 'less-than', '%'],
    ['约1500亿元', '约1500亿元', 1.5e11, 'money', 'about', '亿元'],
    ['大约20人', '大约20人', 20, 'count', 'about', '人'],
    ['50岁上下。', '50岁上下', 50, 'measure', 'about', '岁'],
    ['5000人以上', '5000人以上', 5000, 'count', 'at-least', '人'],
    ['不少于3次', '不少于3次', 3, 'count', 'at-least', '次'],
    ['至少2名', '至少2名', 2, 'count', 'at-least', '名'],
    ['每年至少组织2次', '至少组织2次', 2, 'count', 'at-least', '次'],
    ['3天以下', '3天以下', 3, 'duration', 'at-most', '天'],
    ['控制在3%以内', '3%以内', 3, 'percent', 'at-most', '%'],
    ['不超过5万元', '不超过5万元', 50000, 'money', 'at-most', '万元'],
    ['最多100', '最多100', 100, 'number', 'at-most', null],
    ['≥50', '≥50', 50, 'number', 'at-least', null],
    ['比三十大', '比三十大', 30, 'number', 'more-than', null],
    ['约120余人', '约120余人', 120, 'count', 'more-than', '人'],
    ['四毫升或以上', '四毫升或以上', 4, 'measure', 'at-least', '毫升'],
  ]);
  it('近 + duration is "the last N years", not an approximation', () => {
    expect(find('近三年来', '三年')).toMatchObject({ value: 3, approx: null, kind: 'duration', claim: false });
    expect(find('近5年', '5年').approx).toBeNull();
  });
  it('节约/制约 are not 约', () => {
    expect(find('节约3000万元', '3000万元').approx).toBeNull();
    expect(find('制约2个', '2个').approx).toBeNull();
  });
});

describe('ranges', () => {
  const RANGES: Array<[string, string, number, number, Quantity['kind'], string | null]> = [
    ['每年确定2-3个', '2-3个', 2, 3, 'count', '个'],
    ['2~3天', '2~3天', 2, 3, 'duration', '天'],
    ['3至5年', '3至5年', 3, 5, 'duration', '年'],
    ['10~15天', '10~15天', 10, 15, 'duration', '天'],
    ['10～15天', '10～15天', 10, 15, 'duration', '天'],
    ['二三十', '二三十', 20, 30, 'number', null],
    ['三四个', '三四个', 3, 4, 'count', '个'],
    ['十五六岁', '十五六岁', 15, 16, 'measure', '岁'],
    ['五六十万人', '五六十万人', 500000, 600000, 'count', '人'],
    ['一两个', '一两个', 1, 2, 'count', '个'],
    ['2—3万人', '2—3万人', 20000, 30000, 'count', '人'],
    ['增长5%-6%', '5%-6%', 5, 6, 'percent', '%'],
    ['增长5-6%', '5-6%', 5, 6, 'percent', '%'],
    ['百分之八至九', '百分之八至九', 8, 9, 'percent', null],
    ['5.6到5.78元', '5.6到5.78元', 5.6, 5.78, 'money', '元'],
    ['两升到三升', '两升到三升', 2, 3, 'measure', '升'],
    ['1.6m-3.9m', '1.6m-3.9m', 1.6, 3.9, 'measure', 'm'],
    ['2021—2025年', '2021—2025年', 2021, 2025, 'year', '年'],
    ['一到五个', '一到五个', 1, 5, 'count', '个'],
    ['20 - 100', '20 - 100', 20, 100, 'number', null],
    ['位于20和30之间', '20和30之间', 20, 30, 'number', null],
    ['10000与20000间', '10000与20000间', 10000, 20000, 'number', null],
    ['大于100 并且小于300', '大于100 并且小于300', 100, 300, 'number', null],
    ['1000以上， 1500以下', '1000以上， 1500以下', 1000, 1500, 'number', null],
    ['最多100最少20个', '最多100最少20个', 20, 100, 'count', '个'],
  ];
  it.each(RANGES)('%s → %s', (input, text, min, max, kind, unit) => {
    const q = find(input, text);
    expect(q).toMatchObject({ value: null, min, max, kind, unit, approx: null });
    expect(q.claim).toBe(kind !== 'year');
  });
  it('a decreasing pair is two quantities, not a range', () => {
    const qs = scanQuantities('约2.5亿年~6500万年');
    expect(qs.map((q) => [q.text, q.value])).toEqual([
      ['约2.5亿年', 250000000],
      ['6500万年', 65000000],
    ]);
  });
  it('2025-12-14 is a date, not a range', () => {
    expect(scanQuantities('时间:2025-12-14')).toEqual([
      {
        text: '2025-12-14',
        start: 3,
        end: 13,
        value: 20251214,
        min: null,
        max: null,
        kind: 'date',
        approx: null,
        unit: null,
        claim: false,
      },
    ]);
  });
});

describe('not claims: years, dates, ordinals, headings, identifiers', () => {
  checkRows([
    ['二〇二五年', '二〇二五年', 2025, 'year', null, '年', false],
    ['2025年度', '2025年度', 2025, 'year', null, '年度', false],
    ['12月14日', '12月', 12, 'date', null, '月', false],
    ['12月14日', '14日', 14, 'date', null, '日', false],
    ['5月8号', '8号', 8, 'date', null, '号', false],
    ['去年一季度', '一季度', 1, 'date', null, '季度', false],
    ['80年代', '80年代', 80, 'date', null, '年代', false],
    ['第一', '第一', 1, 'ordinal', null, null, false],
    ['第十二届', '第十二', 12, 'ordinal', null, null, false],
    ['党的二十届三中全会', '二十届', 20, 'ordinal', null, '届', false],
    ['党的二十届三中全会', '三', 3, 'ordinal', null, null, false],
    ['党的二十大', '二十', 20, 'ordinal', null, null, false],
    ['一、总体情况', '一、', 1, 'ordinal', null, null, false],
    ['前言\n二、主要工作', '二、', 2, 'ordinal', null, null, false],
    ['(一)突出政治引领', '(一)', 1, 'ordinal', null, null, false],
    ['（二）强化班子建设', '（二）', 2, 'ordinal', null, null, false],
    ['1. 总体要求', '1.', 1, 'ordinal', null, null, false],
    ['政治坚定。一是深化理论武装', '一', 1, 'ordinal', null, null, false],
    ['国办发〔2025〕3号', '〔2025〕3号', 3, 'identifier', null, '号', false],
    ['“嫦娥六号”', '六号', 6, 'identifier', null, '号', false],
    ['自贸区3.0版', '3.0版', 3, 'identifier', null, '版', false],
    ['成立75周年', '75周年', 75, 'duration', null, '周年', false],
    ['五年来', '五年', 5, 'duration', null, '年', false],
    ['长江十年禁渔', '十年', 10, 'duration', null, '年', false],
    ['二期工程', '二期', 2, 'ordinal', null, '期', false],
  ]);
});

describe('lexical numerals are not quantities', () => {
  const LEXICAL = [
    '一些',
    '一起学习',
    '一系列',
    '一般',
    '统一',
    '唯一',
    '一样',
    '一直',
    '一定',
    '进一步',
    '一体化',
    '万一',
    '一刀切',
    '十分重要',
    '三农',
    '一年来',
    '一级抓一级',
    '一切',
    '一看',
    '四川',
    '我一看你就笑',
    '两岸关系',
    '大陆',
    '半岛',
    '陆地上有许多动物',
    '这是我的队伍',
    '入伍時分總令人感傷',
    '小明每天收拾房间',
    '这个人很放肆',
    '美味十足',
    '陽光九九是食物品牌',
    '两两',
    '“十四五”规划',
    '一带一路',
    '一国两制',
    '九二共识',
    '二十国集团',
    '千方百计',
    '千万工程',
    '一揽子',
    '一次性',
    '一把手',
    '新一批',
    '零关税',
    '零售额',
    '零部件',
    '一岗双责',
    '过去一年',
    '新的一年',
    '三重一大',
    '四风',
    '凡提四必',
    '之一',
    '每一分钱',
    '最后一公里',
    '以下几个方面',
    '一点也不',
    '5G',
    '6G网络',
    'PM2.5',
    'PM\n2.5\n）',
    '维生素B12',
    'G20',
    '万',
    '万万',
    '五角大楼',
    '一部分',
    '世界百年变局',
    '半导体',
  ];
  it.each(LEXICAL)('%j → nothing', (input) => {
    expect(scanQuantities(input)).toEqual([]);
  });
  it('the words do not hide neighbouring quantities', () => {
    expect(scanQuantities('进一步精简30%').map((q) => q.text)).toEqual(['30%']);
    expect(scanQuantities('一系列举措5项').map((q) => q.text)).toEqual(['5项']);
    expect(scanQuantities('三十分钟').map((q) => q.text)).toEqual(['三十分钟']);
    expect(scanQuantities('三万一千人').map((q) => [q.text, q.value])).toEqual([['三万一千人', 31000]]);
    expect(scanQuantities('查处十一起案件').map((q) => [q.text, q.value])).toEqual([['十一起', 11]]);
    expect(scanQuantities('一点五倍').map((q) => [q.text, q.value])).toEqual([['一点五倍', 1.5]]);
  });
});

describe('lists share a trailing unit', () => {
  it('分别高4.2和0.7个百分点', () => {
    expect(scanQuantities('分别高4.2和0.7个百分点').map((q) => [q.text, q.value, q.kind, q.unit])).toEqual(
      [
        ['4.2', 4.2, 'percentage-point', '个百分点'],
        ['0.7', 0.7, 'percentage-point', '个百分点'],
      ].map(([t, v, k, u]) => [t === '0.7' ? '0.7个百分点' : t, v, k, u]),
    );
  });
  it('1998、1999年 are both years', () => {
    expect(scanQuantities('1998、1999年').map((q) => [q.kind, q.claim])).toEqual([
      ['year', false],
      ['year', false],
    ]);
  });
});

describe('errors', () => {
  it('too large values are reported with value null', () => {
    const [q] = scanQuantities('债务规模1000万亿亿元');
    expect(q).toMatchObject({
      text: '1000万亿亿元',
      value: null,
      min: null,
      max: null,
      kind: 'money',
      error: 'too-large',
    });
  });
  it('malformed digit grouping is unparseable', () => {
    const [q] = scanQuantities('共1,23,4567人');
    expect(q).toMatchObject({ value: null, error: 'unparseable', kind: 'count' });
  });
  it('division by zero is unparseable', () => {
    const [q] = scanQuantities('比例为1/0');
    expect(q).toMatchObject({ text: '1/0', value: null, error: 'unparseable' });
  });
  it.each([null, 1, undefined, {}])('non-string text %j throws a tifa: TypeError', (bad) => {
    expect(() => scanQuantities(bad as unknown as string)).toThrow(/^tifa: scanQuantities expects a string, got /);
  });
  it('malformed exclude ranges throw a tifa: TypeError naming the value', () => {
    expect(() => scanQuantities('36次', { exclude: [{ start: 3, end: 1 }] })).toThrow(
      /^tifa: exclude range .*\{"start":3,"end":1\}$/,
    );
    expect(() => scanQuantities('36次', { exclude: 'x' as unknown as [] })).toThrow(TypeError);
    expect(() => scanQuantities('36次', null as unknown as Record<string, never>)).toThrow(
      /^tifa: scanQuantities options must be an object, got null$/,
    );
  });
});

describe('exclude', () => {
  const text = '切实增强“四个意识”，全年开展12次';
  it('skips quantities inside excluded spans entirely', () => {
    const start = text.indexOf('四个意识');
    expect(scanQuantities(text).map((q) => q.text)).toEqual(['四个', '12次']);
    expect(scanQuantities(text, { exclude: [{ start, end: start + 4 }] }).map((q) => q.text)).toEqual(['12次']);
  });
  it('a quantity crossing into an excluded span is cut at the boundary', () => {
    const t2 = '共计120余人次';
    const qs = scanQuantities(t2, { exclude: [{ start: 6, end: 8 }] }); // 人次
    expect(qs.map((q) => [q.text, q.kind, q.approx])).toEqual([['120余', 'number', 'more-than']]);
    expect(scanQuantities(t2, { exclude: [{ start: 5, end: 6 }] }).map((q) => q.text)).toEqual(['120']);
  });
  it('out-of-range and empty exclude ranges are harmless', () => {
    expect(
      scanQuantities('12次', {
        exclude: [
          { start: 50, end: 60 },
          { start: 1, end: 1 },
        ],
      }).map((q) => q.text),
    ).toEqual(['12次']);
  });
});

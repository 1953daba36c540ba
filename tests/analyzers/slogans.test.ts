import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocument, createDocument } from '../../src/document/document.js';
import type { TifaDocument } from '../../src/document/types.js';
import { Dictionary, loadDictionary } from '../../src/dictionary/dictionary.js';
import type { AnalyzeContext } from '../../src/analyzers/context.js';
import { createContext } from '../../src/pipeline/context.js';
import { slogans, type Slogan } from '../../src/analyzers/slogans.js';
import { sentenceEvidence } from '../../src/analyzers/evidence.js';
import { shapeOf, scanShapes } from '../../src/analyzers/slogans/numerals.js';
import { scanBrackets } from '../../src/analyzers/slogans/brackets.js';
import { slogansMarkdown } from '../../src/output/parts/slogans.js';
import { SEED } from '../helpers.js';

/** The context analyze.ts builds. */
function contextFor(doc: TifaDocument, dictionary: Dictionary = loadDictionary()): AnalyzeContext {
  return createContext(doc, { dictionary });
}

/** A small report: a title, a preamble sentence, then `body` (which starts with its headings). */
const report = (body: string) => `某单位工作报告\n\n现将有关情况报告如下。\n\n${body}`;

function run(text: string, dictionary?: Dictionary): { doc: TifaDocument; ctx: AnalyzeContext; found: Slogan[] } {
  const doc = createDocument(report(text));
  const ctx = contextFor(doc, dictionary);
  return { doc, ctx, found: slogans(doc, ctx).slogans };
}

function of<K extends Slogan['kind']>(found: Slogan[], kind: K): Array<Extract<Slogan, { kind: K }>> {
  return found.filter((s): s is Extract<Slogan, { kind: K }> => s.kind === kind);
}
const counts = (list: Slogan[]) => Object.fromEntries(list.map((s) => [s.canonical, s.count]));

describe('slogans on the 2025 report', () => {
  let doc: TifaDocument;
  let ctx: AnalyzeContext;
  let found: Slogan[];
  beforeAll(async () => {
    doc = await loadDocument(SEED);
    ctx = contextFor(doc);
    found = slogans(doc, ctx).slogans;
  });

  it('finds every numbered formulation, known to the dictionary, with counts', () => {
    const named = of(found, 'numbered').filter((s) => s.count > 0);
    expect(named.every((s) => s.known && s.confidence === 1)).toBe(true);
    expect(counts(named)).toEqual({
      第一议题: 1,
      三重一大: 1,
      一岗双责: 3,
      三会一课: 1,
      两个确立: 1,
      四个意识: 1,
      四个自信: 1,
      两个维护: 1,
      两心一城: 1,
      一把手: 1,
      一支部一品牌: 1,
      第一责任人: 1,
      凡提四必: 1,
      十严禁: 1,
      四风: 1,
      第二个结合: 1,
      四位一体: 1,
      三个区分开来: 1,
      四种形态: 1,
      以案三促: 1,
    });
    const sxyc = found.find((s) => s.canonical === '四个意识')!;
    expect(sxyc).toMatchObject({
      category: '理论武装',
      members: ['政治意识', '大局意识', '核心意识', '看齐意识'],
      membersFrom: 'dictionary',
      since: 2016,
    });
    // 四位一体 has no members in the dictionary: the report spells them out just before it
    expect(found.find((s) => s.canonical === '四位一体')).toMatchObject({
      membersFrom: 'text',
      members: ['领导干部领学', '专家辅导讲学', '支部集中研学', '个人自主悟学'],
    });
  });

  it('gives the section and sentence of each occurrence', () => {
    const lxyc = found.find((s) => s.canonical === '两心一城')!;
    expect(lxyc.occurrences[0]!.section).toBe('二是推动决策部署具体化。');
    const o = lxyc.occurrences[0]!;
    expect(sentenceEvidence(doc, o.sentence ?? -1, o.start, o.end)).toContain('聚焦全市“两心一城”战略目标');
    const yg = found.find((s) => s.canonical === '一岗双责')!;
    expect(yg.occurrences.map((o) => o.section)).toEqual([
      '一、政治生态建设总体情况',
      '一是拧紧责任链条。',
      '(二)在压实政治责任上再加力,提升组织推动力。',
    ]);
  });

  it('links the spelled-out members of 政治三力 (complete) to the formulation and the parallel construction', () => {
    const s = of(found, 'numbered').find((x) => x.canonical === '政治三力')!;
    expect(s.count).toBe(0);
    expect(s.memberChecks).toHaveLength(2);
    for (const c of s.memberChecks!) {
      expect(c).toMatchObject({
        formulation: '政治三力',
        listed: ['政治判断力', '政治领悟力', '政治执行力'],
        missing: [],
        extra: [],
        complete: true,
        named: false,
      });
      expect(doc.text.slice(c.start, c.end)).toBe('政治判断力、政治领悟力、政治执行力');
    }
  });

  it('does not take quantities, times, plenums or members for formulations', () => {
    const texts = of(found, 'numbered').map((s) => s.canonical);
    for (const bad of [
      '三年',
      '三年行动计划',
      '6个调研小组',
      '六个调研小组',
      '一年来',
      '一系列',
      '一级抓一级',
      '第一种形态',
      '二十届三中',
      '二十大',
      '四个方面',
      '第三方',
      '一严到底',
      '一刀切',
    ]) {
      expect(texts.some((t) => t.includes(bad) || bad.includes(t))).toBe(false);
    }
    expect(of(found, 'numbered').some((s) => !s.known)).toBe(false);
  });

  it('lists every quoted phrase with counts and classification', () => {
    const q = of(found, 'quoted');
    expect(counts(q)).toEqual({
      组织部门是政治机关: 1,
      '强根基、严纪律、转作风、提效能': 1,
      第一议题: 1,
      三重一大: 1,
      一岗双责: 3,
      三会一课: 1,
      健全全面从严治党体系: 2,
      完善党的自我革命制度规范体系: 2,
      两个确立: 1,
      四个意识: 1,
      四个自信: 1,
      两个维护: 1,
      两心一城: 1,
      后半篇文章: 1,
      '破解干部考核‘一刀切’难题': 1,
      一刀切: 1,
      提升非公企业党建有效性: 1,
      优化青年人才留用环境: 1,
      关键少数: 1,
      一把手: 1,
      我市先锋: 1,
      '党建+业务': 1,
      党员先锋岗: 1,
      攻坚突击队: 1,
      一支部一品牌: 1,
      组工红·匠心行: 1,
      智汇先锋: 1,
      '月调度、季通报、年考评': 1,
      凡提四必: 1,
      带病提拔: 1,
      打招呼: 1,
      拉票: 1,
      组工廉政档案: 1,
      四风: 1,
      '讲政治、重公道、业务精、作风好': 1,
      争做新时代优秀组工干部: 1,
      最美组工人: 1,
      '文经我手无差错、事交我办请放心': 1,
      清廉机关: 1,
      青廉说: 1,
      家风助廉: 1,
      '读红色家书、悟初心使命': 1,
      第二个结合: 1,
      不愿得罪人: 1,
      怕伤和气: 1,
      辣味: 1,
      踩红线: 1,
      清水衙门: 1,
      看过: 1,
      听过: 1,
      慎独慎微: 1,
      '打造过硬队伍、建设模范部门': 1,
      '领导干部领学+专家辅导讲学+支部集中研学+个人自主悟学': 1,
      组工讲坛: 1,
      青年思享会: 1,
      '清单明责、督查督责、考核问责': 1,
      青苗成长计划: 1,
      三个区分开来: 1,
      四种形态: 1,
      以案三促: 1,
      '以案说德、以案说纪、以案说法、以案说责': 1,
    });
    const cls = (c: string) => q.find((s) => s.canonical === c)!.classification;
    expect(cls('两个维护')).toBe('known-formulation');
    expect(cls('讲政治、重公道、业务精、作风好')).toBe('slogan');
    expect(cls('强根基、严纪律、转作风、提效能')).toBe('slogan');
    expect(cls('打招呼')).toBe('other');
    expect(cls('最美组工人')).toBe('other');
    expect(cls('一刀切')).toBe('other');
    // nested: ‘一刀切’ inside “…”, “三重一大” inside 《…》
    expect(q.find((s) => s.canonical === '一刀切')).toMatchObject({ nested: true, marks: '‘’' });
    expect(q.find((s) => s.canonical === '三重一大')!.nested).toBe(true);
    expect(q.find((s) => s.canonical === '两个维护')!.nested).toBe(false);
  });

  it('lists every cited document', () => {
    expect(counts(of(found, 'document'))).toEqual({
      部务会议议事规则: 1,
      '“三重一大”事项决策实施办法': 1,
      '部领导班子成员履行“一岗双责”清单': 1,
      党风廉政建设重点任务分工方案: 1,
      '2025年全市组织工作要点': 1,
      基层党建提质增效三年行动计划: 1,
      高层次人才引育专项行动方案: 1,
      市管干部政治素质考察操作指引: 1,
      公务员平时考核实施细则: 1,
      市委组织部部务会议议事规则: 1,
      '2025年度落实全面从严治党主体责任清单': 1,
      党风廉政建设和反腐败重点工作任务分解表: 1,
      廉政风险防控登记表: 1,
      干部考察工作纪律十严禁: 1,
      警钟长鸣: 1,
      永远吹冲锋号: 1,
      警示录: 1,
    });
  });

  it('finds the parallel constructions with their shared parts', () => {
    const enums = of(found, 'parallel').filter((s) => s.construction === 'enumeration');
    const get = (c: string) => {
      const s = enums.find((x) => x.canonical === c);
      expect(s, c).toBeDefined();
      return s!;
    };
    expect(get('讲政治、重公道、业务精、作风好').shared).toBeNull();
    expect(get('强根基、严纪律、转作风、提效能').shared).toBeNull();
    expect(get('问题导向、目标导向、结果导向').shared).toMatchObject({ prefix: '', suffix: '导向', pattern: '…导向' });
    const p3 = get('政治判断力、政治领悟力、政治执行力');
    expect(p3).toMatchObject({
      count: 2,
      formulation: '政治三力',
      shared: { prefix: '政治', suffix: '力', pattern: '政治…力' },
    });
    expect(get('以案说德、以案说纪、以案说法、以案说责').shared).toMatchObject({
      prefix: '以案说',
      suffix: '',
      pattern: '以案说…',
    });
    expect(get('以案说德、以案说纪、以案说法、以案说责').items).toEqual([
      '以案说德',
      '以案说纪',
      '以案说法',
      '以案说责',
    ]);
    expect(get('早发现、早提醒、早纠正').shared?.prefix).toBe('早');
    // short clauses joined by ，
    expect(get('聚焦主责主业、强化政治监督、健全研判机制、深化问题整改').text).toBe(
      '聚焦主责主业,强化政治监督,健全研判机制,深化问题整改',
    );
    // nothing else: plain lists (干部、党建、人才等) are not parallel constructions
    expect(enums.map((s) => s.canonical).sort()).toEqual(
      [
        '聚焦主责主业、强化政治监督、健全研判机制、深化问题整改',
        '强根基、严纪律、转作风、提效能',
        '政治判断力、政治领悟力、政治执行力',
        '月调度、季通报、年考评',
        '讲政治、重公道、业务精、作风好',
        '问题导向、目标导向、结果导向',
        '领导干部领学、专家辅导讲学、支部集中研学、个人自主悟学',
        '清单明责、督查督责、考核问责',
        '早发现、早提醒、早纠正',
        '以案说德、以案说纪、以案说法、以案说责',
      ].sort(),
    );
  });

  it('finds the parallel plan headings and the 一是…二是… series', () => {
    const par = of(found, 'parallel');
    const plans = par.find((s) => s.construction === 'headings' && s.shared?.pattern === '在…上再…，提升…力');
    expect(plans).toBeDefined();
    expect(plans!.items).toEqual([
      '在强化理论武装上再深化，提升政治引领力',
      '在压实政治责任上再加力，提升组织推动力',
      '在锻造过硬队伍上再突破，提升发展支撑力',
      '在净化政治生态上再提质，提升廉洁自律力',
    ]);
    expect(plans!.shared).toMatchObject({ prefix: '在', infix: ['上再'], suffix: '力' });
    expect(par.find((s) => s.construction === 'headings' && s.shared?.pattern === '…有待…')?.count).toBe(5);
    const series = par.filter((s) => s.construction === 'series');
    expect(series.map((s) => s.items![0])).toEqual([
      '深化理论武装体系化',
      '严格执行民主集中制',
      '拧紧责任链条',
      '锲而不舍纠治“四风”',
    ]);
    expect(series[0]!.shared?.pattern).toBe('…化');
  });

  it('reports offsets into the original text', () => {
    for (const s of found) {
      expect(s.count).toBe(s.occurrences.length);
      for (const o of s.occurrences) {
        const slice = doc.text.slice(o.start, o.end);
        if (s.kind === 'numbered') expect(s.surfaces).toContain(slice);
        else if (s.kind === 'parallel' && s.construction !== 'enumeration')
          expect(s.items).toContain(slice.replace(/,/g, '，'));
        else expect(slice).toBe(s.text);
        const sentence = sentenceEvidence(doc, o.sentence ?? -1, o.start, o.end);
        expect(sentence).toContain(slice);
        expect(doc.text).toContain(sentence);
      }
      if (s.kind === 'quoted' || s.kind === 'document') expect(s.text).toBe(s.canonical);
    }
  });

  it('sorts by kind, then first occurrence', () => {
    const order = ['numbered', 'quoted', 'document', 'parallel'];
    for (let i = 1; i < found.length; i++) {
      const a = found[i - 1]!;
      const b = found[i]!;
      const ka = order.indexOf(a.kind);
      const kb = order.indexOf(b.kind);
      expect(ka).toBeLessThanOrEqual(kb);
      if (ka === kb && a.count > 0 && b.count > 0)
        expect(a.occurrences[0]!.start).toBeLessThanOrEqual(b.occurrences[0]!.start);
    }
    // deterministic
    const again = slogans(doc, contextFor(doc)).slogans;
    expect(JSON.stringify(again)).toBe(JSON.stringify(found));
  });

  it('shares the formulation spans through the context, computed once', () => {
    const spans = ctx.formulationSpans();
    const total = of(found, 'numbered').reduce((n, s) => n + s.count, 0);
    expect(spans).toHaveLength(total);
    const texts = spans.map((r) => doc.normalized.slice(r.start, r.end));
    expect(texts).toContain('四个意识');
    expect(texts.filter((t) => t === '一岗双责')).toHaveLength(3);
    for (const t of texts) expect(ctx.dictionary.get(t)?.kind).toBe('formulation');
    // running again reads the same spans, and the analyzer does not change them
    slogans(doc, ctx);
    expect(ctx.formulationSpans()).toBe(spans);
  });

  it('renders a Markdown part', () => {
    const md = slogansMarkdown({ slogans: found })!;
    expect(md).toContain('## Formulations (提法)');
    expect(md).toMatch(/\| 一岗双责 \| 纪律与廉政 \| 3 \|/);
    expect(md).toContain('| 政治三力 (unnamed) | 政治判断力、政治领悟力、政治执行力 |');
    expect(md).toContain('《部务会议议事规则》');
    expect(md).toContain('在…上再…，提升…力');
    expect(md).toContain('党建+业务');
  });
});

describe('discovering numbered formulations that are not in the dictionary', () => {
  const removed = new Set([
    '两心一城',
    '以案三促',
    '一支部一品牌',
    '第二个结合',
    '四位一体',
    '三个区分开来',
    '凡提四必',
    '一岗双责',
    '三会一课',
    '三重一大',
  ]);
  let found: Slogan[];
  let doc: TifaDocument;
  let ctx: AnalyzeContext;
  beforeAll(async () => {
    doc = await loadDocument(SEED);
    ctx = contextFor(doc, new Dictionary(loadDictionary().entries.filter((e) => !removed.has(e.term))));
    found = slogans(doc, ctx).slogans;
  });

  it('finds them by shape, with confidence and evidence', () => {
    const disc = of(found, 'numbered').filter((s) => !s.known);
    expect(disc.map((s) => s.canonical).sort()).toEqual([...removed].sort());
    for (const s of disc) {
      expect(s.confidence).toBeGreaterThanOrEqual(0.5);
      if (s.canonical !== '四位一体') expect(s.evidence).toContain('quoted');
      expect(s.category).toBeNull();
    }
    const get = (c: string) => disc.find((s) => s.canonical === c)!;
    expect(get('两心一城').shape).toBe('paired');
    expect(get('一支部一品牌').shape).toBe('paired');
    expect(get('以案三促').shape).toBe('numeral-infix');
    expect(get('第二个结合').shape).toBe('ordinal-classifier');
    expect(get('三个区分开来').shape).toBe('numeral-classifier');
    expect(get('四位一体')).toMatchObject({
      shape: 'integration',
      members: ['领导干部领学', '专家辅导讲学', '支部集中研学', '个人自主悟学'],
    });
    expect(get('四位一体').evidence).toContain('members spelled out (4)');
    expect(get('一岗双责')).toMatchObject({ count: 3, shape: 'paired' });
    expect(get('一岗双责').evidence).toContain('repeated ×3');
    // quoted phrases follow
    expect(of(found, 'quoted').find((s) => s.canonical === '两心一城')!.classification).toBe('candidate-formulation');
    // discovered spans are formulation spans too
    expect(ctx.formulationSpans().some((r) => doc.normalized.slice(r.start, r.end) === '以案三促')).toBe(true);
  });

  it('recognizes shapes and rejects quantities', () => {
    for (const s of [
      '两心一城',
      '三亮三比',
      '五个一',
      '四下基层',
      '以案三促',
      '一支部一品牌',
      '四位一体',
      '第二个结合',
      '三去一降一补',
      '四议两公开',
      '双创',
    ])
      expect(shapeOf(s), s).not.toBeNull();
    for (const s of [
      '三年行动计划',
      '一年来',
      '一系列',
      '一级抓一级',
      '一刀切',
      '四个方面',
      '二十届三中全会',
      '一心一意',
      '四面八方',
      '三年',
      '一百二十',
    ])
      expect(shapeOf(s), s).toBeNull();
    const hits = (t: string) => scanShapes(t).map((h) => t.slice(h.start, h.end));
    expect(hits('聚焦两心一城战略目标，推行三亮三比活动')).toEqual(['两心一城', '三亮三比']);
    expect(hits('形成一级抓一级、层层抓落实的格局，进一步推进改革，一年来，成立6个调研小组，以下四个方面')).toEqual([]);
    expect(hits('长三角一体化发展，一心一意谋发展，接二连三出现')).toEqual([]);
  });

  it('reports unquoted paired shapes and skips count-like ones', () => {
    const { found: f } = run('一、总体情况\n全面推行一村一品，落实三亮三比要求。以下四个方面需要加强。');
    const disc = of(f, 'numbered').filter((s) => !s.known);
    expect(disc.map((s) => s.canonical)).toEqual(['三亮三比']); // 一村一品 is in the dictionary
    expect(of(f, 'numbered').find((s) => s.canonical === '一村一品')?.known).toBe(true);
  });
});

describe('member check', () => {
  it('links a complete listing without the name', () => {
    const { doc, found } = run(
      '一、总体情况\n各级党组织不断增强政治意识、大局意识、核心意识、看齐意识，工作取得成效。',
    );
    const s = of(found, 'numbered').find((x) => x.canonical === '四个意识')!;
    expect(s).toMatchObject({ kind: 'numbered', known: true, count: 0 });
    expect(s.memberChecks).toHaveLength(1);
    const c = s.memberChecks![0]!;
    expect(c).toMatchObject({
      complete: true,
      named: false,
      listed: ['政治意识', '大局意识', '核心意识', '看齐意识'],
      missing: [],
      extra: [],
    });
    expect(doc.text.slice(c.start, c.end)).toBe('政治意识、大局意识、核心意识、看齐意识');
    expect(c.section).toBe('一、总体情况');
    expect(of(found, 'parallel').find((x) => x.formulation === '四个意识')?.shared?.suffix).toBe('意识');
  });

  it('reports an incomplete listing', () => {
    const { found } = run('一、总体情况\n要坚定“四个自信”，坚定道路自信、理论自信、制度自信。');
    const c = of(found, 'numbered').find((x) => x.canonical === '四个自信')!.memberChecks![0]!;
    expect(c).toMatchObject({
      complete: false,
      named: true,
      matched: ['道路自信', '理论自信', '制度自信'],
      missing: ['文化自信'],
      extra: [],
    });
  });

  it('reports a listing that differs', () => {
    const { found } = run('一、总体情况\n增强政治意识、大局意识、核心意识、责任意识。');
    const c = of(found, 'numbered').find((x) => x.canonical === '四个意识')!.memberChecks![0]!;
    expect(c).toMatchObject({
      complete: false,
      missing: ['看齐意识'],
      extra: ['责任意识'],
      listed: ['政治意识', '大局意识', '核心意识', '责任意识'],
    });
  });

  it('checks members spelled out right after the name', () => {
    const { found } = run(
      '一、总体情况\n坚持“四个自信”：道路自信、理论自信、制度自信、文化自信。坚持“四个自信”：道路自信、理论自信、人民自信。',
    );
    const cs = of(found, 'numbered').find((x) => x.canonical === '四个自信')!.memberChecks!;
    expect(cs.map((c) => c.complete)).toEqual([true, false]);
    expect(cs[1]).toMatchObject({ missing: ['制度自信', '文化自信'], extra: ['人民自信'] });
  });

  it('ignores two generic words that happen to be members', () => {
    const { found } = run('一、总体情况\n扩大消费、投资，稳定外贸。');
    expect(found.find((x) => x.canonical === '三驾马车')).toBeUndefined();
  });
});

describe('quotation marks', () => {
  it('handles nested quotes of every kind', () => {
    const { doc, found } = run('一、总体情况\n他说“要讲‘两个维护’和「三会一课」”。');
    const q = of(found, 'quoted');
    expect(counts(q)).toEqual({ '要讲‘两个维护’和「三会一课」': 1, 两个维护: 1, 三会一课: 1 });
    expect(q.find((s) => s.canonical === '两个维护')).toMatchObject({
      nested: true,
      classification: 'known-formulation',
      marks: '‘’',
    });
    expect(counts(of(found, 'numbered'))).toEqual({ 两个维护: 1, 三会一课: 1 });
    for (const s of q) for (const o of s.occurrences) expect(doc.text.slice(o.start, o.end)).toBe(s.text);
  });

  it('survives unbalanced quotes without losing anything', () => {
    const text =
      '一、总体情况\n开展“打招呼问题整治，落实“一岗双责”要求。严格整治“四风”。还有”多余的闭合”和‘孤立的。\n第二段“未闭合\n第三段“两个维护”。';
    const { doc, found } = run(text);
    expect(counts(of(found, 'quoted'))).toEqual({ 一岗双责: 1, 四风: 1, 两个维护: 1 });
    expect(counts(of(found, 'numbered'))).toEqual({ 一岗双责: 1, 四风: 1, 两个维护: 1 });
    for (const s of found) for (const o of s.occurrences) expect(o.end).toBeLessThanOrEqual(doc.text.length);
  });

  it('pairs marks in one linear pass with bounded depth', () => {
    expect(scanBrackets('“a‘b’c”《d》').map((p) => [p.marks, p.nOpen, p.nClose, p.inQuote])).toEqual([
      ['“”', 0, 6, false],
      ['‘’', 2, 4, true],
      ['《》', 7, 9, false],
    ]);
  });

  it('skips excluded boilerplate and gives null sections in the preamble', () => {
    const doc = createDocument(
      '某单位工作报告\n来源:“某某网”\n\n过去一年，坚决做到“两个维护”。\n\n一、总体情况\n增强“四个意识”。',
    );
    expect(doc.excluded.map((e) => e.reason)).toContain('metadata');
    const found = slogans(doc, contextFor(doc)).slogans;
    expect(counts(of(found, 'quoted'))).toEqual({ 两个维护: 1, 四个意识: 1 });
    expect(found.find((s) => s.canonical === '两个维护')!.occurrences[0]!.section).toBeNull();
    expect(found.find((s) => s.canonical === '四个意识')!.occurrences[0]!.section).toBe('一、总体情况');
  });
});

describe('adversarial inputs stay linear', { timeout: 60_000 }, () => {
  it('a long run of 、-separated fragments', () => {
    const items = Array.from(
      { length: 20000 },
      (_, i) =>
        // the last character tells the 8000-item rounds apart: 甲乙丙, not 倀倁倂 (traditional, read as 伥…并)
        `以案说${String.fromCharCode(0x4e00 + 200 + (i % 8000))}${'甲乙丙'[Math.floor(i / 8000)]}`,
    );
    const { found } = run(`一、总体情况\n开展${items.join('、')}专题教育。`);
    const par = of(found, 'parallel');
    expect(par).toHaveLength(1);
    expect(par[0]!.items).toHaveLength(20000);
    expect(par[0]!.shared?.prefix).toBe('以案说');
  });

  it('deeply nested quotes', () => {
    const n = 100000;
    const { found } = run(`一、总体情况\n${'“'.repeat(n)}两个维护${'”'.repeat(n)}。`);
    // nesting is followed 8 levels deep; deeper marks are plain text
    const q = of(found, 'quoted');
    expect(q.length).toBeGreaterThan(0);
    expect(q.length).toBeLessThanOrEqual(8);
    for (const s of q) expect(s.canonical).toMatch(/^“+两个维护”*$/);
    expect(counts(of(found, 'numbered'))).toEqual({ 两个维护: 1 });
  });

  it('repeated numerals and repeated formulations', () => {
    const { found } = run(`一、总体情况\n${'一二三四五六七八九十两'.repeat(50000)}。`);
    expect(of(found, 'numbered')).toHaveLength(0);
    const r = run(`一、总体情况\n${'推进两心一城，三亮三比，'.repeat(20000)}。`, new Dictionary([]));
    const disc = of(r.found, 'numbered');
    expect(counts(disc)).toEqual({ 两心一城: 20000, 三亮三比: 20000 });
    expect(r.ctx.formulationSpans()).toHaveLength(40000);
  });

  it('a 1 MB line', () => {
    const { found } = run(`一、总体情况\n${'加强政治建设'.repeat(180000)}`);
    expect(found.filter((s) => s.kind !== 'parallel')).toHaveLength(0);
    const r = run(`一、总体情况\n${'“'.repeat(1 << 20)}`);
    expect(r.found).toHaveLength(0);
  });
});

describe('arguments', () => {
  it('rejects bad options and contexts with tifa: errors', () => {
    const doc = createDocument(report('一、总体情况\n增强“四个意识”。'));
    const ctx = contextFor(doc);
    expect(() => slogans(doc, ctx, { minConfidence: 2 })).toThrow(TypeError);
    expect(() => slogans(doc, ctx, { minConfidence: 2 })).toThrow(/^tifa: /);
    expect(() => slogans(doc, ctx, { maxItemLength: 1 })).toThrow(/tifa: slogans maxItemLength/);
    expect(() => slogans(doc, {} as AnalyzeContext)).toThrow(/tifa: slogans expects an AnalyzeContext/);
    expect(() => slogans(null as unknown as TifaDocument, ctx)).toThrow(/tifa: slogans expects a TifaDocument/);
  });

  it('can skip discovery and parallel constructions', () => {
    const { found } = run('一、总体情况\n落实三亮三比要求，突出问题导向、目标导向、结果导向。', undefined);
    expect(found.some((s) => s.canonical === '三亮三比')).toBe(true);
    const doc = createDocument(report('一、总体情况\n落实三亮三比要求，突出问题导向、目标导向、结果导向。'));
    const only = slogans(doc, contextFor(doc), { discover: false, parallel: false }).slogans;
    expect(only).toHaveLength(0);
  });

  it('Markdown part: null without slogans, escapes |', () => {
    expect(slogansMarkdown({})).toBeNull();
    const md = slogansMarkdown({
      slogans: [
        {
          text: 'a|b',
          canonical: 'a|b',
          kind: 'numbered',
          known: false,
          category: null,
          confidence: 0.6,
          count: 1,
          surfaces: ['a|b'],
          evidence: ['x|y'],
          occurrences: [{ start: 0, end: 3, section: null, sentence: 0 }],
        },
      ],
    })!;
    expect(md).toContain('| a\\|b | 0.60 | 1 | x\\|y |');
  });
});

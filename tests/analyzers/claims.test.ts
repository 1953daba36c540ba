import { describe, expect, it } from 'vitest';
import { claims } from '../../src/analyzers/claims.js';
import { sentenceEvidence } from '../../src/analyzers/evidence.js';
import { createDocument } from '../../src/document/document.js';
import { contextFor, seedContext } from './context.js';

describe('claims of the 2025 report', async () => {
  const { doc, ctx } = await seedContext();
  const r = claims(doc, ctx, { quantities: true });
  const row = (c: (typeof r.claims)[number]) => [
    c.text,
    c.value ?? `${c.min}-${c.max}`,
    c.unit,
    c.approx,
    c.subject,
    c.verb,
    c.period,
    c.direction,
    c.modality,
  ];

  it('resolves and explains every claim, checked by hand', () => {
    expect(r.claims.map(row)).toEqual([
      ['36次', 36, '次', null, '中心组学习会', '召开', '全年', null, 'achieved'],
      ['8次', 8, '次', null, '专题研讨', null, '全年', null, 'achieved'],
      ['47项', 47, '项', null, '重大事项', '研究', '全年', null, 'achieved'],
      ['120余人次', 120, '人次', 'more-than', '廉政谈话', '开展', null, null, 'achieved'],
      ['6场', 6, '场', null, '警示教育', '组织', null, null, 'achieved'],
      ['58个', 58, '个', null, '廉政风险点', '排查', null, null, 'achieved'],
      ['130余条', 130, '条', 'more-than', '防控措施', '制定', null, null, 'achieved'],
      ['12次', 12, '次', null, '主题党日活动', null, null, null, 'achieved'],
      ['6个', 6, '个', null, '调研小组', '成立', null, null, 'achieved'],
      ['9篇', 9, '篇', null, '高质量调研报告', '形成', null, null, 'achieved'],
      ['3篇', 3, '篇', null, null, null, null, null, 'achieved'],
      ['5项', 5, '项', null, '制度机制', '转化为', null, null, 'achieved'],
      ['42次', 42, '次', null, '部务会', '召开', '全年', null, 'achieved'],
      ['31批次', 31, '批次', null, '干部任免事项', '研究', '全年', null, 'achieved'],
      ['280余篇', 280, '篇', 'more-than', '原创文章', '推送', '全年', null, 'achieved'],
      ['超百万', 1000000, null, 'more-than', '阅读量', null, '全年', null, 'achieved'],
      ['56条', 56, '条', null, '问题', '查摆', null, null, 'achieved'],
      ['4次', 4, '次', null, '专项督查', '开展', '全年', null, 'achieved'],
      ['12个', 12, '个', null, '问题', '发现', '全年', null, 'achieved'],
      ['86人次', 86, '人次', null, '廉政谈话', null, null, null, 'achieved'],
      ['130余人次', 130, '人次', 'more-than', '日常提醒谈话', '开展', null, null, 'achieved'],
      ['42名', 42, '名', null, '干部', '提拔', null, null, 'achieved'],
      ['12批次', 12, '批次', null, '廉政提醒短信', '发送', null, null, 'achieved'],
      ['6部', 6, '部', null, '警钟长鸣永远吹冲锋号等警示教育片', '观看', null, null, 'achieved'],
      ['2次', 2, '次', null, '市廉政教育基地', '参观', null, null, 'achieved'],
      ['23%', 23, '%', null, '发文数量', '精简', null, 'down', 'achieved'],
      ['30%', 30, '%', null, '会议时长', '压缩', null, 'down', 'achieved'],
      ['5项', 5, '项', null, '不必要的检查评比项目', '取消', null, null, 'achieved'],
      ['一起', 1, '起', null, '违反廉洁纪律案件', '发生', '全年', null, 'achieved'],
      ['6名', 6, '名', null, '最美组工人', '表彰', null, null, 'achieved'],
      ['18件', 18, '件', null, '老人就医等实际困难', null, null, null, 'achieved'],
      ['2—3个', '2-3', '个', null, '重点课题', '确定', '每年', null, 'target'],
      ['5年', 5, '年', null, '原则上在同一岗位任职', null, null, null, 'target'],
      ['至少组织2次', 2, '次', 'at-least', '集中纪律教育活动', '组织', '每年', null, 'target'],
    ]);
  });
  it('marks a denied count', () => {
    expect(r.claims.find((c) => c.text === '一起')!.negated).toBe(true);
  });
  it('points into the original text and carries the sentence', () => {
    for (const c of r.claims) {
      expect(doc.text.slice(c.start, c.end)).toBe(c.text);
      expect(sentenceEvidence(doc, c.sentence ?? -1, c.start, c.end)).toContain(c.text);
    }
  });
  it('never reads a formulation, year, date or heading number as a claim', () => {
    const texts = r.claims.map((c) => c.text);
    for (const no of ['四风', '三会一课', '两个维护', '2025年', '三年']) expect(texts).not.toContain(no);
    expect(r.quantities!.map((q) => [q.text, q.kind])).toContainEqual(['2026年', 'year']);
    // a quantity is either a claim or listed among the others, never both
    const claimStarts = new Set(r.claims.map((c) => c.start));
    for (const q of r.quantities!) expect(claimStarts.has(q.start), q.text).toBe(false);
    // 以下四个方面 counts the report's own parts
    expect(r.quantities!.find((q) => q.text === '四个')).toMatchObject({ kind: 'count', reason: 'self-reference' });
  });
});

describe('claims in the targets of a government work report', () => {
  it('reads indicator, value, approximation and modality', () => {
    const doc = createDocument(
      '各位代表：\n\n一、2024年工作回顾\n\n国内生产总值达到134.9万亿元，增长5%。\n\n二、2025年经济社会发展总体要求和政策取向\n\n今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上；单位国内生产总值能耗降低3%左右。',
    );
    const r = claims(doc, contextFor(doc));
    expect(r.claims.map((c) => [c.text, c.value, c.subject, c.direction, c.modality])).toEqual([
      ['134.9万亿元', 134.9e12, '国内生产总值', null, 'achieved'],
      ['5%', 5, '国内生产总值', 'up', 'achieved'],
      ['5%左右', 5, '国内生产总值', 'up', 'target'],
      ['1200万人以上', 12e6, '城镇新增就业', null, 'target'],
      ['3%左右', 3, '单位国内生产总值能耗', 'down', 'target'],
    ]);
  });
});

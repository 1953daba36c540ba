import { describe, expect, it } from 'vitest';
import { claims } from '../../src/analyzers/claims.js';
import { createDocument } from '../../src/document/document.js';
import { contextFor } from './context.js';

/** Claims and the other quantities of a short report: title, then `body`. */
function run(body: string) {
  const doc = createDocument(`某县2025年工作报告\n\n${body}`);
  const r = claims(doc, contextFor(doc), { quantities: true });
  return {
    claims: r.claims.map((c) => c.text),
    reasons: Object.fromEntries(r.quantities!.filter((q) => q.reason).map((q) => [q.text, q.reason])),
  };
}

describe('what is not a claim', () => {
  it('counts of the report’s own parts, with the real count beside them kept', () => {
    for (const [text, part] of [
      ['下面，我讲四点意见。全年召开会议4次。', '四点'],
      ['着力在以下四个方面下功夫，全年召开会议4次。', '四个'],
      ['要从三个方面把握，全年召开会议4次。', '三个'],
      ['做好以下三项工作，全年召开会议4次。', '三项'],
      ['主要抓了三件事，全年召开会议4次。', '三件'],
    ] as const) {
      const r = run(text);
      expect(r.claims, text).toEqual(['4次']);
      expect(r.reasons[part], text).toBe('self-reference');
    }
  });

  it('keeps counts with a classifier that are no parts of the text', () => {
    expect(run('全年排查廉政风险点58个，制定措施三项。').claims).toEqual(['58个', '三项']);
    expect(run('全县共查处问题五个。').claims).toEqual(['五个']);
  });

  it('a heading’s numbering', () => {
    const r = run('一、主要成效\n全年召开会议4次。\n二、下一步打算\n力争召开会议6次。');
    expect(r.claims).toEqual(['4次', '6次']);
    expect(r.reasons.一).toBe('heading-number');
  });

  it('the article 一, while 一 as a count stays', () => {
    const r = run('这是一项基础性工程，全年召开会议4次。2025年也是我区全面深化改革的重要一年。');
    expect(r.claims).toEqual(['4次']);
    expect(r.reasons).toMatchObject({ 一项: 'article', 一年: 'article' });
    expect(run('新建学校一所，召开会议4次。').claims).toEqual(['一所', '4次']);
    expect(run('开展一次专项检查。').claims).toEqual(['一次']);
  });

  it('ordinals', () => {
    expect(run('这是连续第148个月保持增长，召开会议4次。').claims).toEqual(['4次']);
  });

  it('the number of a session is an ordinal, a count of meetings stays', () => {
    const r = run('完成了市九届人大四次会议确定的目标任务，全年召开常委会会议12次。');
    expect(r.claims).toEqual(['12次']);
    expect(r.reasons.四次).toBe('ordinal');
    expect(run('省十四届人大五次全体会议期间，召开座谈会3次。').reasons.五次).toBe('ordinal');
    expect(run('全年召开党组会议五次。').claims).toEqual(['五次']);
  });

  it('headings run into the paragraph before, as PDF extraction leaves them', () => {
    const r = run('提出了意见。 一、2025年工作回顾 全年召开会议4次。');
    expect(r.claims).toEqual(['4次']);
    expect(r.reasons.一).toBe('heading-number');
    // 二、三级医院 inside a sentence is a range of tiers, not a heading
    expect(run('全市二、三级医院达到20家。').reasons.二).not.toBe('heading-number');
  });

  it('the numbers of tables and figures', () => {
    const r = run('8项不及预期，详见表1。图2显示，全年处分33人。');
    expect(r.claims).toEqual(['8项', '33人']);
    expect(r.reasons).toMatchObject({ 1: 'label', 2: 'label' });
  });

  it('numerals inside a formulation, a cited title or a quoted name', () => {
    expect(run('严格落实中央八项规定精神，召开会议4次。').claims).toEqual(['4次']);
    expect(run('印发《乡村振兴三年行动方案》，完成项目12个。').claims).toEqual(['12个']);
    expect(run('深入开展“三个一”活动，推行“最多跑一次”改革，召开会议4次。').claims).toEqual(['4次']);
    // a quotation that is a sentence is no name: its counts stay
    expect(run('他说：“今年我们召开了会议4次。”').claims).toEqual(['4次']);
  });

  it('a denied count stays a claim, negated', () => {
    const doc = createDocument('某县2025年工作报告\n\n全年未发生一起违纪案件。');
    const c = claims(doc, contextFor(doc)).claims;
    expect(c.map((x) => [x.text, x.negated])).toEqual([['一起', true]]);
  });
});

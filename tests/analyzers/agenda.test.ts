import { describe, expect, it } from 'vitest';
import { agenda } from '../../src/analyzers/agenda.js';
import { createDocument } from '../../src/document/document.js';
import { contextFor } from './context.js';

const REPORT = [
  '某局2025年工作总结',
  '',
  '一、主要成效',
  '全年召开会议12次。',
  '二、存在的主要问题',
  '（一）理论学习深度有待拓展。',
  '（二）制度执行刚性不足。',
  '三、下一步工作打算',
  '（一）持续深化理论武装。',
  '（二）严格制度执行。',
].join('\n');

describe('agenda', () => {
  it('lists the headings under the problems and plans sections, numbering and punctuation removed', () => {
    const doc = createDocument(REPORT);
    const r = agenda(doc, contextFor(doc));
    expect(r.problems.map((p) => [p.text, p.from])).toEqual([
      ['理论学习深度有待拓展', 'heading'],
      ['制度执行刚性不足', 'heading'],
    ]);
    expect(r.plans.map((p) => p.text)).toEqual(['持续深化理论武装', '严格制度执行']);
    for (const p of [...r.problems, ...r.plans]) {
      expect(doc.text.slice(p.start, p.end)).toContain(p.text);
      expect(p.section).not.toBeNull();
    }
  });

  it('without a problems section, takes the sentences after a cue, up to the closing resolution', () => {
    const text = [
      '政府工作报告',
      '',
      '一、过去一年工作回顾',
      '经济运行总体平稳。',
      '我们也清醒看到，发展中还存在不少问题和挑战。有效需求不足，部分企业经营困难。就业总量压力较大。我们一定直面问题，尽心竭力做好工作。',
      '',
      '二、今年工作安排',
      '要稳住经济大盘。',
    ].join('\n');
    const doc = createDocument(text);
    const r = agenda(doc, contextFor(doc));
    expect(r.problems.map((p) => [p.text, p.from])).toEqual([
      ['有效需求不足，部分企业经营困难', 'sentence'],
      ['就业总量压力较大', 'sentence'],
    ]);
  });

  it('finds nothing in a report without such sections or cues', () => {
    const doc = createDocument('某局工作总结\n\n一、主要成效\n全年召开会议12次。');
    expect(agenda(doc, contextFor(doc))).toEqual({ problems: [], plans: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document/index.js';
import { check, RULES } from '../../src/check/check.js';
import type { Diagnostic } from '../../src/check/types.js';

function run(text: string, year?: number): Diagnostic[] {
  const doc = createDocument(text, year ? { year } : {});
  return check(doc).diagnostics;
}

function fired(text: string, rule: string, year?: number): Array<Diagnostic & { at: string }> {
  return run(text, year)
    .filter((d) => d.rule === rule)
    .map((d) => ({ ...d, at: text.slice(d.start, d.end) }));
}

/** For each rule: text where it must fire (with the span it must point to) and correct text where it must not. */
const CASES: Array<{
  rule: string;
  bad: string;
  span: string;
  good: string;
  year?: number;
  goodYear?: number;
  suggestion?: string;
}> = [
  {
    rule: 'formulation-members',
    bad: '我们要牢固树立“四个意识”，增强政治意识、大局意识、核心意识、责任意识。',
    span: '政治意识、大局意识、核心意识、责任意识',
    good: '我们要牢固树立“四个意识”，增强政治意识、大局意识、核心意识、看齐意识。',
    suggestion: '政治意识、大局意识、核心意识、看齐意识',
  },
  {
    rule: 'formulation-members',
    bad: '严格落实“三会一课”制度，按时召开支部党员大会、支部委员会、党课。',
    span: '支部党员大会、支部委员会、党课',
    good: '严格落实“三会一课”制度，按时召开支部党员大会、支部委员会、党小组会、党课。',
  },
  {
    rule: 'formulation-count',
    bad: '坚持“三个坚持”：坚持学习、坚持实践、坚持创新、坚持总结，推动工作。',
    span: '“三个坚持”：坚持学习、坚持实践、坚持创新、坚持总结',
    good: '坚持“三个坚持”：坚持学习、坚持实践、坚持创新，推动工作。',
  },
  {
    rule: 'formulation-year',
    bad: '引导党员干部深刻领悟“两个确立”的决定性意义。',
    span: '两个确立',
    good: '引导党员干部深刻领悟“两个确立”的决定性意义。',
    year: 2019,
    goodYear: 2022,
  },
  {
    rule: 'superseded-reference',
    bad: '2023年工作报告\n\n全面学习贯彻党的十九届六中全会精神，推动工作落实。',
    span: '十九届六中全会精神',
    good: '2023年工作报告\n\n全面学习贯彻党的二十大精神，推动工作落实。',
  },
  {
    rule: 'series-numbering',
    bad: '一是加强学习；二是狠抓落实；四是强化监督。',
    span: '四是',
    good: '一是加强学习；二是狠抓落实；三是强化监督。',
    suggestion: '三是',
  },
  {
    rule: 'heading-numbering',
    bad: '一、总体情况\n\n工作有序推进。\n\n三、存在问题\n\n仍有不足。',
    span: '三、',
    good: '一、总体情况\n\n工作有序推进。\n\n二、存在问题\n\n仍有不足。',
    suggestion: '二、',
  },
  {
    rule: 'announced-count',
    bad: '下面，我讲三点意见：一是抓学习；二是抓落实。',
    span: '讲三点意见',
    good: '下面，我讲两点意见：一是抓学习；二是抓落实。',
    suggestion: '讲两点意见',
  },
  {
    rule: 'parts-total',
    bad: '全年共处理15人，其中党纪处分9人、政务处分4人、组织处理3人。',
    span: '15人，其中党纪处分9人、政务处分4人、组织处理3人',
    good: '全年共处理16人，其中党纪处分9人、政务处分4人、组织处理3人。',
  },
  {
    rule: 'parts-total',
    bad: '党员中女性占比105%，青年党员增加。',
    span: '105%',
    good: '党员中女性占比45%，青年党员增加。',
  },
  {
    rule: 'impossible-date',
    bad: '会议于2023年2月29日召开。',
    span: '2023年2月29日',
    good: '会议于2024年2月29日召开。',
  },
  {
    rule: 'redundant-approximation',
    bad: '培训党员约3000人左右。',
    span: '约3000人左右',
    good: '培训党员约3000人。',
    suggestion: '约3000人',
  },
  {
    rule: 'number-form',
    bad: '日均新设企业由5千多户增加到1万6千多户。',
    span: '5千',
    good: '日均新设企业由5000多户增加到1.6万多户，建成5千米步道。',
  },
  {
    rule: 'unmatched-mark',
    bad: '学习《中国共产党纪律处分条例，增强纪律意识。',
    span: '《',
    good: '学习《中国共产党纪律处分条例》，增强“四个意识”。',
  },
  {
    rule: 'ascii-punctuation',
    bad: '认真研究,扎实推进。全面从严治党，推动发展；加强监督，整改落实。',
    span: ',',
    good: '认真研究，扎实推进。全面从严治党，推动发展。全年投入1,000万元。',
    suggestion: '，',
  },
  {
    rule: 'doubled-punctuation',
    bad: '做好工作，，推动发展。',
    span: '，，',
    good: '做好工作，推动发展。真的吗？！',
    suggestion: '，',
  },
  {
    rule: 'doubled-word',
    bad: '我们的的工作取得实效。',
    span: '的的',
    good: '达到目的的手段实实在在，不能不了了之，应对对外开放中的风险。',
    suggestion: '的',
  },
  {
    rule: 'repeated-sentence',
    bad: '坚持以习近平新时代中国特色社会主义思想为指导。推动工作。坚持以习近平新时代中国特色社会主义思想为指导。',
    span: '坚持以习近平新时代中国特色社会主义思想为指导。',
    good: '坚持以习近平新时代中国特色社会主义思想为指导。推动工作。坚持稳中求进。坚持稳中求进。',
  },
];

describe('check rules', () => {
  for (const c of CASES) {
    it(`${c.rule} fires on ${c.bad.slice(0, 24)}…`, () => {
      const hits = fired(c.bad, c.rule, c.year);
      expect(hits.map((h) => h.at)).toContain(c.span);
      const hit = hits.find((h) => h.at === c.span)!;
      expect(hit.message.length).toBeGreaterThan(8);
      if (c.suggestion) expect(hit.suggestion).toBe(c.suggestion);
    });
    it(`${c.rule} stays quiet on ${c.good.slice(0, 24)}…`, () => {
      expect(fired(c.good, c.rule, c.goodYear ?? 2025)).toEqual([]);
    });
  }

  it('has a firing case for every rule except recycled-paragraph (tests/check/recycled)', () => {
    const covered = new Set(CASES.map((c) => c.rule));
    expect(RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual(['recycled-paragraph']);
  });

  it('sums a half-width document into one diagnostic', () => {
    const text = Array.from({ length: 12 }, (_, i) => `第${i}项工作,扎实推进;认真落实。`).join('');
    const hits = fired(text, 'ascii-punctuation');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message).toMatch(/全文.*24处/);
  });

  it('reports one mislabelled heading once, not again at the next heading', () => {
    const text = '一、总体情况\n\n好。\n\n三、问题\n\n不足。\n\n三、打算\n\n推进。';
    expect(fired(text, 'heading-numbering').map((d) => [d.at, d.suggestion])).toEqual([['三、', '二、']]);
    const gap = '一是学习；二是落实；四是监督；五是考核。';
    expect(fired(gap, 'series-numbering').map((d) => d.at)).toEqual(['四是']);
  });

  it('offers 〇 for a digit zero among Chinese numerals', () => {
    expect(fired('二0一一年国内生产总值增长。', 'number-form').map((d) => d.suggestion)).toEqual(['二〇一一']);
  });

  it('follows nested 一是 series and restarts under a new heading', () => {
    const text =
      '一、学习\n\n一是抓学习，包括一是读原著，二是悟原理；二是抓落实；三是抓监督。\n\n二、落实\n\n一是压责任；二是强考核。';
    expect(fired(text, 'series-numbering')).toEqual([]);
  });

  it('does not call a meeting superseded in a report dated before the next congress', () => {
    expect(fired('2022年工作报告\n\n学习贯彻党的十九届六中全会精神。', 'superseded-reference')).toEqual([]);
    const notYet = fired('2024年3月5日\n\n学习贯彻党的二十届四中全会精神。', 'superseded-reference');
    expect(notYet.map((d) => [d.severity, d.at])).toEqual([['error', '二十届四中全会精神']]);
  });
});

describe('check()', () => {
  const text = '我们的的工作，，取得实效。会议于2月30日召开。';
  it('points into the original text, in text order, deterministically', () => {
    const a = run(text);
    expect(a.map((d) => d.rule)).toEqual(['doubled-word', 'doubled-punctuation', 'impossible-date']);
    for (const d of a) expect(d.evidence?.text).toBe(text.slice(d.start, d.end));
    expect(JSON.stringify(run(text))).toBe(JSON.stringify(a));
  });
  it('speaks English and honours rule settings', () => {
    const doc = createDocument(text);
    const en = check(doc, { lang: 'en', rules: { 'doubled-word': 'off', 'impossible-date': 'warning' } }).diagnostics;
    expect(en.map((d) => [d.rule, d.severity])).toEqual([
      ['doubled-punctuation', 'error'],
      ['impossible-date', 'warning'],
    ]);
    expect(en[1]!.message).toBe('“2月30日” does not exist: month 2 has at most 29 days.');
    expect(() => check(doc, { rules: { nope: 'off' } })).toThrow(/unknown rule "nope"/);
  });
});

// PDF layout from positioned text runs: lines, running headers/footers and page numbers,
// paragraphs joined across layout line breaks and page breaks.
import { describe, expect, it } from 'vitest';
import {
  dropRunningLines,
  joinPages,
  PAGE_NUMBER,
  type PdfLine,
  pageLines,
  type TextRun,
} from '../../src/document/formats/pdf-layout.js';

const SIZE = 14;
const LEFT = 40;

/** A line of `text` at baseline `y`, starting `indent` characters in, one em per character. */
function line(text: string, y: number, indent = 0): PdfLine {
  const x = LEFT + indent * SIZE;
  return { text, x, y, right: x + text.length * SIZE, size: SIZE };
}

/** A full line of 30 characters. */
const full = (seed: string) => seed.repeat(30).slice(0, 30);

describe('pageLines', () => {
  it('joins runs on one baseline, with a space only between Latin words, top to bottom', () => {
    const runs: TextRun[] = [
      { str: '页脚', x: LEFT, y: 20, width: 28, size: 8 },
      { str: '全年召开', x: LEFT, y: 700, width: 56, size: SIZE },
      { str: '会议36次', x: LEFT + 56, y: 700.4, width: 70, size: SIZE },
      { str: 'PM2.5', x: LEFT, y: 680, width: 40, size: SIZE },
      { str: 'concentration', x: LEFT + 45, y: 680, width: 80, size: SIZE },
    ];
    expect(pageLines(runs).map((l) => l.text)).toEqual(['全年召开会议36次', 'PM2.5 concentration', '页脚']);
  });
});

describe('page numbers', () => {
  it.each(['— 3 —', '- 12 -', '3/12', '3 / 12', '第3页', '第 3 页 共 12 页', 'Page 3 of 12', '7'])(
    '%s is a page number',
    (s) => expect(PAGE_NUMBER.test(s)).toBe(true),
  );
  it.each(['2025年', '36次', '一、总体情况', '3.5%'])('%s is not', (s) => expect(PAGE_NUMBER.test(s)).toBe(false));
});

describe('dropRunningLines', () => {
  it('drops headers and footers repeated (digits aside) on most pages, and page numbers', () => {
    const bodies = ['全年召开会议36次。', '新增党员3万名。', '完成目标任务。'];
    const pages = bodies.map((body, p) => [
      line(`11/30/26, 12:17 PM 2025年政府工作报告`, 800),
      line(body, 700),
      line(`— ${p + 1} —`, 30),
    ]);
    expect(dropRunningLines(pages).map((ls) => ls.map((l) => l.text))).toEqual(bodies.map((b) => [b]));
  });
  it('keeps a first line that is not repeated (a title on page 1 only)', () => {
    const pages = [[line('2025年政府工作报告', 800), line('正文', 700)], [line('正文二', 800)]];
    expect(dropRunningLines(pages)[0]!.map((l) => l.text)).toEqual(['2025年政府工作报告', '正文']);
  });
});

describe('joinPages', () => {
  it('joins lines that reach the right margin, also across a page, and records page starts', () => {
    const pages = [
      [line('一、总体情况', 800), line(full('甲'), 770, 2), line(full('乙'), 754), line(`${'丙'.repeat(10)}。`, 738)],
      [line(full('丁'), 800, 2), line(full('戊'), 784)],
      [line('下一页接着写完。', 800)],
    ];
    const { text, pageStarts } = joinPages(pages);
    expect(text.split('\n')).toEqual([
      '一、总体情况',
      `${full('甲')}${full('乙')}${'丙'.repeat(10)}。`,
      `${full('丁')}${full('戊')}下一页接着写完。`,
    ]);
    expect(pageStarts).toEqual([0, text.indexOf('丁'), text.indexOf('下')]);
  });
  it('starts a paragraph at an indented line or after a paragraph gap', () => {
    const pages = [[line(full('甲'), 800), line(full('乙'), 784, 2), line(full('丙'), 740)]];
    expect(joinPages(pages).text.split('\n')).toEqual([full('甲'), full('乙'), full('丙')]);
  });
});

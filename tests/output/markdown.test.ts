import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/pipeline/analyze.js';
import { createDocument } from '../../src/document/document.js';
import { renderMarkdown } from '../../src/output/markdown.js';
import { mdCell } from '../../src/output/markdown-util.js';

const REPORT = [
  '某局2025年工作总结',
  '',
  '一、主要成效',
  '坚决做到“两个维护”，全年召开会议12次，开展谈话120余人次。',
  '二、存在的主要问题',
  '（一）理论学习深度有待拓展。',
].join('\n');

describe('renderMarkdown', () => {
  const doc = createDocument(REPORT);

  it('gives the title, the facts, the outline, then one part per analyzer that ran', () => {
    const md = renderMarkdown(analyzeDocument(doc));
    const lines = md.split('\n');
    expect(lines[0]).toBe('# 某局2025年工作总结');
    expect(md).toContain('- year: 2025');
    expect(md).toContain('## Outline');
    expect(md).toContain('- 一、主要成效 _(review)_');
    expect(md).toContain('  - （一）理论学习深度有待拓展。');
    const order = ['## Outline', '## Formulations (提法)'].map((h) => md.indexOf(h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order[0]).toBeLessThan(order[1]!);
    // the claims part lists the claims the result holds
    expect(md).toContain('120余人次');
    expect(md).toMatch(/\| 两个维护 \|/);
  });

  it('leaves out the parts of analyzers that did not run', () => {
    const md = renderMarkdown(analyzeDocument(doc, { analyzers: ['claims'] }));
    expect(md).not.toContain('## Formulations');
    expect(md).toContain('12次');
  });

  it('says so when a report has no headings', () => {
    const md = renderMarkdown(analyzeDocument(createDocument('一段没有标题的文字，召开会议3次。'), { analyzers: [] }));
    expect(md).toContain('_No headings found._');
  });

  it('escapes what would break a table or a list', () => {
    expect(mdCell('a|b\nc\\d')).toBe('a\\|b c\\\\d');
    const md = renderMarkdown(analyzeDocument(doc, { analyzers: [], meta: { title: '标题|有竖线' } }));
    expect(md.split('\n')[0]).toBe('# 标题\\|有竖线');
  });

  it('is deterministic', () => {
    expect(renderMarkdown(analyzeDocument(doc))).toBe(renderMarkdown(analyzeDocument(doc)));
  });
});

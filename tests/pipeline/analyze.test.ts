import { describe, expect, it } from 'vitest';
import { analyze, analyzeDocument } from '../../src/pipeline/analyze.js';
import { ANALYZERS } from '../../src/pipeline/registry.js';
import { createDocument } from '../../src/document/document.js';
import { TifaError } from '../../src/util/errors.js';

const ISSUE_EXAMPLE =
  '县委组织部2025年工作总结\n一、主要成效\n深入开展“三个一”活动，推行“两心一城”建设，坚持“一支部一品牌”，全年召开会议4次，培训干部120人次。';

describe('analyzers do not depend on each other', () => {
  it('claims are the same alone and in a full run', async () => {
    const alone = await analyze({ text: ISSUE_EXAMPLE }, { analyzers: ['claims'] });
    const full = await analyze({ text: ISSUE_EXAMPLE });
    expect(alone.claims).toEqual(full.claims);
    const texts = alone.claims!.map((c) => c.text);
    // discovered formulations are formulations for claims too, whether or not slogans ran
    expect(texts).toEqual(['4次', '120人次']);
  });

  it('every analyzer gives the same keys alone, in a full run and in reverse order', async () => {
    const doc = createDocument(ISSUE_EXAMPLE);
    const full = analyzeDocument(doc);
    const names = Object.keys(ANALYZERS) as Array<keyof typeof ANALYZERS>;
    for (const name of names) {
      const alone = analyzeDocument(doc, { analyzers: [name] });
      for (const key of Object.keys(alone))
        if (key === 'sentences')
          // the table holds the sentences of the findings that were asked for: a part of the full one
          expect(full.sentences, name).toMatchObject(alone.sentences!);
        else expect(alone[key as keyof typeof alone], `${name}.${key}`).toEqual(full[key as keyof typeof full]);
    }
    const reversed = analyzeDocument(doc, { analyzers: [...names].reverse() });
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(full));
  });
});

describe('analyzeDocument', () => {
  const doc = createDocument('一、总体情况\n全年召开会议36次。\n二、下一步打算\n力争召开会议40次。');

  it('runs the chosen analyzers only, keys in registry order, then the sentence table', () => {
    const r = analyzeDocument(doc, { analyzers: ['claims', 'terms'] });
    expect(Object.keys(r)).toEqual([
      'schemaVersion',
      'producer',
      'document',
      'terms',
      'termCategories',
      'claims',
      'sentences',
    ]);
  });

  it('passes each analyzer its own options', () => {
    const r = analyzeDocument(doc, { analyzers: ['claims'], options: { claims: { quantities: true } } });
    expect(r.quantities).toBeDefined();
    expect(analyzeDocument(doc, { analyzers: ['claims'] }).quantities).toBeUndefined();
    const k = analyzeDocument(doc, { analyzers: ['keywords'], options: { keywords: { top: 1 } } });
    expect(k.keywords!.length).toBeLessThanOrEqual(1);
  });

  it('rejects an unknown analyzer with a TypeError naming the known ones', () => {
    expect(() => analyzeDocument(doc, { analyzers: ['nope' as never] })).toThrow(TypeError);
    expect(() => analyzeDocument(doc, { analyzers: ['nope' as never] })).toThrow(
      /^tifa: unknown analyzer "nope".*claims/,
    );
  });

  it('rejects bad analyzer options with a tifa: TypeError', () => {
    expect(() => analyzeDocument(doc, { analyzers: ['slogans'], options: { slogans: { minConfidence: 2 } } })).toThrow(
      /^tifa: slogans minConfidence/,
    );
  });

  it('takes metadata over what the text says', () => {
    const r = analyzeDocument(doc, { analyzers: [], meta: { title: '某报告', issuer: '某县', genre: 'g' } });
    expect(r.document).toMatchObject({ title: '某报告', issuer: '某县', genre: 'g' });
  });
});

describe('analyze', () => {
  it('reads text, bytes and { text } alike', async () => {
    const text = '一、总体情况\n全年召开会议36次。';
    const a = await analyze({ text }, { analyzers: ['claims'] });
    const b = await analyze(new TextEncoder().encode(text), { analyzers: ['claims'] });
    expect(a.claims).toEqual(b.claims);
    expect(a.document.source).toBe('<string>');
    expect((await analyze({ text, source: 'x.txt' }, { analyzers: [] })).document.source).toBe('x.txt');
  });

  it('takes the year from meta', async () => {
    const r = await analyze({ text: '一、总体情况\n全年召开会议36次。' }, { analyzers: [], meta: { year: 2019 } });
    expect(r.document.year).toBe(2019);
  });

  it('rejects what is neither a path, bytes nor { text }', async () => {
    await expect(analyze(null as never)).rejects.toThrow(TypeError);
    await expect(analyze(42 as never)).rejects.toThrow(/path, bytes or \{ text \}, got number/);
  });

  it('names a missing file in a TifaError', async () => {
    await expect(analyze('/nonexistent/report.txt')).rejects.toThrow(TifaError);
    await expect(analyze('/nonexistent/report.txt')).rejects.toThrow(/report\.txt/);
  });
});

import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze.js';
import { loadDocument } from '../../src/document/document.js';
import { evidenceText, MAX_SENTENCE } from '../../src/analyzers/evidence.js';
import { inlineEvidence } from '../../src/output/evidence.js';
import { forEachSentenceRef } from '../../src/pipeline/evidence.js';
import { SEED } from '../helpers.js';

describe('the sentence table', async () => {
  const doc = await loadDocument(SEED);
  const result = await analyze(SEED);
  const refs: Array<{ start: number; end: number; sentence: number | null }> = [];
  forEachSentenceRef(result, (r) => refs.push(r));

  it('holds exactly the sentences findings refer to, as written, in document order', () => {
    const used = new Set(refs.map((r) => r.sentence).filter((s) => s !== null));
    const keys = Object.keys(result.sentences!).map(Number);
    expect(keys).toEqual([...used].sort((a, b) => a - b));
    expect(keys.length).toBeLessThanOrEqual(doc.sentences.length);
    for (const k of keys) {
      const s = result.sentences![k]!;
      expect(s.text).toBe(doc.text.slice(s.start, s.end));
      expect([s.start, s.end]).toEqual([doc.sentences[k]!.start, doc.sentences[k]!.end]);
    }
  });
  it('every finding (terms, slogans, claims, problems, plans) lies in the sentence it refers to', () => {
    expect(refs.length).toBeGreaterThan(100);
    for (const r of refs) {
      const s = result.sentences![r.sentence!]!;
      expect(s.start <= r.start && r.start <= s.end, JSON.stringify(r)).toBe(true);
    }
    const kinds = [result.terms![0]!.occurrences[0], result.claims![0], result.slogans![0]!.occurrences[0]];
    for (const k of kinds) expect(refs).toContain(k);
  });
});

describe('inlineEvidence', async () => {
  const result = await analyze(SEED);
  const inline = inlineEvidence(result);

  it('puts the sentence beside each finding and drops the table, leaving the result as it was', () => {
    expect(inline.sentences).toBeUndefined();
    expect(result.sentences).toBeDefined();
    const claim = inline.claims![0]!;
    expect(claim.sentenceText).toBe(result.sentences![claim.sentence!]!.text);
    expect(claim.sentenceText).toContain(claim.text);
    expect(result.claims![0]!.sentenceText).toBeUndefined();
    forEachSentenceRef(inline, (r) => expect(r.sentenceText).toBe(evidenceText(result.sentences, r)));
  });
  it('cuts a long sentence to a window around the finding', () => {
    const long = `${'甲'.repeat(MAX_SENTENCE)}廉政谈话${'乙'.repeat(MAX_SENTENCE)}。`;
    const table = { 0: { start: 10, end: 10 + long.length, text: long } };
    const at = 10 + MAX_SENTENCE;
    const text = evidenceText(table, { start: at, end: at + 4, sentence: 0 });
    expect(text).toMatch(/^…甲+廉政谈话乙+…$/);
    expect(text.length).toBeLessThan(long.length / 2);
    expect(evidenceText(table, { start: at, end: at + 4, sentence: null })).toBe('');
  });
});

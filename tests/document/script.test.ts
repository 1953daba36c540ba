// Traditional Chinese: the bundled report converted to traditional characters (opencc-js,
// Taiwan standard) and saved as UTF-8 and as Big5 gives the same claims, formulations and
// term counts as the original, with offsets into the traditional text.
import { beforeAll, describe, expect, it } from 'vitest';
import { createDocument, readDocument } from '../../src/document/document.js';
import { detectScript, toSimplified } from '../../src/document/script.js';
import type { TifaDocument } from '../../src/document/types.js';
import { analyzeDocument, type TifaResult } from '../../src/pipeline/analyze.js';
import { evidenceText } from '../../src/analyzers/evidence.js';
import { big5, traditional } from '../fixtures/documents.js';
import { seedText } from '../helpers.js';

function findings(r: TifaResult) {
  return {
    claims: (r.claims ?? []).map((c) => `${c.value}|${c.min}|${c.max}|${c.unit}|${c.approx}|${c.kind}`),
    formulations: (r.slogans ?? [])
      .filter((s) => s.kind === 'numbered')
      .map((s) => `${s.canonical}×${s.count}`)
      .sort(),
    terms: (r.terms ?? []).map((t) => `${t.term}×${t.count}`).sort(),
  };
}

describe('detectScript and toSimplified', () => {
  it('tells the scripts apart by characters that exist in one only', () => {
    expect(detectScript('貫徹落實中央八項規定精神，全年召開會議36次。')).toBe('traditional');
    expect(detectScript('贯彻落实中央八项规定精神，全年召开会议36次。')).toBe('simplified');
    expect(detectScript('贯彻落实中央八项规定精神。貫徹落實中央八項規定精神。')).toBe('mixed');
    expect(detectScript('2025年工作')).toBe('simplified');
  });
  it('converts to mainland simplified without changing the length', () => {
    const trad = '為貫徹中央八項規定，乾淨擔當的幹部隊伍著力發展';
    const simp = toSimplified(trad);
    expect(simp).toBe('为贯彻中央八项规定，干净担当的干部队伍着力发展');
    expect(simp.length).toBe(trad.length);
  });
});

describe('the bundled report in traditional characters', () => {
  const original: Record<string, TifaResult> = {};
  const docs: Record<string, TifaDocument> = {};
  const results: Record<string, TifaResult> = {};
  let tradText = '';
  beforeAll(async () => {
    const text = seedText();
    tradText = traditional(text);
    original.r = analyzeDocument(createDocument(text));
    docs.utf8 = await readDocument(Buffer.from(tradText), { source: 'trad-utf8.txt' });
    docs.big5 = await readDocument(big5(tradText), { source: 'trad-big5.txt' });
    for (const k of ['utf8', 'big5']) results[k] = analyzeDocument(docs[k]!);
  });

  it('is recognised as traditional, and the Big5 file as Big5', () => {
    expect(tradText).toContain('組織部黨組');
    expect([docs.utf8!.script, docs.utf8!.encoding]).toEqual(['traditional', 'utf-8']);
    expect([docs.big5!.script, docs.big5!.encoding]).toEqual(['traditional', 'big5']);
    expect(docs.big5!.text).toBe(tradText);
  });

  it.each(['utf8', 'big5'])('as %s gives the same claims, formulations and term counts', (k) => {
    const expected = findings(original.r!);
    expect(expected.formulations.length).toBeGreaterThan(10);
    expect(findings(results[k]!)).toEqual(expected);
  });

  it('reports simplified canonical names with offsets into the traditional text', () => {
    const r = results.utf8!;
    const term = r.terms!.find((t) => t.term === '全面从严治党')!;
    const occ = term.occurrences[0]!;
    expect(tradText.slice(occ.start, occ.end)).toBe('全面從嚴治黨');
    const claim = r.claims!.find((c) => c.value === 36)!;
    expect(tradText.slice(claim.start, claim.end)).toBe(claim.text);
    expect(evidenceText(r.sentences, claim)).toContain('學習會');
    expect(r.document.script).toBe('traditional');
  });
});

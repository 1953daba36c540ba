// Property tests (fast-check) over random and report-like inputs, through the document model, all
// analyzers, kwic, the segmenter and scanQuantities. A fixed seed and a bounded number of runs keep
// the file reproducible and fast; scripts/fuzz.mjs runs the same properties much longer.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDocument } from '../../src/document/document.js';
import { analyze, analyzeDocument } from '../../src/pipeline/analyze.js';
import { scanQuantities } from '../../src/numbers/index.js';
import { TifaError } from '../../src/util/errors.js';
import {
  arbitraries,
  assertJsonValue,
  checkInput,
  checkQuantities,
  checkTokens,
  toChinese,
  BLANKS,
} from './fuzz-core.mjs';
import { api, dictionary, segmenter } from './library.js';

const SEED = 20250401;
const env = { dictionary, segmenter };
const terms = dictionary.entries
  .filter((e, i) => e.kind === 'formulation' || i % 7 === 0)
  .map((e) => e.term)
  .sort();
const A = arbitraries(fc, { terms });
const run = <T>(arb: fc.Arbitrary<T>, numRuns: number, pred: (x: T) => void) =>
  fc.assert(fc.property(arb, pred), { seed: SEED, numRuns });

describe('whole pipeline on random input (createDocument + analyzeDocument + kwic + segmenter + scanQuantities)', () => {
  // Each run: analysis twice (byte-identical JSON), every offset checked, JSON round trip, tokens
  // of the text and of its normalized form cover every non-space character, quantities coherent.
  it('random Unicode (astral characters included)', () => run(A.unicode, 60, (s) => void checkInput(api, env, s)));
  it('random UTF-16 code units (lone surrogates, controls)', () =>
    run(A.codeUnits, 60, (s) => void checkInput(api, env, s)));
  it('report-like text: words, terms, quantities, marks, headings, blanks', () =>
    run(A.report, 60, (s) => void checkInput(api, env, s)));
  it('mixes of Arabic and Chinese numerals with units and approximations', () =>
    run(A.numbers, 60, (s) => void checkInput(api, env, s)));
  it('unbalanced quotes and brackets', () => run(A.marks, 60, (s) => void checkInput(api, env, s)));
  it('random heading shapes (一、 （二） 3. 一是 第三章)', () =>
    run(A.headings, 40, (s) => void checkInput(api, env, s)));
  it('bytes: random, truncated or damaged UTF-8, NULs, byte-order marks', () =>
    run(A.bytes, 150, (b) => void checkInput(api, env, b)));

  it('the checks catch a wrong offset (they are not vacuous)', () => {
    const doc = createDocument('一、总体情况\n全年召开会议36次，增强“四个意识”。');
    const r = analyzeDocument(doc, env);
    expect(r.claims?.length).toBeGreaterThan(0);
    const claim = r.claims![0]!;
    claim.start += 1;
    expect(() => checkInput({ ...api, analyzeDocument: () => r }, env, doc.text)).toThrow(/claim .* reads/);
    expect(() => assertJsonValue({ a: { b: [1, Number.NaN] } })).toThrow(/\$\.a\.b\[1\] is NaN/);
    expect(() => checkTokens('ab c', [{ text: 'ab', start: 0, end: 2 }])).toThrow(/"c" at 3 is in no token/);
  });
});

describe('empty, whitespace-only and binary input: the documented TifaError, nothing else', () => {
  it('whitespace-only strings are refused with EEMPTY naming the source', () => {
    run(A.blank, 100, (s) => {
      let err: unknown;
      try {
        createDocument(s, { source: 'blank.txt' });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(TifaError);
      expect((err as TifaError).code).toBe('EEMPTY');
      expect((err as TifaError).message).toMatch(/^tifa: blank\.txt: /);
    });
  });
  it('whitespace-only bytes are refused with EEMPTY, in UTF-8 and with a UTF-16 byte-order mark', () => {
    for (const s of ['', ' ', '\n\n', '\r\n\t ', '\u3000\u3000', '\ufeff']) {
      for (const bytes of [
        Buffer.from(s, 'utf8'),
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]),
      ]) {
        expect(() => createDocument(bytes, { source: 'w.txt' }), JSON.stringify(s)).toThrow(
          expect.objectContaining({ code: 'EEMPTY', source: 'w.txt' }),
        );
      }
    }
  });
  it('binary bytes (PNG header, NULs) are refused with EBINARY', () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
    expect(() => createDocument(png, { source: 'x.png' })).toThrow(
      expect.objectContaining({ code: 'EBINARY', source: 'x.png' }),
    );
  });
  it('analyze() rejects blank text with TifaError, not a crash', async () => {
    for (const b of BLANKS) await expect(analyze({ text: b.repeat(3) })).rejects.toThrow(TifaError);
  });
  it('text of only zero-width characters is accepted and analyzed as an empty document', () => {
    // not whitespace for String.prototype.trim, so not refused; normalization drops every character
    const doc = createDocument('\u200b\u200c\u200d');
    expect(doc.normalized).toBe('');
    expect(doc.chars).toBe(0);
    const r = checkInput(api, env, doc.text)!;
    expect(r.terms).toEqual([]);
    expect(r.claims).toEqual([]);
    expect(r.document.sections).toEqual([]);
  });
});

describe('segmenter and scanQuantities on their own', () => {
  it('cut: tokens are exact, ordered and cover the non-space text (code units)', () =>
    run(A.codeUnits, 200, (s) => checkTokens(s, segmenter.cut(s))));
  it('cut: the same on report-like text, with whitespace tokens kept when asked', () =>
    run(A.report, 100, (s) => {
      checkTokens(s, segmenter.cut(s));
      const all = segmenter.cut(s, { whitespace: true });
      checkTokens(s, all);
      // with whitespace kept, the tokens tile the text exactly
      expect(all.map((t) => t.text).join('')).toBe(s);
    }));
  it('cut keeps a number with its unit whole', () =>
    run(
      fc.tuple(fc.nat(), fc.constantFrom('次', '人次', '%', '万元', '个百分点', '余人次', '多个', '名')),
      300,
      ([n, u]) => {
        expect(segmenter.cut(`召开会议${n}${u}，`).map((t) => t.text)).toContain(`${n}${u}`);
      },
    ));
  it('scanQuantities: invariants on random numeral mixes', () =>
    run(A.numbers, 400, (s) => checkQuantities(s, scanQuantities(s))));
  it('scanQuantities reads any Arabic count exactly (too-large beyond 2^53)', () =>
    run(fc.bigInt({ min: 0n, max: 10n ** 30n }), 300, (n) => {
      const q = scanQuantities(`共开展${n}次。`);
      expect(q).toHaveLength(1);
      expect(q[0]).toMatchObject({ text: `${n}次`, unit: '次', kind: 'count', start: 3 });
      if (n <= BigInt(Number.MAX_SAFE_INTEGER)) expect(q[0]!.value).toBe(Number(n));
      else expect(q[0]).toMatchObject({ value: null, error: 'too-large' });
    }));
  it('scanQuantities reads any well-formed Chinese numeral exactly', () =>
    run(fc.integer({ min: 1, max: 9e15 }), 300, (n) => {
      const s = toChinese(n);
      const q = scanQuantities(`共开展${s}次。`);
      expect(q.map((x) => [x.text, x.value])).toEqual([[`${s}次`, n]]);
    }));
  it('scanQuantities: a negated range keeps min < max (负十二三 is −13 to −12)', () => {
    expect(scanQuantities('负十二三')).toMatchObject([{ min: -13, max: -12, value: null }]);
    expect(scanQuantities('-0十二三')).toMatchObject([{ min: -13, max: -12 }]);
  });
});

describe('document model: heading shapes', () => {
  const title = fc.string({
    unit: fc.constantFrom(...'加强党的建设全面从严治党工作情况问题不足下一步安排'),
    minLength: 2,
    maxLength: 12,
  });
  const sentence = fc
    .string({ unit: fc.constantFrom(...'全年召开会议开展廉政谈话组织学习'), minLength: 2, maxLength: 20 })
    .map((s) => `${s}。`);
  const outline = fc.array(fc.tuple(title, sentence, fc.array(fc.tuple(title, sentence), { maxLength: 4 })), {
    minLength: 1,
    maxLength: 12,
  });
  it('一、 and （一） headings after a preamble give the sections, numbers and parents written', () =>
    run(outline, 80, (tops) => {
      let text = '现将有关情况报告如下。\n';
      const want: Array<[number, number, number, string]> = []; // level, number, parent, title
      tops.forEach(([t, s, subs], i) => {
        const parent = want.length;
        want.push([1, i + 1, -1, `${toChinese(i + 1)}、${t}`]);
        text += `${toChinese(i + 1)}、${t}\n${s}\n`;
        subs.forEach(([u, v], j) => {
          want.push([2, j + 1, parent, `（${toChinese(j + 1)}）${u}`]);
          text += `（${toChinese(j + 1)}）${u}\n${v}\n`;
        });
      });
      const doc = createDocument(text);
      expect(doc.sections.map((x) => [x.level, x.number, x.parent, x.title])).toEqual(want);
      checkInput(api, env, text);
    }));
  // BUG (src/document/structure.ts, outside tests — fails until fixed): a heading line before the first
  // prose line is neither title nor section and lies outside the body, so the createDocument example
  // gives no section and nothing under that heading's title is analyzed.
  it('a heading on the first line starts a section (the example of createDocument)', () => {
    const doc = createDocument('一、总体情况\n全年召开会议36次。');
    expect(doc.sections.map((s) => s.title)).toEqual(['一、总体情况']);
    expect(analyzeDocument(doc, env).document.sections[0]?.role).toBe('review');
  });
});

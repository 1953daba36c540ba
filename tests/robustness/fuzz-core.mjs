// Shared by tests/robustness/fuzz.test.ts (on src/, few runs) and scripts/fuzz.mjs (on dist/, many
// runs): the input generators and the checks every analysis must pass. Plain JavaScript so that
// both can import it; the library is passed in (`api`), so the same checks run on src and dist.

/** Characters of running report text (drawn on by the generators). */
export const HAN =
  '全年召开会议开展廉政谈话组织学习政治生态建设总体情况问题不足下一步工作安排深化推进落实责任干部群众经济发展增长提高下降完成目标党委书记巡视整改基层监督执纪作风纪律思想理论';
export const CN_NUMERALS = '零〇一二两三四五六七八九十百千万亿';
export const UNITS = [
  '',
  '次',
  '人次',
  '%',
  '％',
  '万元',
  '亿元',
  '个百分点',
  '个',
  '名',
  '年',
  '倍',
  '元',
  '成',
  '万人',
  '公里',
];
export const PREFIXES = ['', '', '约', '近', '超过', '不到', '百分之', '第', '每', '增长', '下降'];
export const SUFFIXES = ['', '', '余', '多', '几'];
export const POSTS = ['', '', '左右', '以上', '以下', '上下', '—', '以内'];
export const RANGE_SEPS = ['—', '－', '-', '~', '～', '至', '到', '——'];
export const MARKS = [...'“”《》（）‘’「」『』()【】[]"\''];
export const HEADINGS = [
  '一、',
  '二、',
  '十一、',
  '九十九、',
  '（二）',
  '(三)',
  '（十二）',
  '3.',
  '12、',
  '１．',
  '1.2',
  '一是',
  '二是',
  '三是',
  '第三章',
  '第一部分',
  '（',
  '一',
  '、',
];
export const BLANKS = [' ', '\t', '\n', '\r', '\r\n', '\u3000', '\u00a0', '\ufeff', '\u2028', '\u2029', '\v', '\f'];
export const BAD_CODES = new Set(['EEMPTY', 'EBINARY', 'EDECODE']);

const DIGITS = '0123456789';
const FULL_DIGITS = '０１２３４５６７８９';

/** 1234 → 一千二百三十四 (well-formed Chinese numerals, up to 10^16). */
export function toChinese(n) {
  const d = '零一二三四五六七八九';
  if (n === 0) return '零';
  const group = (x) => {
    let s = '';
    let zero = false;
    for (const [u, v] of [
      ['千', 1000],
      ['百', 100],
      ['十', 10],
      ['', 1],
    ]) {
      const k = Math.floor(x / v) % 10;
      if (k === 0) {
        if (s) zero = true;
        continue;
      }
      if (zero) s += '零';
      zero = false;
      s += d[k] + u;
    }
    return s;
  };
  let s = '';
  let rest = n;
  for (const [u, v] of [
    ['亿', 1e8],
    ['万', 1e4],
    ['', 1],
  ]) {
    const g = Math.floor(rest / v);
    rest -= g * v;
    if (g > 0) s += (s && g < 1000 && !s.endsWith('零') ? '零' : '') + (g >= 1e4 ? toChinese(g) : group(g)) + u;
    else if (s && rest > 0 && !s.endsWith('零')) s += '零';
  }
  return s.replace(/^一十/, '十');
}

/**
 * The generators. `fc` is fast-check; `terms` a few dictionary terms and formulations to mix in.
 * Sizes scale with `scale` (1 in tests, more in the fuzz script).
 */
export function arbitraries(fc, { terms, scale = 1 }) {
  const n = (k) => Math.max(1, Math.round(k * scale));
  const pick = (xs) => fc.constantFrom(...xs);
  const han = fc.string({ unit: pick([...HAN]), minLength: 1, maxLength: 8 });
  const term = pick(terms);
  const arabic = fc.oneof(
    fc.string({ unit: pick([...DIGITS]), minLength: 1, maxLength: n(20), size: 'max' }),
    fc.tuple(fc.nat(), fc.nat(9999)).map(([a, b]) => `${a}.${b}`),
    fc.nat().map((a) => a.toLocaleString('en-US')),
    fc.string({ unit: pick([...FULL_DIGITS, '．']), minLength: 1, maxLength: 8 }),
    fc.tuple(fc.nat(99999), pick(['万', '亿', '万亿', '千', '百万'])).map(([a, u]) => `${a}${u}`),
  );
  const chinese = fc.oneof(
    fc.string({ unit: pick([...CN_NUMERALS]), minLength: 1, maxLength: n(12), size: 'max' }),
    fc.integer({ min: 0, max: 9e15 }).map(toChinese),
    fc.tuple(fc.integer({ min: 0, max: 99999 }), pick(['万', '亿', ''])).map(([a, u]) => toChinese(a) + u),
  );
  const numeral = fc.oneof(
    arabic,
    chinese,
    fc.tuple(arabic, chinese).map(([a, b]) => a + b),
  );
  const quantity = fc.oneof(
    {
      weight: 3,
      arbitrary: fc.tuple(pick(PREFIXES), numeral, pick(SUFFIXES), pick(UNITS), pick(POSTS)).map((p) => p.join('')),
    },
    { weight: 1, arbitrary: fc.tuple(numeral, pick(RANGE_SEPS), numeral, pick(UNITS)).map((p) => p.join('')) },
    { weight: 1, arbitrary: fc.tuple(chinese, pick(['分之', '成', '倍', '番']), chinese).map((p) => p.join('')) },
  );
  const mark = pick(MARKS);
  const blank = pick(BLANKS);
  const punct = pick([...'，。；：、！？…—·/']);
  const heading = fc
    .tuple(
      pick(['\n', '\n\n', '\n  ', '']),
      pick(HEADINGS),
      fc.oneof(han, term),
      fc.option(pick(['。', '：', '\n']), { nil: '' }),
    )
    .map((p) => p.join(''));
  const unicodeChar = fc.string({ unit: 'binary', minLength: 1, maxLength: 3 });
  const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
  const piece = fc.oneof(
    { weight: 6, arbitrary: han },
    { weight: 3, arbitrary: term },
    { weight: 4, arbitrary: quantity },
    { weight: 3, arbitrary: mark },
    { weight: 2, arbitrary: punct },
    { weight: 2, arbitrary: blank },
    { weight: 2, arbitrary: heading },
    { weight: 1, arbitrary: unicodeChar },
    { weight: 1, arbitrary: loneSurrogate },
  );
  const join = (arb) => arb.map((xs) => xs.join(''));
  return {
    /** Any Unicode (including astral characters). */
    unicode: fc.string({ unit: 'binary', maxLength: n(300), size: 'max' }),
    /** Any UTF-16 code units, lone surrogates included. */
    codeUnits: fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      maxLength: n(200),
      size: 'max',
    }),
    /** Report-like text: words, terms, quantities, marks, headings, blanks, stray characters. */
    report: join(fc.array(piece, { maxLength: n(120), size: 'max' })),
    /** Numerals and units in running text. */
    numbers: join(
      fc.array(
        fc.oneof(
          { weight: 3, arbitrary: quantity },
          { weight: 2, arbitrary: han },
          { weight: 1, arbitrary: punct },
          { weight: 1, arbitrary: blank },
        ),
        { maxLength: n(60), size: 'max' },
      ),
    ),
    /** Unbalanced quotes and brackets around words and formulations. */
    marks: join(
      fc.array(
        fc.oneof(
          { weight: 3, arbitrary: mark },
          { weight: 2, arbitrary: han },
          { weight: 2, arbitrary: term },
          { weight: 1, arbitrary: punct },
          { weight: 1, arbitrary: quantity },
        ),
        { maxLength: n(80), size: 'max' },
      ),
    ),
    /** Documents made of heading lines of every shape and short paragraphs. */
    headings: join(
      fc.array(
        fc.oneof(
          { weight: 2, arbitrary: heading },
          { weight: 2, arbitrary: fc.tuple(han, term, quantity, pick(['。', '；', '，'])).map((p) => p.join('')) },
          { weight: 1, arbitrary: pick(['\n', '\n\n']) },
        ),
        { maxLength: n(50), size: 'max' },
      ),
    ),
    /** One short piece (a numeral, a mark, a word, a unit) repeated thousands of times: runs that are re-read from every offset show up as slow runs. */
    repeated: fc
      .tuple(
        fc.oneof(
          fc.string({
            unit: pick([...CN_NUMERALS, ...MARKS, ...'第点分之余多几半%.,、，。—', ...DIGITS]),
            minLength: 1,
            maxLength: 4,
          }),
          quantity,
          term,
          heading,
        ),
        fc.integer({ min: 100, max: n(2000) }),
      )
      .map(([p, k]) => p.repeat(Math.max(1, Math.min(k, Math.floor(n(20_000) / p.length))))),
    /** Empty and whitespace-only text. */
    blank: fc.string({ unit: blank, maxLength: n(30), size: 'max' }),
    /** Arbitrary bytes, and UTF-8 text damaged (truncated, a byte changed, NULs, BOMs). */
    bytes: fc.oneof(
      fc.uint8Array({ maxLength: n(300), size: 'max' }),
      fc
        .tuple(
          join(fc.array(piece, { maxLength: n(40), size: 'max' })),
          fc.nat(),
          fc.nat(255),
          pick(['none', 'truncate', 'flip', 'nul', 'bom8', 'bom16le', 'bom16be']),
        )
        .map(([s, k, b, how]) => {
          const u = Buffer.from(s, 'utf8');
          const i = u.length === 0 ? 0 : k % u.length;
          if (how === 'truncate') return u.subarray(0, i);
          if (how === 'flip' && u.length > 0) u[i] = b;
          if (how === 'nul' && u.length > 0) u[i] = 0;
          if (how === 'bom8') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), u]);
          if (how === 'bom16le')
            return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le').subarray(0, i)]);
          if (how === 'bom16be')
            return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16().subarray(0, i)]);
          return u;
        }),
    ),
  };
}

/** Throws with a message naming what went wrong (fast-check then prints the counterexample). */
export function check(ok, what) {
  if (!ok) throw new Error(what());
}

/** Walks a value: only strings, finite numbers (not -0), booleans, null, arrays and plain objects. */
export function assertJsonValue(v, path = '$') {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
  if (typeof v === 'number') {
    check(
      Number.isFinite(v) && !Object.is(v, -0),
      () => `${path} is ${Object.is(v, -0) ? '-0' : String(v)}, which JSON does not round-trip`,
    );
    return;
  }
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      check(i in v, () => `${path}[${i}] is a hole`);
      assertJsonValue(v[i], `${path}[${i}]`);
    }
    return;
  }
  check(
    typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype,
    () => `${path} is not a plain object (${Object.prototype.toString.call(v)})`,
  );
  for (const [k, x] of Object.entries(v)) {
    check(x !== undefined, () => `${path}.${k} is undefined (dropped by JSON)`);
    assertJsonValue(x, `${path}.${k}`);
  }
}

/** What normalization does to a line break inside a sentence: drops it with the spaces around it. */
const joinLines = (s) => s.replace(/[ \u3000\u00a0]*\r?\n[ \u3000\u00a0]*/g, '');
const inRange = (o, len) =>
  Number.isInteger(o.start) && Number.isInteger(o.end) && 0 <= o.start && o.start <= o.end && o.end <= len;
const show = (s) => JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);

/**
 * A long sentence is given as a window around the finding, marked with … where it is cut: the
 * window must be text at the finding, and short (not the whole sentence again).
 */
function isWindow(text, o) {
  let core = o.sentence;
  const cutLeft = core.startsWith('…');
  const cutRight = core.endsWith('…');
  if (!cutLeft && !cutRight) return false;
  if (cutLeft) core = core.slice(1);
  if (cutRight) core = core.slice(0, -1);
  if (core.length > 600 + (o.end - o.start)) return false;
  // the window is cut at the sentence's ends, which a finding (a quotation) may cross
  const from = Math.max(0, o.start - core.length);
  const at = text.slice(from, o.end + core.length).indexOf(core);
  return at >= 0 && from + at <= o.end && from + at + core.length >= o.start;
}

/** Segmenter tokens: exact text, in order, not overlapping, covering every non-space character. */
export function checkTokens(text, tokens, label = 'token') {
  let prev = 0;
  for (const t of tokens) {
    check(inRange(t, text.length), () => `${label} ${JSON.stringify(t)} out of range 0..${text.length}`);
    check(t.start >= prev, () => `${label} ${JSON.stringify(t)} overlaps or is out of order (previous end ${prev})`);
    check(t.end > t.start, () => `${label} ${JSON.stringify(t)} is empty`);
    check(
      text.slice(t.start, t.end) === t.text,
      () => `${label} ${JSON.stringify(t)} reads ${show(text.slice(t.start, t.end))}`,
    );
    for (let i = prev; i < t.start; i++)
      check(/\s/.test(text[i]), () => `non-space character ${JSON.stringify(text[i])} at ${i} is in no ${label}`);
    prev = t.end;
  }
  for (let i = prev; i < text.length; i++)
    check(
      /\s/.test(text[i]),
      () => `non-space character ${JSON.stringify(text[i])} at ${i} is in no ${label} (after the last)`,
    );
}

/** scanQuantities: exact text, sorted, not overlapping, coherent values. */
export function checkQuantities(text, qs) {
  let prev = 0;
  for (const q of qs) {
    check(inRange(q, text.length) && q.end > q.start, () => `quantity ${JSON.stringify(q)} out of range`);
    check(q.start >= prev, () => `quantity ${JSON.stringify(q)} overlaps the previous one`);
    check(
      text.slice(q.start, q.end) === q.text,
      () => `quantity ${JSON.stringify(q)} reads ${show(text.slice(q.start, q.end))}`,
    );
    const range = q.min !== null || q.max !== null;
    if (range)
      check(
        q.min !== null && q.max !== null && q.value === null && q.min < q.max,
        () => `range ${JSON.stringify(q)} is incoherent`,
      );
    if (q.value === null)
      check(range || q.error !== undefined, () => `quantity ${JSON.stringify(q)} has no value, no range and no error`);
    for (const v of [q.value, q.min, q.max])
      if (v !== null) check(Number.isFinite(v), () => `quantity ${JSON.stringify(q)} has a non-finite value`);
    prev = q.end;
  }
}

/** Every offset and finding of an analysis result. */
export function checkResult(api, doc, r) {
  const text = doc.text;
  const len = text.length;
  const sentences = new Set(doc.sentences.map((s) => text.slice(s.start, s.end)));
  sentences.add('');
  const titles = new Set(doc.sections.map((s) => s.title));
  const where = (o, what) => {
    check(inRange(o, len), () => `${what} ${JSON.stringify({ start: o.start, end: o.end })} out of range 0..${len}`);
    if (typeof o.sentence === 'string')
      check(
        sentences.has(o.sentence) || isWindow(text, o),
        () => `${what} has a sentence that is none of the document's, nor a window around it: ${show(o.sentence)}`,
      );
    else if (typeof o.sentence === 'number') {
      const s = r.sentences?.[o.sentence];
      check(s !== undefined, () => `${what} refers to sentence ${o.sentence}, missing from the sentences table`);
      check(
        s === undefined || (s.start <= o.start && o.start <= s.end),
        () => `${what} at ${o.start} is not in its sentence ${JSON.stringify(s && { start: s.start, end: s.end })}`,
      );
    } else if ('sentence' in o)
      check(o.sentence === null, () => `${what} has a bad sentence ${show(String(o.sentence))}`);
    if ('section' in o && typeof o.section !== 'number')
      check(
        o.section === null || titles.has(o.section),
        () => `${what} has an unknown section ${show(String(o.section))}`,
      );
  };
  // document model
  check(r.document.length === len, () => `document.length ${r.document.length} != ${len}`);
  check(
    doc.offsetMap.length === doc.normalized.length + 1 && doc.offsetMap[doc.normalized.length] === len,
    () => 'offsetMap does not end at the text length',
  );
  for (let i = 1; i < doc.offsetMap.length; i++)
    check(doc.offsetMap[i] >= doc.offsetMap[i - 1], () => `offsetMap decreases at ${i}`);
  check(
    0 <= doc.body.nStart && doc.body.nStart <= doc.body.nEnd && doc.body.nEnd <= doc.normalized.length,
    () => `body ${JSON.stringify(doc.body)} out of range`,
  );
  for (const s of r.document.sections) where(s, 'section');
  for (const [i, s] of r.document.sections.entries())
    check(
      s.parent < i && (s.parent < 0 || r.document.sections[s.parent].level < s.level),
      () => `section ${i} has a bad parent ${s.parent}`,
    );
  for (const e of r.document.excluded) {
    where(e, 'excluded');
    check(text.slice(e.start, e.end) === e.text, () => `excluded text ${show(e.text)} is not the text at ${e.start}`);
  }
  for (const [k, s] of Object.entries(r.sentences ?? {})) {
    const d = doc.sentences[Number(k)];
    check(
      d !== undefined && d.start === s.start && d.end === s.end && text.slice(s.start, s.end) === s.text,
      () => `sentence table entry ${k} is not the document's sentence ${k}: ${show(s.text)}`,
    );
  }
  let prev = 0;
  for (const s of doc.sentences) {
    where(s, 'sentence');
    check(s.start >= prev, () => `sentences overlap at ${s.start}`);
    prev = s.end;
  }
  for (const p of doc.paragraphs) where(p, 'paragraph');
  // terms: the surface is the dictionary form of what is written
  for (const t of r.terms ?? []) {
    check(
      t.count === t.occurrences.length && t.count > 0,
      () => `term ${t.term}: count ${t.count} != ${t.occurrences.length} occurrences`,
    );
    for (const o of t.occurrences) {
      where(o, `term ${t.term}`);
      const got = text.slice(o.start, o.end);
      // written full-width (８６３计划) or across a line break normalization joins (四⏎风)
      check(
        got === o.surface || api.normalize(joinLines(got)).normalized === o.surface,
        () => `term ${t.term} at ${o.start}-${o.end} reads ${show(got)}, not ${o.surface}`,
      );
    }
  }
  for (const c of r.termCategories ?? []) {
    const inSections = c.bySection.reduce((a, b) => a + b.count, 0);
    check(
      c.count >= inSections &&
        c.count === (r.terms ?? []).filter((t) => t.category === c.category).reduce((a, t) => a + t.count, 0),
      () =>
        `category ${c.category}: count ${c.count} is not the sum of its terms, or less than its sections' ${inSections}`,
    );
  }
  // slogans: the text of the first occurrence (parallel headings/series join their items with ' / ')
  for (const s of r.slogans ?? []) {
    check(
      s.count === s.occurrences.length,
      () => `slogan ${s.canonical}: count ${s.count} != ${s.occurrences.length} occurrences`,
    );
    for (const o of s.occurrences) where(o, `slogan ${show(s.canonical)}`);
    for (const m of s.memberChecks ?? []) where(m, `member check of ${s.canonical}`);
    const o = s.occurrences[0];
    if (o) {
      const got = text.slice(o.start, o.end);
      const joined = s.kind === 'parallel' && s.construction !== 'enumeration';
      check(
        joined ? s.text.startsWith(got) : s.text === got,
        () => `slogan ${s.kind} ${show(s.text)} at ${o.start}-${o.end} reads ${show(got)}`,
      );
    }
  }
  for (const c of r.claims ?? []) {
    where(c, `claim ${show(c.text)}`);
    check(
      text.slice(c.start, c.end) === c.text && c.end > c.start,
      () => `claim ${show(c.text)} at ${c.start}-${c.end} reads ${show(text.slice(c.start, c.end))}`,
    );
  }
  for (const k of r.keywords ?? []) {
    check(
      typeof k.word === 'string' && k.word.length > 0 && k.count > 0,
      () => `keyword ${JSON.stringify(k)} is empty`,
    );
    check(k.weight >= 0 && k.weight <= 1, () => `keyword ${k.word} weight ${k.weight} outside [0, 1]`);
  }
  for (const v of r.vocabulary ?? [])
    check(v.word.length > 0 && v.count > 0, () => `vocabulary entry ${JSON.stringify(v)}`);
  for (const key of ['problems', 'plans']) for (const a of r[key] ?? []) where(a, key);
}

/** Keyword in context: the match is the text at its offsets, context around it. */
export function checkKwic(doc, hits, window) {
  let prev = -1;
  for (const h of hits) {
    check(inRange(h, doc.text.length) && h.end > h.start, () => `kwic hit ${h.start}-${h.end} out of range`);
    check(
      doc.text.slice(h.start, h.end) === h.match,
      () => `kwic hit ${show(h.match)} reads ${show(doc.text.slice(h.start, h.end))}`,
    );
    check(
      doc.text.slice(Math.max(0, h.start - window), h.start) === h.before &&
        doc.text.slice(h.end, h.end + window) === h.after,
      () => `kwic context of ${h.start} is wrong`,
    );
    check(h.start >= prev, () => `kwic hits out of order at ${h.start}`);
    prev = h.start;
  }
}

/**
 * The whole property for one input (string or bytes): no crash other than TifaError for
 * empty/whitespace/binary input; valid offsets everywhere; deterministic; JSON-serializable.
 * `env` holds { dictionary, segmenter }. Returns the result, or null when the input was refused.
 */
export function checkInput(api, env, input, { kwicPatterns = true } = {}) {
  const isText = typeof input === 'string';
  let doc;
  try {
    doc = api.createDocument(input);
  } catch (e) {
    const refusable = isText ? input.trim() === '' : true;
    if (e instanceof api.TifaError && refusable && BAD_CODES.has(e.code) && e.message.startsWith('tifa: ')) return null;
    throw e;
  }
  if (isText) check(input.trim() !== '', () => 'whitespace-only text was accepted');
  const r = api.analyzeDocument(doc, env);
  checkResult(api, doc, r);
  assertJsonValue(r);
  const json = JSON.stringify(r);
  check(JSON.stringify(JSON.parse(json)) === json, () => 'result does not round-trip through JSON');
  const again = JSON.stringify(api.analyzeDocument(api.createDocument(input), env));
  check(
    again === json,
    () =>
      `the same input gave different output (first difference at ${firstDiff(json, again)}: ${show(json.slice(firstDiff(json, again) - 20))} vs ${show(again.slice(firstDiff(json, again) - 20))})`,
  );
  // segmenter on the original and on the normalized text
  checkTokens(doc.text, env.segmenter.cut(doc.text));
  checkTokens(doc.normalized, env.segmenter.cut(doc.normalized), 'normalized token');
  checkQuantities(doc.text, api.scanQuantities(doc.text));
  if (kwicPatterns) {
    const t = doc.normalized.replace(/\s+/g, '');
    const patterns = ['/\\d+/', '/[一二三四五六七八九十]+/u', '@纪律与廉政', '全面从严治党'];
    if (t.length >= 2) patterns.push(t.slice(0, 2), t.slice(Math.floor(t.length / 2), Math.floor(t.length / 2) + 1));
    for (const p of patterns) {
      // a text-derived pattern must not read as @category or /regex/
      if (p.length === 0 || (patterns.indexOf(p) >= 4 && /^[@/]/.test(p))) continue;
      checkKwic(doc, api.kwic(doc, p, { window: 5, dictionary: env.dictionary }), 5);
    }
  }
  return r;
}

function firstDiff(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

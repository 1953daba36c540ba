import { analyzeDocument } from '../../pipeline/analyze.js';
import type { RawDiagnostic, Rule, RuleContext } from '../types.js';
import { countInName } from '../count.js';
import { bodyRanges, cnNumber, inBody } from '../text.js';

/**
 * The parts of the slogans analyzer's output the formulation rules read. Declared here, loosely,
 * so that the rules depend on the published result (kind, since, occurrences, memberChecks) only.
 */
interface FormulationFinding {
  kind: string;
  known?: boolean;
  canonical: string;
  since?: number | null;
  occurrences: Array<{ start: number; end: number }>;
  memberChecks?: Array<{
    start: number;
    end: number;
    formulation: string;
    named: boolean;
    listed: string[];
    missing: string[];
    extra: string[];
  }>;
}

/** The slogans analyzer's findings per dictionary and document, computed once for the three rules. */
const cache = new WeakMap<object, WeakMap<object, FormulationFinding[]>>();

function knownFormulations(ctx: RuleContext): FormulationFinding[] {
  let byDoc = cache.get(ctx.dictionary);
  if (!byDoc) cache.set(ctx.dictionary, (byDoc = new WeakMap()));
  let found = byDoc.get(ctx.doc);
  if (!found) {
    const result = analyzeDocument(ctx.doc, {
      analyzers: ['slogans'],
      dictionary: ctx.dictionary,
      options: { slogans: { discover: false, parallel: false } },
    });
    const all = (result.slogans ?? []) as unknown as FormulationFinding[];
    found = all.filter((s) => s.kind === 'numbered' && s.known);
    byDoc.set(ctx.doc, found);
  }
  return found;
}

function memberDiagnostics(ctx: RuleContext): RawDiagnostic[] {
  const ranges = bodyRanges(ctx.doc);
  const out: RawDiagnostic[] = [];
  for (const f of knownFormulations(ctx)) {
    for (const c of f.memberChecks ?? []) {
      if (!c.named || !inBody(ranges, c.start) || (c.missing.length === 0 && c.extra.length === 0)) continue;
      const entry = ctx.dictionary.get(c.formulation);
      if (c.extra.some((x) => x.includes(c.formulation) || /[“”]/.test(x))) continue;
      if (c.extra.length === 0 && !reallyMissing(ctx.doc.text, c, entry?.members.length ?? 0)) continue;
      const suggestion =
        c.extra.length === 1 && c.missing.length === 1
          ? ctx.doc.text.slice(c.start, c.end).replace(c.extra[0]!, c.missing[0]!)
          : undefined;
      out.push({
        severity: c.extra.length > 0 || c.missing.length === 1 ? 'error' : 'warning',
        start: c.start,
        end: c.end,
        key: c.extra.length > 0 ? 'member-wrong' : 'member-missing',
        params: {
          formulation: c.formulation,
          extra: c.extra.join('、'),
          missing: c.missing.join('、'),
          members: (entry?.members ?? []).join('、'),
        },
        ...(suggestion && suggestion !== ctx.doc.text.slice(c.start, c.end) ? { suggestion } : {}),
        values: { listed: c.listed, missing: c.missing, extra: c.extra },
      });
    }
  }
  return out;
}

/** 重点纠治形式主义、官僚主义: a listing that picks some members on purpose. */
const FOCUS_CUE = /(?:重点|特别是|尤其是|着力|主要是|突出)[^，。；]{0,4}$/;
/** How far after a listing its abbreviated members may be spelled out (义务教育、基本医疗、住房安全有保障). */
const ABBREVIATION_WINDOW = 40;
const STEM = 2;
const SUFFIX = 4;

/** Whether members reported missing are really absent: not a focus on some, not an abbreviated listing. */
function reallyMissing(text: string, c: { start: number; end: number; missing: string[] }, size: number): boolean {
  if (FOCUS_CUE.test(text.slice(Math.max(0, c.start - 10), c.start))) return false;
  const around = text.slice(Math.max(0, c.start - ABBREVIATION_WINDOW), c.end + ABBREVIATION_WINDOW);
  const abbreviated = c.missing.every(
    (m) => around.includes(m.slice(0, STEM)) || (m.length >= SUFFIX * 2 && around.includes(m.slice(-SUFFIX))),
  );
  return !abbreviated && c.missing.length < size;
}

/** Members of a known formulation wrong, missing or extra (四个意识 listed with 责任意识). */
export const formulationMembers: Rule = {
  id: 'formulation-members',
  description:
    'a formulation cited with wrong, missing or extra members (四个意识 with 责任意识; 三会一课 without 党小组会)',
  run: memberDiagnostics,
};

/** Used before its first year: 两个确立 (2021) in a 2019 report. */
export const formulationAnachronism: Rule = {
  id: 'formulation-year',
  description: 'a formulation used in a report dated before the year it was introduced',
  run: (ctx) => {
    const year = ctx.doc.year;
    if (year === null) return [];
    const ranges = bodyRanges(ctx.doc);
    return knownFormulations(ctx)
      .filter((f) => typeof f.since === 'number' && f.since > year)
      .flatMap((f) => {
        const first = f.occurrences.find((o) => inBody(ranges, o.start));
        if (!first) return [];
        return [
          {
            severity: 'warning' as const,
            start: first.start,
            end: first.end,
            key: 'formulation-year' as const,
            params: { formulation: f.canonical, since: f.since!, year },
            values: { since: f.since!, year },
          },
        ];
      });
  },
};

/** 四个意识（政治意识、大局意识、核心意识） or 三个坚持：坚持A、坚持B、坚持C、坚持D. */
const NUMBERED_LIST =
  /“?((?:[两二三四五六七八九十]{1,2})(?:个|项|大|种|条)[\u4e00-\u9fff]{1,6})”?([：:]|（)([^。；！？\n）]{2,200})/g;
const ITEM_MAX = 15;

/** A numbered formulation whose count differs from the members listed right after it. */
export const formulationCount: Rule = {
  id: 'formulation-count',
  description:
    'a numbered formulation whose count differs from the members listed after it (四个意识（政治意识、大局意识、核心意识）)',
  run: (ctx) => {
    const ranges = bodyRanges(ctx.doc);
    const out: RawDiagnostic[] = [];
    for (const m of ctx.doc.text.matchAll(NUMBERED_LIST)) {
      const name = m[1]!;
      const entry = ctx.dictionary.get(name);
      if (!inBody(ranges, m.index) || (entry && entry.members.length > 0) || ctx.doc.text[m.index - 1] === '第')
        continue;
      const announced = entry ? countInName(name)?.count : cnNumber(/^[两二三四五六七八九十]{1,2}/.exec(name)![0]);
      const paren = m[2] === '（';
      if (paren && /[，,]/.test(m[3]!)) continue;
      const items = m[3]!
        .split(/[，,]/)[0]!
        .split('、')
        .map((s) => s.trim());
      if (/^[一第]/.test(items[0] ?? '')) continue;
      if (items.length < 2 || items.some((s) => s.length === 0 || [...s].length > ITEM_MAX)) continue;
      if (announced === undefined || Number.isNaN(announced) || announced === items.length) continue;
      out.push({
        severity: 'error',
        start: m.index,
        end: m.index + m[0].length - (paren ? 0 : m[3]!.length - items.join('、').length),
        key: 'formulation-count',
        params: { formulation: name, announced, listed: items.length },
        values: { announced, listed: items.length, items },
      });
    }
    return out;
  },
};

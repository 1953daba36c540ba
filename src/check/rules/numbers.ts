import { scanQuantities } from '../../numbers/index.js';
import type { Quantity } from '../../numbers/index.js';
import type { RawDiagnostic, Rule } from '../types.js';
import { bodyParagraphs, bodyRanges, cnNumber, inBody } from '../text.js';

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DATE = /(?:(\d{4})年)?(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})日/g;

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Dates that do not exist: 2月30日, 4月31日, 2023年2月29日, 13月1日. */
export const impossibleDate: Rule = {
  id: 'impossible-date',
  description: 'a date that does not exist (2月30日, 4月31日, 2023年2月29日)',
  run: ({ doc }) => {
    const ranges = bodyRanges(doc);
    const out: RawDiagnostic[] = [];
    for (const m of doc.text.matchAll(DATE)) {
      if (!inBody(ranges, m.index)) continue;
      const month = cnNumber(m[2]!);
      const day = cnNumber(m[3]!);
      const year = m[1] ? Number(m[1]) : null;
      if (Number.isNaN(month) || Number.isNaN(day)) continue;
      const max = month === 2 && year !== null && !isLeap(year) ? 28 : MONTH_DAYS[month - 1];
      if (max !== undefined && day >= 1 && day <= max) continue;
      out.push({
        severity: 'error',
        start: m.index,
        end: m.index + m[0].length,
        key: max === undefined ? 'no-such-month' : 'no-such-day',
        params: { date: m[0], month, max: max ?? 12 },
      });
    }
    return out;
  },
};

/** 约…左右, 大约…左右, 超过…以上: two words marking the same approximation. */
const REDUNDANT: Array<{ re: RegExp; drop: RegExp }> = [
  {
    re: /(?:大约|大概|约)[0-9０-９.．一二三四五六七八九十百千万亿两余多]{1,12}[^\s，。；、：]{0,4}?左右/g,
    drop: /左右$/,
  },
  {
    re: /(?:超过|多于|高于|大于)[0-9０-９.．一二三四五六七八九十百千万亿两余多]{1,12}[^\s，。；、：]{0,4}?以上/g,
    drop: /以上$/,
  },
  {
    re: /(?:不足|少于|低于|不到)[0-9０-９.．一二三四五六七八九十百千万亿两]{1,12}[^\s，。；、：]{0,4}?以下/g,
    drop: /以下$/,
  },
];

/** Redundant approximations: 约3000人左右 → 约3000人. */
export const redundantApproximation: Rule = {
  id: 'redundant-approximation',
  description: 'two words for one approximation (约…左右, 超过…以上, 不足…以下)',
  run: ({ doc }) => {
    const ranges = bodyRanges(doc);
    return REDUNDANT.flatMap(({ re, drop }) =>
      [...doc.text.matchAll(re)]
        .filter((m) => inBody(ranges, m.index))
        .map((m) => ({
          severity: 'error' as const,
          start: m.index,
          end: m.index + m[0].length,
          key: 'redundant-approximation' as const,
          params: { text: m[0] },
          suggestion: m[0].replace(drop, ''),
        })),
    );
  },
};

/**
 * Number forms GB/T 15835-2011 rules out unambiguously: Arabic digits mixed with Chinese
 * numerals in one number (二0二三年, 3千), except the magnitudes 万 and 亿 (3万, 5亿).
 */
const NUMBER_RUN = /[0-9〇零一二三四五六七八九十百千]{2,}/g;
const CN_PART = /[〇零一二三四五六七八九十百千]/;
/** 3千米, 5千瓦: 千 and 百 as unit prefixes. */
const UNIT_AFTER = /^[米克瓦伏焦帕赫卡]/;

/** Number forms against GB/T 15835-2011 where unambiguous. */
export const numberForm: Rule = {
  id: 'number-form',
  description: 'Arabic digits mixed with Chinese numerals in one number (二0二三年, 3千人) — GB/T 15835-2011',
  run: ({ doc }) => {
    const ranges = bodyRanges(doc);
    return [...doc.text.matchAll(NUMBER_RUN)]
      .filter((m) => inBody(ranges, m.index) && /[0-9]/.test(m[0]) && CN_PART.test(m[0]))
      .filter((m) => !(/[0-9][千百]$/.test(m[0]) && UNIT_AFTER.test(doc.text.slice(m.index + m[0].length))))
      .map((m) => ({
        severity: 'warning' as const,
        start: m.index,
        end: m.index + m[0].length,
        key: 'mixed-number' as const,
        params: { text: m[0] },
        // 二0一一 → 二〇一一: a zero written as a digit among Chinese numerals has one fix
        ...(/^[〇零一二三四五六七八九十0]+$/.test(m[0]) ? { suggestion: m[0].replace(/0/g, '〇') } : {}),
      }));
  },
};

const TOTAL_CUE = /(?:共|共计|合计|总计|累计|总共)[^，。；]{0,12}$/;
const PARTS_CUE = /其中/;

function countable(q: Quantity): boolean {
  return q.claim && q.value !== null && q.approx === null && q.kind === 'count' && q.unit !== null;
}

function partsOfSentence(text: string, offset: number): RawDiagnostic[] {
  const at = text.search(PARTS_CUE);
  if (at < 0) return [];
  const quantities = scanQuantities(text);
  const total = quantities.filter((q) => q.end <= at && countable(q) && TOTAL_CUE.test(text.slice(0, q.start))).pop();
  if (!total) return [];
  const tail = text.slice(at);
  const stop = tail.search(/[。；]/);
  const limit = at + (stop < 0 ? tail.length : stop);
  const parts = quantities.filter(
    (q) => q.start >= at && q.end <= limit && countable(q) && q.unit === total.unit && q.kind === total.kind,
  );
  if (parts.length < 2) return [];
  const sum = parts.reduce((n, q) => n + q.value!, 0);
  if (sum <= total.value!) return [];
  return [
    {
      severity: 'error',
      start: offset + total.start,
      end: offset + parts.at(-1)!.end,
      key: 'parts-exceed-total',
      params: { total: total.text, sum: `${sum}${total.unit}`, parts: parts.map((q) => q.text).join('+') },
      values: { total: total.value!, sum, parts: parts.map((q) => q.text) },
    },
  ];
}

function sharesOfSentence(text: string, offset: number): RawDiagnostic[] {
  return scanQuantities(text)
    .filter((q) => q.kind === 'percent' && q.value !== null && q.value > 100)
    .filter((q) => /(?:占|比重|占比|覆盖率|达标率|完成率的?)[^，。；]{0,10}$/.test(text.slice(0, q.start)))
    .filter(
      (q) =>
        !/完成率|增长|提高|超|计划|预算|任务|指标|上年|去年|同期/.test(text.slice(Math.max(0, q.start - 10), q.start)),
    )
    .map((q) => ({
      severity: 'error' as const,
      start: offset + q.start,
      end: offset + q.end,
      key: 'share-over-100' as const,
      params: { text: q.text },
    }));
}

/** Parts that add up to more than their stated total; a share above 100% of a whole. */
export const partsAndTotal: Rule = {
  id: 'parts-total',
  description:
    'parts after 其中 that add up to more than the total (共处理15人，其中…9人、…4人、…3人); a share (占…) above 100%',
  run: ({ doc }) =>
    bodyParagraphs(doc).flatMap((p) => {
      const out: RawDiagnostic[] = [];
      let at = 0;
      for (const sentence of p.text.split(/(?<=[。！？])/)) {
        out.push(...partsOfSentence(sentence, p.start + at), ...sharesOfSentence(sentence, p.start + at));
        at += sentence.length;
      }
      return out;
    }),
};

import type { TifaDocument } from '../document/types.js';
import { loadDictionary, type Dictionary } from '../dictionary/dictionary.js';
import { typeError } from '../util/errors.js';
import { message } from './messages.js';
import { formulationAnachronism, formulationCount, formulationMembers } from './rules/formulations.js';
import { announcedCount, headingNumbering, seriesNumbering } from './rules/numbering.js';
import { impossibleDate, numberForm, partsAndTotal, redundantApproximation } from './rules/numbers.js';
import { asciiPunctuationRule, doubledPunctuation, unmatchedMarks } from './rules/punctuation.js';
import { recycledParagraph } from './rules/recycled.js';
import { doubledWord, repeatedSentence } from './rules/repetition.js';
import { supersededReference } from './rules/superseded.js';
import { sectionTitleAt } from './text.js';
import type { CheckLang, CheckResult, Diagnostic, RawDiagnostic, Rule, RuleContext, Severity } from './types.js';

/**
 * Every rule of `tifa check`, in the order of the README.
 *
 * @example
 * ```ts
 * RULES.map((r) => r.id); // ['formulation-members', 'formulation-count', …]
 * ```
 */
export const RULES: readonly Rule[] = [
  formulationMembers,
  formulationCount,
  formulationAnachronism,
  supersededReference,
  seriesNumbering,
  headingNumbering,
  announcedCount,
  partsAndTotal,
  impossibleDate,
  redundantApproximation,
  numberForm,
  unmatchedMarks,
  asciiPunctuationRule,
  doubledPunctuation,
  doubledWord,
  repeatedSentence,
  recycledParagraph,
];

/** A rule's setting: off, on (its own severities) or a severity every diagnostic of it takes. */
export type RuleSetting = 'off' | 'on' | Severity;

/** Options of {@link check}. */
export interface CheckOptions {
  /** Language of the messages (default `zh`). */
  lang?: CheckLang;
  /** Per-rule settings, by rule id; rules not named are on. */
  rules?: Record<string, RuleSetting>;
  /** The dictionary whose formulations are checked (default: the bundled one). */
  dictionary?: Dictionary;
  /** Earlier reports to find recycled paragraphs in (`--against DIR`). */
  against?: Array<{ source: string; text: string }>;
}

/**
 * Checks a report for the mistakes proofreaders hunt: formulations with wrong members,
 * superseded meetings, numbering gaps, parts that exceed their total, impossible dates,
 * unmatched quotes, doubled words. Offsets point into `doc.text`; the order is deterministic.
 *
 * @example
 * ```ts
 * const doc = createDocument('我们要增强政治意识、大局意识、核心意识、责任意识，树牢“四个意识”。');
 * check(doc).diagnostics[0]; // { rule: 'formulation-members', severity: 'error', message: '“四个意识”的内容应为…', … }
 * ```
 */
export function check(doc: TifaDocument, options: CheckOptions = {}): CheckResult {
  const lang = options.lang ?? 'zh';
  if (lang !== 'zh' && lang !== 'en') throw typeError(`lang must be zh or en, got ${JSON.stringify(lang)}`);
  const settings = options.rules ?? {};
  for (const id of Object.keys(settings))
    if (!RULES.some((r) => r.id === id)) throw typeError(`unknown rule ${JSON.stringify(id)}`);
  const ctx: RuleContext = {
    doc,
    dictionary: options.dictionary ?? loadDictionary(),
    against: options.against ?? [],
  };
  const diagnostics: Diagnostic[] = [];
  for (const rule of RULES) {
    const setting = settings[rule.id] ?? 'on';
    if (setting === 'off') continue;
    for (const raw of rule.run(ctx)) diagnostics.push(localize(doc, rule.id, raw, lang, setting));
  }
  return { source: doc.source, diagnostics: sortUnique(diagnostics) };
}

function localize(
  doc: TifaDocument,
  rule: string,
  raw: RawDiagnostic,
  lang: CheckLang,
  setting: RuleSetting,
): Diagnostic {
  const related = raw.related?.map((r) => ({ ...r, text: doc.text.slice(r.start, r.end) }));
  return {
    rule,
    severity: setting === 'on' || setting === 'off' ? raw.severity : setting,
    start: raw.start,
    end: raw.end,
    message: message(lang, raw.key, raw.params),
    ...(raw.suggestion !== undefined ? { suggestion: raw.suggestion } : {}),
    evidence: {
      text: doc.text.slice(raw.start, raw.end),
      section: sectionTitleAt(doc, raw.start),
      ...(related ? { related } : {}),
      ...(raw.values ? { values: raw.values } : {}),
    },
  };
}

function sortUnique(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics
    .sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0))
    .filter((d) => {
      const key = `${d.rule}|${d.start}|${d.end}|${d.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

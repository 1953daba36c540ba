import type { TifaDocument } from '../document/types.js';
import type { Dictionary } from '../dictionary/dictionary.js';
import type { MessageKey, MessageParams } from './messages.js';

/** How serious a diagnostic is: `error` fails `tifa check` (exit 1). */
export type Severity = 'error' | 'warning' | 'info';

/** Language of diagnostic messages. */
export type CheckLang = 'zh' | 'en';

/**
 * One finding of {@link check}: `doc.text.slice(start, end)` is the text at fault.
 *
 * @example
 * ```ts
 * // { rule: 'redundant-approximation', severity: 'error', start: 120, end: 129,
 * //   message: '“约”与“左右”同时表示约数，语义重复，应删去其一。', suggestion: '约3000人' }
 * ```
 */
export interface Diagnostic {
  /** Rule id (see {@link RULES}). */
  rule: string;
  severity: Severity;
  /** Start in the original text. */
  start: number;
  /** End (exclusive) in the original text. */
  end: number;
  /** One plain sentence naming what is wrong and why. */
  message: string;
  /** The replacement for `text.slice(start, end)`, where there is exactly one. */
  suggestion?: string;
  /** What the finding rests on: the text at fault, its section, related places. */
  evidence?: DiagnosticEvidence;
}

/** What a diagnostic rests on. */
export interface DiagnosticEvidence {
  /** `text.slice(start, end)`. */
  text: string;
  /** Title of the deepest section containing it, or null. */
  section: string | null;
  /** Other places the finding refers to (the first occurrence of a repeated sentence, a total). */
  related?: Array<{ start: number; end: number; text: string }>;
  /** The report's own values the finding compares (announced 3, listed 4). */
  values?: Record<string, string | number | string[]>;
}

/** Result of {@link check}. */
export interface CheckResult {
  /** The document checked (its source name). */
  source: string;
  /** In text order (start, end, rule). */
  diagnostics: Diagnostic[];
}

/** A diagnostic as a rule emits it, before localization. */
export interface RawDiagnostic {
  severity: Severity;
  start: number;
  end: number;
  key: MessageKey;
  params?: MessageParams;
  suggestion?: string;
  related?: Array<{ start: number; end: number }>;
  values?: Record<string, string | number | string[]>;
}

/** What a rule may read: the document, the dictionary and the options of the run. */
export interface RuleContext {
  doc: TifaDocument;
  dictionary: Dictionary;
  /** Earlier reports' texts (`--against`), by source name. */
  against: Array<{ source: string; text: string }>;
}

/** A rule: an id, a default severity and a function of the document. */
export interface Rule {
  id: string;
  /** What it checks, one line (for `--help` and the README). */
  description: string;
  run(ctx: RuleContext): RawDiagnostic[];
}

import { evidenceText } from '../analyzers/evidence.js';
import type { TifaResult } from '../pipeline/analyze.js';
import { forEachSentenceRef } from '../pipeline/evidence.js';

/**
 * A copy of a result with the sentence text back beside each finding (`sentenceText`, cut to a
 * window around the finding when the sentence is long) and without the `sentences` table: what
 * `tifa analyze --evidence inline` writes, for readers who want each finding self-contained.
 * The result passed in is left as it is.
 *
 * @example
 * ```ts
 * const inline = inlineEvidence(result);
 * inline.claims?.[0]?.sentenceText; // '全年召开中心组学习会36次，…'
 * ```
 */
export function inlineEvidence(result: TifaResult): TifaResult {
  const { sentences, ...rest } = result;
  const copy = structuredClone(rest) as TifaResult;
  forEachSentenceRef(copy, (ref) => {
    ref.sentenceText = evidenceText(sentences, ref);
  });
  return copy;
}

// Types of fuzz-core.mjs (shared by the fuzz tests and scripts/fuzz.mjs).
import type { Arbitrary } from 'fast-check';
import type fcDefault from 'fast-check';
import type { TifaDocument, Token } from '../../src/document/types.js';
import type { TifaResult } from '../../src/pipeline/analyze.js';
import type { Quantity } from '../../src/numbers/types.js';
import type { KwicHit } from '../../src/analyzers/kwic.js';
import type { Dictionary } from '../../src/dictionary/dictionary.js';
import type { Segmenter } from '../../src/segment/segmenter.js';

export declare const HAN: string;
export declare const CN_NUMERALS: string;
export declare const UNITS: string[];
export declare const PREFIXES: string[];
export declare const SUFFIXES: string[];
export declare const POSTS: string[];
export declare const RANGE_SEPS: string[];
export declare const MARKS: string[];
export declare const HEADINGS: string[];
export declare const BLANKS: string[];
export declare const BAD_CODES: Set<string>;

export declare function toChinese(n: number): string;

export interface Arbitraries {
  unicode: Arbitrary<string>;
  codeUnits: Arbitrary<string>;
  report: Arbitrary<string>;
  numbers: Arbitrary<string>;
  marks: Arbitrary<string>;
  headings: Arbitrary<string>;
  repeated: Arbitrary<string>;
  blank: Arbitrary<string>;
  bytes: Arbitrary<Uint8Array>;
}
export declare function arbitraries(fc: typeof fcDefault, options: { terms: string[]; scale?: number }): Arbitraries;

/** The part of the library the checks use (src in tests, dist in the script). */
export interface Api {
  createDocument(input: string | Uint8Array): TifaDocument;
  analyzeDocument(doc: TifaDocument, options: { dictionary: Dictionary; segmenter: Segmenter }): TifaResult;
  scanQuantities(text: string): Quantity[];
  normalize(text: string): { normalized: string };
  kwic(doc: TifaDocument, pattern: string, options: { window: number; dictionary: Dictionary }): KwicHit[];
  TifaError: abstract new (...args: never[]) => Error & { code: string };
}
export interface Env {
  dictionary: Dictionary;
  segmenter: Segmenter;
}

export declare function check(ok: boolean, what: () => string): void;
export declare function assertJsonValue(v: unknown, path?: string): void;
export declare function checkTokens(text: string, tokens: Token[], label?: string): void;
export declare function checkQuantities(text: string, qs: Quantity[]): void;
export declare function checkResult(api: Api, doc: TifaDocument, r: TifaResult): void;
export declare function checkKwic(doc: TifaDocument, hits: KwicHit[], window: number): void;
export declare function checkInput(
  api: Api,
  env: Env,
  input: string | Uint8Array,
  options?: { kwicPatterns?: boolean },
): TifaResult | null;

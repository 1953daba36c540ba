import type { Occurrence } from '../evidence.js';
import type { MemberCheck } from './members.js';
import type { NumeralShape } from './numerals.js';
import type { SharedPart } from './parallel.js';

/** What a finding is: a numbered formulation (提法), a quoted phrase, a cited document or a parallel construction. */
export type SloganKind = 'numbered' | 'quoted' | 'document' | 'parallel';

/**
 * How a quoted phrase reads: a known formulation (“两个维护”), a candidate formulation (a
 * numeral-built phrase not in the dictionary), a slogan (“讲政治、重公道、业务精、作风好”), or
 * anything else (“打招呼”, “最美组工人”).
 */
export type QuoteClassification = 'known-formulation' | 'candidate-formulation' | 'slogan' | 'other';

/** What every finding of the slogans analyzer has. */
interface SloganBase {
  /** The finding as written at its first occurrence (`doc.text.slice(start, end)`); for parallel headings, the leads joined by ` / `. */
  text: string;
  /** Normalized form used for grouping: the dictionary term for known formulations, the normalized text otherwise. */
  canonical: string;
  /** Whether it is a formulation of the dictionary (numbered), or a quoted known formulation. */
  known: boolean;
  /** The dictionary category of a known formulation, else null. */
  category: string | null;
  /** How sure the finding is, 0–1 (1 for dictionary matches, quotes and titles). */
  confidence: number;
  /** Number of occurrences. */
  count: number;
  /** Where it occurs, in text order. */
  occurrences: Occurrence[];
}

/**
 * A numbered formulation (提法): known to the dictionary (两个维护, 三会一课) or discovered by its
 * numeral shape (两心一城, 以案三促).
 *
 * @example
 * ```ts
 * found.find((s) => s.canonical === '两个维护');
 * // { text: '两个维护', canonical: '两个维护', kind: 'numbered', known: true, category: '理论武装',
 * //   confidence: 1, count: 1, since: 2016, surfaces: ['两个维护'], occurrences: […], members: […] }
 * ```
 */
export interface NumberedSlogan extends SloganBase {
  kind: 'numbered';
  /** (known) Year the formulation was introduced, when the dictionary knows it. */
  since?: number | null;
  /** The distinct surface forms seen (variants fold into the canonical form). */
  surfaces: string[];
  /** (discovered) The numeral shape that was recognized. */
  shape?: NumeralShape;
  /** (discovered) Why it was taken for a formulation: shape, quoted, repeated, members spelled out, count-like context. */
  evidence?: string[];
  /** The members: the dictionary's, or those the report spells out next to it (see `membersFrom`). */
  members?: string[];
  /** Where `members` come from. */
  membersFrom?: 'dictionary' | 'text';
  /** (known) Places where the report lists the formulation's members, compared with the dictionary. */
  memberChecks?: MemberCheck[];
}

/** A phrase in quotation marks (“打招呼”, “两个维护”, “讲政治、重公道、业务精、作风好”). */
export interface QuotedSlogan extends SloganBase {
  kind: 'quoted';
  /** The marks of the first occurrence, e.g. `“”`, `‘’`. */
  marks: string;
  /** Whether some occurrence lies inside another quotation or title. */
  nested: boolean;
  /** How the phrase reads. */
  classification: QuoteClassification;
  /** The formulation a known-formulation or candidate-formulation phrase is. */
  formulation?: string;
}

/** A document cited by its title (《部务会议议事规则》). */
export interface DocumentSlogan extends SloganBase {
  kind: 'document';
  /** The marks of the first occurrence, e.g. `《》`. */
  marks: string;
  /** Whether some occurrence lies inside another quotation or title. */
  nested: boolean;
}

/** A parallel construction: an enumeration (问题导向、目标导向、结果导向), parallel headings, or a 一是…二是… series. */
export interface ParallelSlogan extends SloganBase {
  kind: 'parallel';
  /** The construction. */
  construction: 'enumeration' | 'headings' | 'series';
  /** The items, normalized. */
  items: string[];
  /** The shared part of the items, or null when they only share a length (讲政治、重公道、业务精、作风好). */
  shared: SharedPart | null;
  /** (enumeration) The known formulation whose members the enumeration lists. */
  formulation?: string;
}

/** One finding of the slogans analyzer, by `kind`. */
export type Slogan = NumberedSlogan | QuotedSlogan | DocumentSlogan | ParallelSlogan;

/** Options of the slogans analyzer. */
export interface SlogansOptions {
  /** Discover numbered formulations that are not in the dictionary (default true). */
  discover?: boolean;
  /** Lowest confidence at which a discovered formulation is reported (default 0.5). */
  minConfidence?: number;
  /** Report parallel constructions (default true). */
  parallel?: boolean;
  /** Longest item of a parallel enumeration, in characters (default 12). */
  maxItemLength?: number;
}

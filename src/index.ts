// The public API of tifa: what a user needs to analyze reports, compare them and render the
// results. Everything else is internal and may change; tests/index.test.ts pins this list.

// Analyze one report.
export { analyze, analyzeDocument, SCHEMA_VERSION } from './pipeline/analyze.js';
export type { TifaResult, AnalyzeOptions } from './pipeline/analyze.js';
export type { DocumentSummary } from './pipeline/summary.js';
export type { AnalyzerName, AnalyzerResults, AnalyzerOptions } from './pipeline/registry.js';

// Documents, dictionaries, segmentation.
export { createDocument, loadDocument, readDocument } from './document/document.js';
export { extractFile } from './document/extract.js';
export type { DocumentOptions, DocumentInput } from './document/document.js';
export type { Encoding } from './document/decode.js';
export type { DocumentMeta } from './document/meta.js';
export type { SectionRole, ExclusionReason } from './document/structure.js';
export type { Span, Token, Section, Sentence, TifaDocument, YearSource } from './document/types.js';
export { Dictionary, loadDictionary } from './dictionary/dictionary.js';
export type { DictionaryEntry, EntryInput, DictionaryMatch, LoadDictionaryOptions } from './dictionary/dictionary.js';
export { createSegmenter, DEFAULT_BACKEND } from './segment/segmenter.js';
export type { Segmenter, SegmenterBackend, SegmenterOptions } from './segment/segmenter.js';
export type { Producer, SegmenterInfo } from './segment/info.js';

// The analyzers, to run one on its own: analyzer(doc, createContext(doc, { dictionary }), options).
export { createContext } from './pipeline/context.js';
export type { ContextOptions } from './pipeline/context.js';
export type { AnalyzeContext, Analyzer } from './analyzers/context.js';
export type { Occurrence } from './analyzers/evidence.js';
export { terms } from './analyzers/terms.js';
export type { TermResult, CategoryResult, TermsOptions } from './analyzers/terms.js';
export { slogans } from './analyzers/slogans.js';
export type {
  Slogan,
  SloganKind,
  NumberedSlogan,
  QuotedSlogan,
  DocumentSlogan,
  ParallelSlogan,
  SlogansOptions,
  QuoteClassification,
  MemberCheck,
  SharedPart,
  NumeralShape,
} from './analyzers/slogans.js';
export { claims } from './analyzers/claims.js';
export type { Claim, ClaimsOptions, Modality, NonClaimQuantity } from './analyzers/claims.js';
export type { NotClaimReason } from './analyzers/not-claims.js';
export { keywords } from './analyzers/keywords.js';
export type { Keyword, KeywordsOptions } from './analyzers/keywords.js';
export { agenda } from './analyzers/agenda.js';
export type { AgendaItem } from './analyzers/agenda.js';
export { kwic } from './analyzers/kwic.js';
export type { KwicHit, KwicOptions } from './analyzers/kwic.js';

// Numbers.
export { scanQuantities, resolveNumber, resolveQuantity } from './numbers/index.js';
export type { ScanOptions, Approx, Quantity, QuantityError, QuantityKind, Resolution } from './numbers/index.js';

// Corpora and comparison.
export { listCorpus, analyzeCorpus, analyzeCorpusStream } from './compare/corpus.js';
export type { CorpusFile, CorpusOptions, CorpusItem, CorpusSettings, StreamOptions } from './compare/corpus.js';
export { compareResults, COMPARISON_SCHEMA_VERSION } from './compare/compare.js';
export type { ComparisonResult, CompareOptions, Evidence } from './compare/compare.js';
export type {
  ComparedDocument,
  ComparisonGroup,
  FormulationDiffusion,
  GroupVariable,
  IssuerAdoption,
} from './compare/types.js';
export { keyness } from './compare/keyness.js';
export type { KeynessStat } from './compare/keyness.js';

// Proofreading.
export { check, RULES } from './check/check.js';
export type { CheckOptions, RuleSetting } from './check/check.js';
export type { CheckLang, CheckResult, Diagnostic, Severity } from './check/types.js';

// Output.
export { renderJson, renderJsonLine } from './output/json.js';
export { inlineEvidence } from './output/evidence.js';
export { renderMarkdown } from './output/markdown.js';
export { renderComparisonMarkdown, renderTidyCsv } from './output/comparison.js';
export { renderComparisonHtml } from './output/html.js';
export { comparisonCsvTables } from './output/comparison-csv.js';
export { renderCsv, CLAIM_COLUMNS, claimRows } from './output/csv.js';
export { renderCheckText, renderCheckJson } from './output/check/text.js';
export { renderCheckHtml } from './output/check/html.js';

// Errors.
export { TifaError } from './util/errors.js';

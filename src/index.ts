export * from './document/index.js';
export * from './dictionary/index.js';
export * from './segment/index.js';
export { analyze, analyzeDocument, dictionaryFor, SCHEMA_VERSION } from './pipeline/analyze.js';
export type { TifaResult, AnalyzeOptions } from './pipeline/analyze.js';
export type { AnalyzeContext, Analyzer } from './analyzers/context.js';
export { createContext } from './pipeline/context.js';
export type { ContextOptions } from './pipeline/context.js';
export { summarizeDocument } from './pipeline/summary.js';
export type { DocumentSummary } from './pipeline/summary.js';
export type { DocumentMeta } from './document/meta.js';
export { parseManifest, metaFor } from './document/manifest.js';
export { renderJson, renderJsonLine } from './output/json.js';
export { renderMarkdown } from './output/markdown.js';
export { writeFileAtomic } from './util/write.js';
export { TifaError, typeError } from './util/errors.js';
export { terms } from './analyzers/terms.js';
export { cmp } from './util/order.js';
export type { TermResult, CategoryResult, TermsOptions } from './analyzers/terms.js';
export { kwic } from './analyzers/kwic.js';
export type { KwicHit, KwicOptions } from './analyzers/kwic.js';
export { keywords, isKeywordCandidate, textRank, DICTIONARY_BOOST } from './analyzers/keywords.js';
export type { Keyword, KeywordsOptions } from './analyzers/keywords.js';
export { genreIdf, jiebaIdfStats, GENRE_IDF_FILE } from './dictionary/idf.js';
export type { IdfTable } from './dictionary/idf.js';
export { occurrenceAt, per10k } from './analyzers/evidence.js';
export type { Occurrence } from './analyzers/evidence.js';
export { termRows, renderTermRows, csvField } from './output/term-table.js';
export type { TermRow } from './output/term-table.js';
export { mdCell } from './output/markdown-util.js';
export { agenda } from './analyzers/agenda.js';
export type { AgendaItem } from './analyzers/agenda.js';
export { ANALYZERS } from './pipeline/registry.js';
export type { AnalyzerResults, AnalyzerName } from './pipeline/registry.js';
export { listCorpus, analyzeCorpus, defaultCacheDir } from './compare/corpus.js';
export type { CorpusFile, CorpusOptions } from './compare/corpus.js';
export { compareResults, COMPARISON_SCHEMA_VERSION } from './compare/compare.js';
export type { ComparisonResult, CompareOptions, Evidence } from './compare/compare.js';
export { keyness } from './compare/keyness.js';
export type { KeynessStat } from './compare/keyness.js';
export { renderComparisonMarkdown, renderTidyCsv } from './output/comparison.js';
export { claims } from './analyzers/claims.js';
export type { Claim, ClaimsOptions, Modality } from './analyzers/claims.js';
export {
  resolveNumber,
  resolveQuantity,
  scanQuantities,
  numbersLines,
  formatQuantitiesLine,
  LEXICAL_WORDS,
} from './numbers/index.js';
export type {
  ScanOptions,
  NumbersLinesOptions,
  Approx,
  Quantity,
  QuantityError,
  QuantityKind,
  Resolution,
} from './numbers/index.js';
export { analyzeCorpusStream, analyzeCorpusFile } from './compare/corpus.js';
export type { CorpusItem, CorpusSettings, StreamOptions, WorkerReply } from './compare/corpus.js';
export { openAtomic } from './util/write.js';
export type { AtomicWriter } from './util/write.js';
export { renderComparisonHtml } from './output/html.js';
export { slogans } from './analyzers/slogans.js';
export type {
  Slogan,
  SlogansOptions,
  SloganKind,
  QuoteClassification,
  MemberCheck,
  SharedPart,
  NumeralShape,
} from './analyzers/slogans.js';

export { createDocument, loadDocument, readReportFile } from './document.js';
export type { DocumentOptions, DocumentInput } from './document.js';
export { decodeBytes } from './decode.js';
export type { Decoded, Encoding } from './decode.js';
export { normalize, toOriginalSpan } from './normalize.js';
export type { Normalized } from './normalize.js';
export { parseStructure, headingRole, matchHeading } from './structure.js';
export type { SectionRole, ExclusionReason } from './structure.js';
export type { Span, Token, Section, Sentence, TifaDocument, YearSource } from './types.js';

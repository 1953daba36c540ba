export { createSegmenter, assertBackend, DEFAULT_BACKEND, SEGMENTER_BACKENDS } from './segmenter.js';
export type { Segmenter, SegmenterBackend, SegmenterOptions, CutOptions } from './segmenter.js';
export { numberSpans } from './protect.js';
export { segmenterInfo, producerOf, dictionaryHash, NODEJIEBA_MISSING } from './info.js';
export type { SegmenterInfo, Producer } from './info.js';

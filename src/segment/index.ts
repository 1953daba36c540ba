export { createSegmenter } from './segmenter.js';
export type { Segmenter, SegmenterBackend, SegmenterOptions, CutOptions } from './segmenter.js';
export { numberSpans } from './protect.js';

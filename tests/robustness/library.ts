// The library under test as the fuzz checkers (fuzz-core.mjs) see it, built from the sources, with
// one dictionary and one segmenter shared by the property and adversarial tests.
import { createDocument } from '../../src/document/document.js';
import { normalize } from '../../src/document/normalize.js';
import { analyzeDocument } from '../../src/pipeline/analyze.js';
import { loadDictionary } from '../../src/dictionary/dictionary.js';
import { createSegmenter } from '../../src/segment/segmenter.js';
import { scanQuantities } from '../../src/numbers/index.js';
import { kwic } from '../../src/analyzers/kwic.js';
import { TifaError } from '../../src/util/errors.js';
import type { Api } from './fuzz-core.mjs';

/** The bundled dictionary. */
export const dictionary = loadDictionary();
/** The default segmenter on the bundled dictionary. */
export const segmenter = createSegmenter({ dictionary });
/** The functions the fuzz checkers call. */
export const api: Api = {
  createDocument: (i) => createDocument(i),
  analyzeDocument,
  scanQuantities: (t) => scanQuantities(t),
  normalize,
  kwic,
  TifaError,
};

import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "BUILTIN_FILES",
        "DICTIONARY_BOOST",
        "DICTIONARY_DIR",
        "Dictionary",
        "GENRE_IDF_FILE",
        "SCHEMA_VERSION",
        "TifaError",
        "analyze",
        "analyzeDocument",
        "builtinEntries",
        "cmp",
        "createDocument",
        "createSegmenter",
        "csvField",
        "decodeBytes",
        "dictionaryFor",
        "genreIdf",
        "headingRole",
        "isKeywordCandidate",
        "jiebaIdfStats",
        "keywords",
        "kwic",
        "loadDictionary",
        "loadDocument",
        "loadWordList",
        "matchHeading",
        "mdCell",
        "metaFor",
        "normalize",
        "numberSpans",
        "occurrenceAt",
        "parseFormulationsFile",
        "parseManifest",
        "parseStructure",
        "parseTermsFile",
        "parseWordList",
        "per10k",
        "renderJson",
        "renderJsonLine",
        "renderMarkdown",
        "renderTermRows",
        "summarizeDocument",
        "termRows",
        "terms",
        "textRank",
        "toOriginalSpan",
        "typeError",
        "writeFileAtomic",
      ]
    `);
  });
  it('every exported function is callable', () => {
    for (const [name, v] of Object.entries(api)) {
      if (typeof v === 'function') expect(typeof v, name).toBe('function');
    }
  });
});

import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "ANALYZERS",
        "BUILTIN_FILES",
        "COMPARISON_SCHEMA_VERSION",
        "DICTIONARY_BOOST",
        "DICTIONARY_DIR",
        "Dictionary",
        "GENRE_IDF_FILE",
        "SCHEMA_VERSION",
        "TifaError",
        "agenda",
        "analyze",
        "analyzeCorpus",
        "analyzeDocument",
        "builtinEntries",
        "cmp",
        "compareResults",
        "createDocument",
        "createSegmenter",
        "csvField",
        "decodeBytes",
        "defaultCacheDir",
        "dictionaryFor",
        "genreIdf",
        "headingRole",
        "isKeywordCandidate",
        "jiebaIdfStats",
        "keyness",
        "keywords",
        "kwic",
        "listCorpus",
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
        "renderComparisonMarkdown",
        "renderJson",
        "renderJsonLine",
        "renderMarkdown",
        "renderTermRows",
        "renderTidyCsv",
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

import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "BUILTIN_FILES",
        "DICTIONARY_DIR",
        "Dictionary",
        "SCHEMA_VERSION",
        "TifaError",
        "analyze",
        "analyzeDocument",
        "builtinEntries",
        "createDocument",
        "createSegmenter",
        "decodeBytes",
        "dictionaryFor",
        "headingRole",
        "loadDictionary",
        "loadDocument",
        "loadWordList",
        "matchHeading",
        "metaFor",
        "normalize",
        "numberSpans",
        "parseFormulationsFile",
        "parseManifest",
        "parseStructure",
        "parseTermsFile",
        "parseWordList",
        "renderJson",
        "renderJsonLine",
        "renderMarkdown",
        "summarizeDocument",
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

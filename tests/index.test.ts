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
        "LEXICAL_WORDS",
        "SCHEMA_VERSION",
        "TifaError",
        "agenda",
        "analyze",
        "analyzeCorpus",
        "analyzeCorpusFile",
        "analyzeCorpusStream",
        "analyzeDocument",
        "builtinEntries",
        "claims",
        "cmp",
        "compareResults",
        "createDocument",
        "createSegmenter",
        "csvField",
        "decodeBytes",
        "defaultCacheDir",
        "dictionaryFor",
        "formatQuantitiesLine",
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
        "numbersLines",
        "occurrenceAt",
        "openAtomic",
        "parseFormulationsFile",
        "parseManifest",
        "parseStructure",
        "parseTermsFile",
        "parseWordList",
        "per10k",
        "readReportFile",
        "renderComparisonHtml",
        "renderComparisonMarkdown",
        "renderJson",
        "renderJsonLine",
        "renderMarkdown",
        "renderTermRows",
        "renderTidyCsv",
        "resolveNumber",
        "resolveQuantity",
        "scanQuantities",
        "slogans",
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
  it('exports the entry points a newcomer uses', async () => {
    const r = await api.analyze({ text: '一、总体情况\n\n全年召开中心组学习会36次，增强“四个意识”。' });
    expect(r.claims?.map((c) => c.text)).toEqual(['36次']);
    expect(r.slogans?.some((s) => s.canonical === '四个意识')).toBe(true);
    expect(api.renderMarkdown(r)).toContain('## Headline numbers');
  });
});

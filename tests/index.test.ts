import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public API', () => {
  it('exports exactly these names (a change here is a change of the public API)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'CLAIM_COLUMNS',
      'COMPARISON_SCHEMA_VERSION',
      'DEFAULT_BACKEND',
      'Dictionary',
      'RULES',
      'SCHEMA_VERSION',
      'TifaError',
      'agenda',
      'analyze',
      'analyzeCorpus',
      'analyzeCorpusStream',
      'analyzeDocument',
      'check',
      'claimRows',
      'claims',
      'compareResults',
      'comparisonCsvTables',
      'createContext',
      'createDocument',
      'createSegmenter',
      'extractFile',
      'inlineEvidence',
      'keyness',
      'keywords',
      'kwic',
      'listCorpus',
      'loadDictionary',
      'loadDocument',
      'readDocument',
      'renderCheckHtml',
      'renderCheckJson',
      'renderCheckText',
      'renderComparisonHtml',
      'renderComparisonMarkdown',
      'renderCsv',
      'renderJson',
      'renderJsonLine',
      'renderMarkdown',
      'renderTidyCsv',
      'resolveNumber',
      'resolveQuantity',
      'scanQuantities',
      'slogans',
      'terms',
    ]);
  });
  it('exports the entry points a newcomer uses', async () => {
    const r = await api.analyze({ text: '一、总体情况\n\n全年召开中心组学习会36次，增强“四个意识”。' });
    expect(r.claims?.map((c) => c.text)).toEqual(['36次']);
    expect(r.slogans?.some((s) => s.canonical === '四个意识')).toBe(true);
    expect(api.renderMarkdown(r)).toContain('## Headline numbers');
  });
  it('runs one analyzer on its own through createContext', () => {
    const doc = api.createDocument('一、总体情况\n\n全年召开中心组学习会36次，增强“四个意识”。');
    const ctx = api.createContext(doc, { dictionary: api.loadDictionary() });
    expect(api.claims(doc, ctx).claims.map((c) => c.text)).toEqual(['36次']);
  });
});

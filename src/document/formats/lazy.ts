import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type Html = {
  parseHTML: typeof import('linkedom').parseHTML;
  Readability: typeof import('@mozilla/readability').Readability;
};
let html: Html | undefined;
let mammoth: typeof import('mammoth') | undefined;
let wordExtractor: typeof import('word-extractor').default | undefined;

/**
 * The format readers' libraries, loaded on first use: together they take over a second to load,
 * which a run over text files should not pay.
 *
 * @example
 * ```ts
 * const { parseHTML } = libraries.html();
 * ```
 */
export const libraries = {
  html(): Html {
    html ??= {
      parseHTML: (require('linkedom') as typeof import('linkedom')).parseHTML,
      Readability: (require('@mozilla/readability') as typeof import('@mozilla/readability')).Readability,
    };
    return html;
  },
  mammoth(): typeof import('mammoth') {
    mammoth ??= require('mammoth') as typeof import('mammoth');
    return mammoth;
  },
  wordExtractor(): typeof import('word-extractor').default {
    wordExtractor ??= require('word-extractor') as typeof import('word-extractor').default;
    return wordExtractor;
  },
};

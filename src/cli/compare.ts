import { availableParallelism } from 'node:os';
import { listCorpus, analyzeCorpus, defaultCacheDir } from '../compare/corpus.js';
import { compareResults, type CompareOptions } from '../compare/compare.js';
import { renderJson } from '../output/json.js';
import { renderComparisonMarkdown, renderTidyCsv } from '../output/comparison.js';
import { renderComparisonHtml } from '../output/html.js';
import {
  BACKEND_OPTION,
  DICT_OPTION,
  JOBS_OPTION,
  OUT_OPTION,
  UsageError,
  backendOf,
  defineCommand,
  formatOption,
  wholeNumber,
} from './args.js';
import { emit, ensureBackend, reportError, reportListing } from './shared.js';

/** `tifa compare`: reports across years. */
export const compareCommand = defineCommand({
  name: 'compare',
  args: 'FILES|DIR|GLOB…',
  summary: 'compare reports across years (keyness, formulations, claims, problems)',
  options: {
    format: formatOption(['json', 'md', 'csv', 'html'] as const),
    out: OUT_OPTION,
    target: { type: 'string', value: 'YEAR', help: 'the year to characterize (default: the latest)' },
    reference: {
      type: 'string',
      value: 'REF',
      choices: ['rest', 'previous'],
      default: 'rest',
      help: 'what the target is compared with',
    },
    measure: { type: 'string', value: 'M', choices: ['g2', 'chi2'], default: 'g2', help: 'keyness measure' },
    'min-count': { type: 'string', value: 'N', help: 'leave out features seen fewer than N times' },
    manifest: { type: 'string', value: 'FILE', help: 'metadata (year, title, issuer) from a MANIFEST.tsv/.csv' },
    jobs: JOBS_OPTION,
    cache: { type: 'string', value: 'DIR', help: 'cache folder (default ~/.cache/tifa)' },
    'no-cache': { type: 'boolean', help: 'do not read or write the cache' },
    dict: DICT_OPTION,
    backend: BACKEND_OPTION,
  },
  async run(values, positionals, io) {
    if (positionals.length === 0) throw new UsageError('compare needs FILES, a DIR or a GLOB');
    const compareOptions: CompareOptions = {
      reference: values.reference as 'rest' | 'previous',
      measure: values.measure as 'g2' | 'chi2',
    };
    if (values.target !== undefined) compareOptions.target = wholeNumber('target', values.target);
    if (values['min-count'] !== undefined) compareOptions.minCount = wholeNumber('min-count', values['min-count']);
    const jobs = values.jobs === undefined ? availableParallelism() : wholeNumber('jobs', values.jobs, 1);
    const backend = backendOf(values.backend);
    ensureBackend(backend);
    const listing = await listCorpus(positionals, values.manifest ? { manifest: values.manifest } : {});
    reportListing(listing, io);
    const { results, errors } = await analyzeCorpus(listing.files, {
      dictionaryFiles: values.dict ?? [],
      backend,
      cache: values['no-cache'] ? false : (values.cache ?? defaultCacheDir()),
      jobs,
    });
    for (const e of errors) reportError(e, io);
    if (results.length === 0) {
      io.stderr('tifa: no report could be analyzed\n');
      return 1;
    }
    const comparison = compareResults(results, compareOptions);
    let text: string;
    if (values.format === 'json') text = renderJson(comparison);
    else if (values.format === 'md') text = renderComparisonMarkdown(comparison);
    else if (values.format === 'csv') text = renderTidyCsv(results);
    else text = renderComparisonHtml(comparison);
    await emit(text, values.out, io);
    return errors.length > 0 || listing.missing.length > 0 ? 1 : 0;
  },
});

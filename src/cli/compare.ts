import { listCorpus, analyzeCorpus, defaultCacheDir } from '../compare/corpus.js';
import { compareResults, type CompareOptions } from '../compare/compare.js';
import { renderJson } from '../output/json.js';
import { renderComparisonMarkdown, renderTidyCsv } from '../output/comparison.js';
import { renderComparisonHtml } from '../output/html.js';
import { writeComparisonCsvTables } from '../output/comparison-csv.js';
import { parseBy } from '../compare/groups.js';
import { type DocumentMeta, parseMetaSettings } from '../document/meta.js';
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
import { defaultJobs, emit, ensureBackend, reportError, reportListing } from './shared.js';

/** `tifa compare`: reports across years. */
export const compareCommand = defineCommand({
  name: 'compare',
  args: 'FILES|DIR|GLOB…',
  summary: 'compare reports across years, issuers or genres (keyness, formulations, diffusion, claims)',
  options: {
    format: formatOption(['json', 'md', 'csv', 'html'] as const),
    out: {
      ...OUT_OPTION,
      help: 'write to PATH (atomically); with csv, a folder of tables (terms, claims, problems, plans, diffusion)',
    },
    by: {
      type: 'string',
      value: 'VARS',
      default: 'year',
      help: 'group documents by year, issuer, genre, or a panel such as issuer,year',
    },
    target: {
      type: 'string',
      value: 'GROUP',
      help: 'the group to characterize, e.g. 2025 or 国务院/2025 (default: the latest)',
    },
    reference: {
      type: 'string',
      value: 'REF',
      default: 'rest',
      help: 'what the target is compared with: rest, previous, or a group id',
    },
    measure: { type: 'string', value: 'M', choices: ['g2', 'chi2'], default: 'g2', help: 'keyness measure' },
    'min-count': { type: 'string', value: 'N', help: 'leave out features seen fewer than N times' },
    manifest: { type: 'string', value: 'FILE', help: 'metadata (year, title, issuer) from a MANIFEST.tsv/.csv' },
    meta: {
      type: 'string',
      multiple: true,
      value: 'KEY=VALUE',
      help: 'set issuer, genre, title or year for every document (over the manifest and the text); repeatable',
    },
    jobs: JOBS_OPTION,
    cache: { type: 'string', value: 'DIR', help: 'cache folder (default ~/.cache/tifa)' },
    'no-cache': { type: 'boolean', help: 'do not read or write the cache' },
    dict: DICT_OPTION,
    backend: BACKEND_OPTION,
  },
  async run(values, positionals, io) {
    if (positionals.length === 0) throw new UsageError('compare needs FILES, a DIR or a GLOB');
    let by: CompareOptions['by'];
    try {
      by = parseBy(values.by);
    } catch (e) {
      throw new UsageError(`--by: ${(e as Error).message.replace(/^tifa: compare: /, '')}`);
    }
    const compareOptions: CompareOptions = {
      by,
      reference: values.reference ?? 'rest',
      measure: values.measure as 'g2' | 'chi2',
    };
    if (values.target !== undefined) compareOptions.target = values.target;
    if (values['min-count'] !== undefined) compareOptions.minCount = wholeNumber('min-count', values['min-count']);
    const backend = backendOf(values.backend);
    ensureBackend(backend);
    const chosenJobs = values.jobs === undefined ? undefined : wholeNumber('jobs', values.jobs, 1);
    let overrides: DocumentMeta;
    try {
      overrides = parseMetaSettings(values.meta ?? []);
    } catch (e) {
      throw new UsageError((e as Error).message.replace(/^tifa: /, ''));
    }
    const listing = await listCorpus(positionals, values.manifest ? { manifest: values.manifest } : {});
    for (const file of listing.files) file.meta = { ...file.meta, ...overrides };
    reportListing(listing, io);
    const { results, errors } = await analyzeCorpus(listing.files, {
      dictionaryFiles: values.dict ?? [],
      backend,
      cache: values['no-cache'] ? false : (values.cache ?? defaultCacheDir()),
      jobs: chosenJobs ?? (await defaultJobs(listing.files)),
    });
    for (const e of errors) reportError(e, io);
    if (results.length === 0) {
      io.stderr('tifa: no report could be analyzed\n');
      return 1;
    }
    const comparison = compareResults(results, compareOptions);
    for (const warning of comparison.warnings) io.stderr(`tifa: warning: ${warning}\n`);
    const failed = errors.length > 0 || listing.missing.length > 0 ? 1 : 0;
    if (values.format === 'csv' && values.out && !/\.csv$/i.test(values.out)) {
      await writeComparisonCsvTables(values.out, comparison, results);
      return failed;
    }
    let text: string;
    if (values.format === 'json') text = renderJson(comparison);
    else if (values.format === 'md') text = renderComparisonMarkdown(comparison);
    else if (values.format === 'csv') text = renderTidyCsv(results);
    else text = renderComparisonHtml(comparison);
    await emit(text, values.out, io);
    return failed;
  },
});

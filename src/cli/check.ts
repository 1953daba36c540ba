import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadDocument } from '../document/document.js';
import { loadDictionary } from '../dictionary/dictionary.js';
import type { TifaDocument } from '../document/types.js';
import { renderCheckHtml } from '../output/check/html.js';
import { renderCheckJson, renderCheckText } from '../output/check/text.js';
import { writeFileAtomic } from '../util/write.js';
import { TifaError } from '../util/errors.js';
import { check, RULES } from '../check/check.js';
import { parseRulesOption, readCheckConfig } from '../check/config.js';
import type { CheckLang, CheckResult } from '../check/types.js';
import {
  OUT_OPTION,
  type OptionTable,
  UsageError,
  type Values,
  commandHelp,
  defineCommand,
  formatOption,
  parseCommand,
} from './args.js';

/** Where `tifa check` writes: text goes through these, so tests can capture it. */
export interface CheckIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const RULE_LIST = `Rules:\n${RULES.map((r) => `  ${r.id.padEnd(24)}${r.description}`).join('\n')}`;

async function earlierReports(dir: string, exclude: Set<string>): Promise<TifaDocument[]> {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    throw new TifaError('ENOENT', `${dir}: cannot read the --against directory`, dir);
  }
  const docs: TifaDocument[] = [];
  for (const name of names.filter((n) => /\.(txt|md|html?)$/i.test(n))) {
    const path = join(dir, name);
    if (!exclude.has(resolve(path))) docs.push(await loadDocument(path));
  }
  return docs;
}

function earlierThan(doc: TifaDocument, pool: TifaDocument[]): Array<{ source: string; text: string }> {
  return pool
    .filter((p) => doc.year === null || p.year === null || p.year < doc.year)
    .map((p) => ({ source: p.source, text: p.text }));
}

function render(format: string, files: Array<{ result: CheckResult; text: string }>): string {
  if (format === 'json') return renderCheckJson(files.map((f) => f.result));
  if (format === 'html') return renderCheckHtml(files);
  return renderCheckText(files);
}

const CHECK_OPTIONS = {
  format: formatOption(['text', 'json', 'html'] as const),
  lang: { type: 'string', value: 'LANG', choices: ['zh', 'en'], help: 'language of the messages (default zh)' },
  rules: { type: 'string', value: 'LIST', help: 'a,b: only these rules; -a: rule a off; a:warning: its severity' },
  config: {
    type: 'string',
    value: 'FILE',
    help: 'settings file (default ./tifa.config.json: {"check": {"lang", "rules"}})',
  },
  against: { type: 'string', value: 'DIR', help: 'flag paragraphs recycled from earlier reports in DIR' },
  out: OUT_OPTION,
} as const satisfies OptionTable;

/** `tifa check FILE…`: proofreads reports; exit 1 when there is an error diagnostic. */
export const checkCommand = defineCommand({
  name: 'check',
  args: 'FILE…',
  summary: 'proofread reports: formulations, meetings, numbering, numbers, punctuation, repetition',
  details: `Exit 1 when there is an error diagnostic (or a file cannot be read), 2 on misuse.\n\n${RULE_LIST}`,
  options: CHECK_OPTIONS,
  run: (values, positionals, io) => runCheckCommand(values, positionals, io, process.cwd()),
});

type CheckValues = Values<typeof CHECK_OPTIONS>;

async function runCheckCommand(values: CheckValues, positionals: string[], io: CheckIo, cwd: string): Promise<number> {
  if (positionals.length === 0) throw new UsageError('check needs at least one FILE');
  let rules: ReturnType<typeof parseRulesOption>;
  let config: ReturnType<typeof readCheckConfig>;
  try {
    rules = values.rules === undefined ? {} : parseRulesOption(values.rules);
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/^tifa: /, ''));
  }
  try {
    config = readCheckConfig(values.config, cwd);
  } catch (e) {
    io.stderr(`${(e as Error).message}\n`);
    return 1;
  }
  const lang = (values.lang ?? config.lang ?? 'zh') as CheckLang;
  const settings = { lang, rules: { ...config.rules, ...rules }, format: values.format ?? 'text' };
  return checkFiles(positionals, { ...settings, against: values.against, out: values.out }, io);
}

/**
 * Runs `tifa check` with its own arguments (what `tifa check ARGS…` does), resolving the
 * default config file against `cwd`; resolves to the exit code.
 *
 * @example
 * ```ts
 * const code = await runCheck(['report.txt', '--format', 'json'], { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) });
 * ```
 */
export async function runCheck(argv: string[], io: CheckIo, cwd = process.cwd()): Promise<number> {
  try {
    const { values, positionals } = parseCommand(checkCommand, argv);
    if (values.help) {
      io.stdout(commandHelp(checkCommand));
      return 0;
    }
    return await runCheckCommand(values, positionals, io, cwd);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`tifa: ${e.message}\ntry 'tifa check --help'\n`);
    return 2;
  }
}

async function checkFiles(
  paths: string[],
  o: {
    lang: CheckLang;
    rules: ReturnType<typeof parseRulesOption>;
    format: string;
    against?: string | undefined;
    out?: string | undefined;
  },
  io: CheckIo,
): Promise<number> {
  let failed = false;
  let pool: TifaDocument[] = [];
  const files: Array<{ result: CheckResult; text: string }> = [];
  const dictionary = loadDictionary();
  try {
    if (o.against) pool = await earlierReports(o.against, new Set(paths.map((p) => resolve(p))));
  } catch (e) {
    io.stderr(`${(e as Error).message}\n`);
    return 1;
  }
  for (const path of paths) {
    try {
      const doc = await loadDocument(path);
      const result = check(doc, { lang: o.lang, rules: o.rules, dictionary, against: earlierThan(doc, pool) });
      files.push({ result, text: doc.text });
      if (result.diagnostics.some((d) => d.severity === 'error')) failed = true;
    } catch (e) {
      if (!(e instanceof TifaError)) throw e;
      io.stderr(`${e.message}\n`);
      failed = true;
    }
  }
  const output = render(o.format, files);
  if (o.out) await writeFileAtomic(o.out, output);
  else io.stdout(output);
  return failed ? 1 : 0;
}

import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDocument } from '../document/document.js';
import { loadDictionary } from '../dictionary/dictionary.js';
import type { TifaDocument } from '../document/types.js';
import { renderCheckHtml } from '../output/check/html.js';
import { renderCheckJson, renderCheckText } from '../output/check/text.js';
import { writeFileAtomic } from '../output/write.js';
import { TifaError } from '../util/errors.js';
import { check, RULES } from './check.js';
import { parseRulesOption, readCheckConfig } from './config.js';
import type { CheckLang, CheckResult } from './types.js';

/** Where `tifa check` writes: text goes through these, so tests can capture it. */
export interface CheckIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** Usage of `tifa check`. */
export const CHECK_USAGE = `Usage: tifa check FILE… [options]

Proofreads reports: formulations, superseded meetings, numbering, numbers, punctuation, repetition.
Exit 1 when there is an error diagnostic (or a file cannot be read), 2 on misuse.

Options:
  --format text|json|html   output (default text, like eslint's stylish)
  --lang zh|en              language of the messages (default zh)
  --rules LIST              a,b: only these rules; --rules=-a: rule a off; a:warning: its severity
  --config FILE             settings file (default ./tifa.config.json: {"check": {"lang", "rules"}})
  --against DIR             flag paragraphs recycled from earlier reports in DIR
  --out PATH                write to PATH instead of stdout
  -h, --help                show this help

Rules:
${RULES.map((r) => `  ${r.id.padEnd(24)}${r.description}`).join('\n')}`;

const OPTIONS = {
  format: { type: 'string' },
  lang: { type: 'string' },
  rules: { type: 'string' },
  config: { type: 'string' },
  against: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function usage(io: CheckIo, message: string): number {
  io.stderr(`tifa: ${message}\n${CHECK_USAGE}\n`);
  return 2;
}

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

/**
 * `tifa check FILE…`: checks each file, prints the diagnostics and returns the exit code
 * (0 clean or only warnings, 1 an error diagnostic or an unreadable file, 2 misuse).
 *
 * @example
 * ```ts
 * const code = await runCheck(['report.txt', '--format', 'json'], { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) });
 * ```
 */
export async function runCheck(argv: string[], io: CheckIo, cwd = process.cwd()): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    return usage(io, (e as Error).message.split('\n')[0]!);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${CHECK_USAGE}\n`);
    return 0;
  }
  if (positionals.length === 0) return usage(io, 'check needs at least one FILE');
  const format = values.format ?? 'text';
  if (!['text', 'json', 'html'].includes(format))
    return usage(io, `--format must be text, json or html, got ${format}`);
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en')
    return usage(io, `--lang must be zh or en, got ${values.lang}`);
  let rules: ReturnType<typeof parseRulesOption>;
  let config: ReturnType<typeof readCheckConfig>;
  try {
    rules = values.rules === undefined ? {} : parseRulesOption(values.rules);
    config = readCheckConfig(values.config, cwd);
  } catch (e) {
    if (e instanceof TypeError) return usage(io, (e as Error).message.replace(/^tifa: /, ''));
    io.stderr(`${(e as Error).message}\n`);
    return 1;
  }
  const lang = (values.lang ?? config.lang ?? 'zh') as CheckLang;
  const settings = { lang, rules: { ...config.rules, ...rules }, format };
  return checkFiles(positionals, { ...settings, against: values.against, out: values.out }, io);
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

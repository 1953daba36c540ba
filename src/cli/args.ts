import { parseArgs } from 'node:util';
import { SEGMENTER_BACKENDS, DEFAULT_BACKEND, type SegmenterBackend } from '../segment/segmenter.js';

/**
 * A misuse of the command line (unknown option, missing argument, bad value): reported as one
 * line plus `try 'tifa CMD --help'`, exit 2.
 *
 * @example
 * ```ts
 * throw new UsageError('analyze needs at least one FILE, DIR or GLOB');
 * ```
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Where a command writes and reads (tests pass their own). */
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: () => Promise<Buffer>;
  /** stdin read chunk by chunk (for --input jsonl); without it, `stdin()` is read whole. */
  stdinStream?: () => AsyncIterable<Buffer>;
}

/** One option of a command, as parsed and as listed by `tifa CMD --help`. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** Name of the value in the help (`N`, `FILE`); string options only. */
  value?: string;
  /** The allowed values; anything else is a usage error. */
  choices?: readonly string[];
  /** The value used when the option is absent (shown in the help). */
  default?: string;
  /** One line for the help. */
  help: string;
}

/** A command's options by long name. */
export type OptionTable = Record<string, OptionSpec>;

type ValueOf<S extends OptionSpec> = S['type'] extends 'boolean'
  ? S['multiple'] extends true
    ? boolean[]
    : boolean
  : S['multiple'] extends true
    ? string[]
    : string;

/** Parsed option values, typed after the command's option table. */
export type Values<O extends OptionTable> = { [K in keyof O]?: ValueOf<O[K]> };

/**
 * A subcommand: its name, arguments, options and what it runs. `tifa CMD --help` and the
 * top-level usage are generated from these fields, so a new command lists all its options.
 */
export interface Command<O extends OptionTable = OptionTable> {
  name: string;
  /** The positional arguments as shown in the usage line (`FILE|DIR|GLOB…`). */
  args: string;
  /** One line for the command list. */
  summary: string;
  /** More lines for `tifa CMD --help` (optional). */
  details?: string;
  options: O;
  run(values: Values<O>, positionals: string[], io: Io): Promise<number>;
}

/**
 * Declares a command with its option types inferred from the option table.
 *
 * @example
 * ```ts
 * export const hello = defineCommand({ name: 'hello', args: 'NAME', summary: 'greets', options: {}, run: async (_v, [n], io) => (io.stdout(`${n}\n`), 0) });
 * ```
 */
export function defineCommand<const O extends OptionTable>(command: Command<O>): Command<O> {
  return command;
}

/** `--dict FILE` (repeatable). */
export const DICT_OPTION = {
  type: 'string',
  multiple: true,
  value: 'FILE',
  help: 'add a dictionary file (term<TAB>category<TAB>aliases); repeatable',
} as const satisfies OptionSpec;

/** `--backend NAME`. */
export const BACKEND_OPTION = {
  type: 'string',
  value: 'NAME',
  choices: SEGMENTER_BACKENDS,
  default: DEFAULT_BACKEND,
  help: 'segmenter (nodejieba is optional: npm install nodejieba)',
} as const satisfies OptionSpec;

/** `--out PATH`: written atomically instead of stdout. */
export const OUT_OPTION = {
  type: 'string',
  value: 'PATH',
  help: 'write to PATH (atomically) instead of stdout',
} as const satisfies OptionSpec;

/** `--jobs N`. */
export const JOBS_OPTION = {
  type: 'string',
  short: 'j',
  value: 'N',
  help: 'worker threads (default: one per 8 MB of input, at most one per core)',
} as const satisfies OptionSpec;

/** `--format` with the given choices, the first being the default. */
export function formatOption<const C extends readonly [string, ...string[]]>(choices: C) {
  return { type: 'string', value: 'FMT', choices, default: choices[0], help: 'output format' } as const;
}

const HELP_OPTION: OptionSpec = { type: 'boolean', short: 'h', help: 'show this help' };

/**
 * Parses a command's arguments: unknown options, missing values and values outside `choices`
 * are usage errors; absent options with a `default` get it.
 *
 * @example
 * ```ts
 * parseCommand(analyzeCommand, ['report.txt', '--format', 'md']).values.format; // 'md'
 * ```
 */
export function parseCommand<O extends OptionTable>(
  command: Command<O>,
  args: string[],
): { values: Values<O> & { help?: boolean }; positionals: string[] } {
  const table: OptionTable = { ...command.options, help: HELP_OPTION };
  const options = Object.fromEntries(
    Object.entries(table).map(([name, s]) => [
      name,
      { type: s.type, ...(s.short ? { short: s.short } : {}), ...(s.multiple ? { multiple: true } : {}) },
    ]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(parseArgsMessage((e as Error).message));
  }
  const values = parsed.values as Record<string, unknown>;
  for (const [name, s] of Object.entries(table)) {
    const v = values[name];
    if (v === undefined && s.default !== undefined) values[name] = s.default;
    else if (typeof v === 'string' && s.choices && !s.choices.includes(v))
      throw new UsageError(`--${name} must be one of ${s.choices.join(', ')}, got ${JSON.stringify(v)}`);
  }
  return { values: values as Values<O> & { help?: boolean }, positionals: parsed.positionals };
}

/** node:util's message, first sentence, in tifa's wording. */
function parseArgsMessage(message: string): string {
  const first = message.split('\n')[0]!.replace(/\. To specify a positional.*$/, '');
  return first.charAt(0).toLowerCase() + first.slice(1);
}

/**
 * `tifa CMD --help`: usage line, summary and every option with its values and default.
 *
 * @example
 * ```ts
 * commandHelp(analyzeCommand); // 'Usage: tifa analyze [options] FILE|DIR|GLOB…\n…'
 * ```
 */
export function commandHelp(command: Command): string {
  const rows = Object.entries({ ...command.options, help: HELP_OPTION }).map(([name, s]) => {
    const flag = `${s.short ? `-${s.short}, ` : '    '}--${name}${s.type === 'string' ? ` ${s.value ?? 'VALUE'}` : ''}`;
    const extra = `${s.choices ? `: ${s.choices.join('|')}` : ''}${s.default !== undefined ? ` (default ${s.default})` : ''}`;
    return [flag, s.help + extra] as const;
  });
  const width = Math.max(...rows.map(([f]) => f.length)) + 2;
  const lines = [`Usage: tifa ${command.name} [options] ${command.args}`, '', command.summary];
  if (command.details) lines.push('', command.details);
  lines.push('', 'Options:', ...rows.map(([f, h]) => `  ${f.padEnd(width)}${h}`));
  return `${lines.join('\n')}\n`;
}

/**
 * The top-level usage: every command of the table with its summary.
 *
 * @example
 * ```ts
 * usage(COMMANDS).startsWith('Usage: tifa <command>'); // true
 * ```
 */
export function usage(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    'Usage: tifa <command> [options] [arguments]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    "Run 'tifa <command> --help' for a command's options.",
    '',
    '  -h, --help     show this help',
    '  -V, --version  show the version',
    '',
  ].join('\n');
}

/**
 * A whole number option value, or a usage error naming the option.
 *
 * @example
 * ```ts
 * wholeNumber('jobs', '4'); // 4
 * ```
 */
export function wholeNumber(name: string, v: string, min = 0): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isInteger(n) || n < min)
    throw new UsageError(
      `--${name} must be a whole number${min > 0 ? ` of at least ${min}` : ''}, got ${JSON.stringify(v)}`,
    );
  return n;
}

/** The backend option's value, typed. */
export function backendOf(v: string | undefined): SegmenterBackend {
  return (v ?? DEFAULT_BACKEND) as SegmenterBackend;
}

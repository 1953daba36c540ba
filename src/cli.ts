import { TifaError } from './util/errors.js';
import { tifaVersion } from './util/version.js';
import { UsageError, commandHelp, parseCommand, usage, type Command, type Io } from './cli/args.js';
import { defaultIo } from './cli/shared.js';
import { analyzeCommand } from './cli/analyze.js';
import { segmentCommand } from './cli/segment.js';
import { kwicCommand } from './cli/kwic.js';
import { termsCommand } from './cli/terms.js';
import { numbersCommand } from './cli/numbers.js';
import { compareCommand } from './cli/compare.js';
import { checkCommand } from './cli/check.js';
import { extractCommand } from './cli/extract.js';

export type { Io } from './cli/args.js';

/**
 * The subcommands, in the order the usage lists them. To add one, write a
 * `defineCommand({ name, args, summary, options, run })` in src/cli/NAME.ts and list it here:
 * parsing, `tifa NAME --help`, usage errors and the top-level usage follow from the entry.
 */
export const COMMANDS: readonly Command[] = [
  analyzeCommand,
  segmentCommand,
  kwicCommand,
  termsCommand,
  numbersCommand,
  compareCommand,
  checkCommand,
  extractCommand,
] as readonly Command[];

/** Exit codes: success, a file could not be processed (the others still were), misuse. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Ends quietly when stdout's reader has gone (`tifa analyze DIR --format jsonl | head`). */
function quietOnClosedPipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT.ok);
    throw e;
  });
}

function installProcessHandlers(): void {
  // Ctrl-C runs the exit handlers, which remove half-written temporary files.
  process.once('SIGINT', () => process.exit(130));
  process.once('SIGTERM', () => process.exit(143));
  process.once('SIGHUP', () => process.exit(129));
  quietOnClosedPipe();
}

async function runCommand(command: Command, args: string[], io: Io): Promise<number> {
  try {
    const { values, positionals } = parseCommand(command, args);
    if (values.help) {
      io.stdout(commandHelp(command));
      return EXIT.ok;
    }
    return await command.run(values, positionals, io);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`tifa: ${e.message}\ntry 'tifa ${command.name} --help'\n`);
    return EXIT.usage;
  }
}

/**
 * Runs the command line and resolves to the exit code: 0 success, 1 a file could not be
 * read or decoded (the others are still processed), 2 misuse. Errors are one line on stderr:
 * `tifa: FILE: what is wrong` for input, `tifa: …` plus `try 'tifa CMD --help'` for misuse.
 *
 * @example
 * ```ts
 * process.exitCode = await main(['analyze', 'report.txt', '--format', 'md']);
 * ```
 */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [name, ...rest] = argv;
  if (io === defaultIo) installProcessHandlers();
  try {
    if (name === undefined) {
      io.stderr(usage(COMMANDS));
      return EXIT.usage;
    }
    if (name === '-h' || name === '--help' || name === 'help') {
      const topic = COMMANDS.find((c) => c.name === rest[0]);
      io.stdout(topic ? commandHelp(topic) : usage(COMMANDS));
      return EXIT.ok;
    }
    if (name === '-V' || name === '-v' || name === '--version') {
      io.stdout(`${tifaVersion()}\n`);
      return EXIT.ok;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) {
      const what = name.startsWith('-') ? 'unknown option' : 'unknown command';
      io.stderr(`tifa: ${what} ${JSON.stringify(name)}\ntry 'tifa --help'\n`);
      return EXIT.usage;
    }
    return await runCommand(command, rest, io);
  } catch (e) {
    if (e instanceof TifaError || (e instanceof TypeError && e.message.startsWith('tifa:'))) {
      io.stderr(`${e.message}\n`);
      return EXIT.failed;
    }
    throw e;
  }
}

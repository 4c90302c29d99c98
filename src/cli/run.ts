import { ConfigError } from '../errors.js';

/**
 * The reader of our output went away (`npm run ask … | head -c 10`): there is no one left to
 * tell anything, so the program ends at once, quietly and successfully, as `cat` does.
 */
function exitOnClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`Error: cannot write the output (${error.code ?? error.message}).\n`);
  process.exit(1);
}

/** What a command-line entry point takes: its usage text, and which arguments fit it. */
export interface CommandLine {
  /** Printed on `--help` (stdout, exit 0) and on arguments that do not fit (stderr, exit 2). */
  usage: string;
  /** Whether the arguments are ones the program takes; by default, none at all. */
  accepts?: (args: readonly string[]) => boolean;
}

/**
 * Whether the program should run: `--help` or `-h` prints the usage and ends successfully,
 * arguments it does not take print the usage and end with exit code 2 (as a mistyped flag must
 * not rebuild an index or start a long benchmark).
 */
function argumentsFit({ usage, accepts = (args) => args.length === 0 }: CommandLine, args: readonly string[]): boolean {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${usage}\n`);
    return false;
  }
  if (accepts(args)) return true;
  process.stderr.write(`${usage}\n`);
  process.exitCode = 2;
  return false;
}

/**
 * Runs a command-line entry point: a configuration problem (bad setting, missing article) is
 * one clear line and exit code 1; a closed output pipe ends it quietly with exit code 0;
 * anything else is a bug and is printed in full. With a {@link CommandLine}, `--help` and
 * arguments the program does not take are answered with its usage first.
 */
export function runMain(main: () => Promise<void>, commandLine?: CommandLine): void {
  process.stdout.on('error', exitOnClosedPipe);
  if (commandLine && !argumentsFit(commandLine, process.argv.slice(2))) return;
  main().catch((error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`Error: ${error.message}\n`);
    } else {
      process.stderr.write(`Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exitCode = 1;
  });
}

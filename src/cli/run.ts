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

/**
 * Runs a command-line entry point: a configuration problem (bad setting, missing article) is
 * one clear line and exit code 1; a closed output pipe ends it quietly with exit code 0;
 * anything else is a bug and is printed in full.
 */
export function runMain(main: () => Promise<void>): void {
  process.stdout.on('error', exitOnClosedPipe);
  main().catch((error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`Error: ${error.message}\n`);
    } else {
      process.stderr.write(`Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exitCode = 1;
  });
}

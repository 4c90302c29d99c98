import { ConfigError } from '../errors.js';

/**
 * Runs a command-line entry point: a configuration problem (bad setting, missing article) is
 * one clear line and exit code 1; anything else is a bug and is printed in full.
 */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`Error: ${error.message}\n`);
    } else {
      process.stderr.write(`Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exitCode = 1;
  });
}

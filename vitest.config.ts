import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The suite spawns child processes and loopback servers; two cores do not benefit from more forks.
    maxWorkers: 2,
  },
});

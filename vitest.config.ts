import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The PostgreSQL suites share one database; files run one at a time per worker, schemas keep them apart.
    pool: 'forks',
  },
});

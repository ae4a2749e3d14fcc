import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The PostgreSQL suites share one database; files run one at a time per worker, schemas keep them apart.
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts', 'web/src/**/*.test.tsx'],
          exclude: [...configDefaults.exclude, 'test/e2e/**', 'test/crash/**'],
        },
      },
      {
        // The browser tests drive the built web app: their setup builds it first when it is missing or stale.
        extends: true,
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/build-web-app.ts'],
        },
      },
      {
        // The crash tests start real servers and surge them: they run alone, after the others, so that the machine's
        // two cores are theirs and a killed worker's successor starts in seconds, as it would in production.
        extends: true,
        test: {
          name: 'crash',
          include: ['test/crash/**/*.test.ts'],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Global setup of the browser tests: builds the web app with Vite when `web/dist` is missing or older than any of
 * its sources (the app's own files and the domain code it bundles), so `npm test` always tests the current app.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUNDLE_PAGE = join(ROOT, 'web', 'dist', 'index.html');
const SOURCES = [
  join(ROOT, 'web', 'src'),
  join(ROOT, 'web', 'index.html'),
  join(ROOT, 'web', 'vite.config.ts'),
  join(ROOT, 'src', 'domain'),
];
/** A build that takes longer has hung; the tests would fail on a missing bundle anyway. */
const BUILD_TIMEOUT_MS = 120_000;

function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stats.mtimeMs);
}

export function webBundleIsStale(): boolean {
  if (!existsSync(BUNDLE_PAGE)) return true;
  const built = statSync(BUNDLE_PAGE).mtimeMs;
  return SOURCES.some((source) => existsSync(source) && newestChange(source) > built);
}

export function setup(): void {
  if (!webBundleIsStale()) return;
  process.stdout.write('Building the web app for the browser tests (vite build)…\n');
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      join(ROOT, 'web', 'vite.config.ts'),
      '--logLevel',
      'warn',
    ],
    {
      cwd: ROOT,
      stdio: 'inherit',
      timeout: BUILD_TIMEOUT_MS,
    },
  );
}

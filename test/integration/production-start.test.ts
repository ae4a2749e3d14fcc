import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { resolveDataKey } from '../../src/main/data-key.js';
import { DEMO_USERS } from '../../src/main/demo/demo-users.js';
import { assertSafeForProduction, demoUsersWhoCanSignIn } from '../../src/main/production-guard.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const KEY_HEX = 'ab'.repeat(32);

describe('the data key at start', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ordergate-key-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('is required when NODE_ENV=production', () => {
    const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: `sqlite:${join(folder, 'prod.db')}` });
    expect(() => resolveDataKey(config)).toThrow(/ORDERGATE_DATA_KEY is required/);
  });

  it('is taken from ORDERGATE_DATA_KEY as 64 hex digits or base64 of 32 bytes', () => {
    const hex = resolveDataKey(loadConfig({ NODE_ENV: 'production', ORDERGATE_DATA_KEY: KEY_HEX }));
    expect(hex.equals(Buffer.from(KEY_HEX, 'hex'))).toBe(true);
    const base64 = resolveDataKey(loadConfig({ ORDERGATE_DATA_KEY: Buffer.from(KEY_HEX, 'hex').toString('base64') }));
    expect(base64.equals(hex)).toBe(true);
    expect(() => resolveDataKey(loadConfig({ ORDERGATE_DATA_KEY: 'too short' }))).toThrow(/32 bytes/);
  });

  it('is made once for a development start, kept beside the database (owner-only), and found again', () => {
    const config = loadConfig({ DATABASE_URL: `sqlite:${join(folder, 'dev', 'ordergate.db')}` });
    const first = resolveDataKey(config);
    const file = join(folder, 'dev', 'ordergate.key');
    expect(readFileSync(file, 'utf8')).toBe(first.toString('hex'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(resolveDataKey(config).equals(first)).toBe(true);
  });

  it('turns the demo off in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production', ORDERGATE_DATA_KEY: KEY_HEX }).demo).toBe(false);
    expect(loadConfig({}).demo).toBe(true);
  });
});

describe('a production start with the demo users', () => {
  let t: TestApp;
  const production = loadConfig({ NODE_ENV: 'production', ORDERGATE_DATA_KEY: KEY_HEX });

  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(() => t.close());

  it('refuses to run while any demo user can sign in with the demo password, naming them', async () => {
    await expect(assertSafeForProduction(production, t.services)).rejects.toThrow(/sh\.sales.*admin/);
    await expect(assertSafeForProduction(loadConfig({}), t.services)).resolves.toBeUndefined();
  });

  it('runs once every demo user is disabled or has another password', async () => {
    const [first, ...others] = DEMO_USERS;
    const user = (await t.services.runner.read.users.findByUsername(first!.username))!;
    const passwordHash = await t.services.hashPassword('a password nobody published');
    await t.services.runner.run(async (unit) => {
      await unit.users.update({ ...user, passwordHash });
      for (const demo of others.slice(0, -1)) {
        const account = (await unit.users.findByUsername(demo.username))!;
        await unit.users.update({ ...account, disabled: true });
      }
    });
    expect(await demoUsersWhoCanSignIn(t.services)).toEqual([others.at(-1)!.username]);
    await expect(assertSafeForProduction(production, t.services)).rejects.toThrow(others.at(-1)!.username);
    const last = (await t.services.runner.read.users.findByUsername(others.at(-1)!.username))!;
    await t.services.runner.run((unit) => unit.users.update({ ...last, disabled: true }));
    await expect(assertSafeForProduction(production, t.services)).resolves.toBeUndefined();
  });
});

/** Starts the real server process and answers how it ended (it must end: each start here is refused). */
function startServer(environment: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/main/server.ts'],
      { env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'silent', ...environment }, timeout: 20_000 },
      (error, _stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stderr }),
    );
  });
}

describe('the server process under NODE_ENV=production', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ordergate-start-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('refuses to start without ORDERGATE_DATA_KEY', async () => {
    const ended = await startServer({ NODE_ENV: 'production', DATABASE_URL: `sqlite:${join(folder, 'a.db')}` });
    expect(ended.code).toBe(1);
    expect(ended.stderr).toMatch(/ORDERGATE_DATA_KEY is required/);
  });

  it('refuses to start with the demo users', async () => {
    const ended = await startServer({
      NODE_ENV: 'production',
      ORDERGATE_DATA_KEY: KEY_HEX,
      ORDERGATE_DEMO: '1',
      DATABASE_URL: `sqlite:${join(folder, 'b.db')}`,
    });
    expect(ended.code).toBe(1);
    expect(ended.stderr).toMatch(/refuses to run while demo users can sign in/);
  });
});

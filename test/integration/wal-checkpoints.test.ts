import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../src/adapters/db/open-database.js';

describe('copying the SQLite WAL into the database file', () => {
  let folder: string;
  let database: OpenDatabase | null = null;

  afterEach(async () => {
    await database?.close();
    database = null;
    rmSync(folder, { recursive: true, force: true });
  });

  it('copies committed pages in the background, long before the writer’s own checkpoint would', async () => {
    folder = mkdtempSync(join(tmpdir(), 'ordergate-wal-'));
    const path = join(folder, 'ordergate.db');
    database = openDatabase({ dialect: 'sqlite', path });
    await sql`CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT NOT NULL)`.execute(database.db);
    const before = statSync(path).size;
    // About 500 pages of 4 KiB: far below the 10,000 at which the writing connection checkpoints.
    await database.db.transaction().execute(async (trx) => {
      for (let row = 0; row < 500; row++) {
        await sql`INSERT INTO filler (text) VALUES (${'x'.repeat(4_000)})`.execute(trx);
      }
    });
    const deadline = Date.now() + 10_000;
    while (statSync(path).size < before + 1_000_000 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(statSync(path).size).toBeGreaterThan(before + 1_000_000);
    const rows = await sql<{ count: number }>`SELECT count(*) AS count FROM filler`.execute(database.db);
    expect(Number(rows.rows[0]?.count)).toBe(500);
  });

  it('lets a process whose only work was the database end once it is closed', async () => {
    folder = mkdtempSync(join(tmpdir(), 'ordergate-wal-'));
    // With nothing else to wait for, a close that awaited a thread not holding the process open would never end.
    const program = `
      import { openDatabase } from './src/adapters/db/open-database.ts';
      const database = openDatabase({ dialect: 'sqlite', path: process.argv[1] });
      await database.close();
      console.log('closed');`;
    const ended = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '--eval', program, join(folder, 'ordergate.db')],
        { timeout: 20_000 },
        (error, stdout) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout }),
      );
    });
    expect(ended).toEqual({ code: 0, stdout: 'closed\n' });
  });
});

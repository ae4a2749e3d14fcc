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
});

import { sql, type Kysely } from 'kysely';
import type { PartRepository } from '../../application/ports/repositories.js';
import type { Part } from '../../domain/materials/part-types.js';
import { assert } from '../../domain/shared/assert.js';
import { queryTemplate } from './query-template.js';
import type { Database } from './schema.js';

const takePart = queryTemplate((db, code: string) =>
  db
    .updateTable('parts')
    .set({ available_units: sql<number>`available_units - 1`, reserved_units: sql<number>`reserved_units + 1` })
    .where('code', '=', code)
    .where('available_units', '>', 0),
);

function partFromRow(row: Database['parts']): Part {
  const part = {
    code: row.code,
    name: row.name,
    availableUnits: Number(row.available_units),
    reservedUnits: Number(row.reserved_units),
    expectedAt: row.expected_at,
  };
  assert(part.availableUnits >= 0 && part.reservedUnits >= 0, `part ${row.code} below zero`);
  return part;
}

export class KyselyPartRepository implements PartRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findMany(codes: readonly string[]): Promise<readonly Part[]> {
    if (codes.length === 0) return [];
    const rows = await this.db
      .selectFrom('parts')
      .selectAll()
      .where('code', 'in', [...codes])
      .execute();
    return rows.map(partFromRow);
  }

  async list(): Promise<readonly Part[]> {
    const rows = await this.db.selectFrom('parts').selectAll().orderBy('code').execute();
    return rows.map(partFromRow);
  }

  async reserve(code: string): Promise<boolean> {
    const result = await takePart(this.db, code);
    return Number(result.numAffectedRows) === 1;
  }

  async release(code: string): Promise<void> {
    const result = await this.db
      .updateTable('parts')
      .set({ available_units: sql<number>`available_units + 1`, reserved_units: sql<number>`reserved_units - 1` })
      .where('code', '=', code)
      .where('reserved_units', '>', 0)
      .executeTakeFirst();
    assert(Number(result.numUpdatedRows) === 1, `released a unit of part ${code} never reserved`);
  }

  async setSupply(code: string, availableUnits: number, expectedAt: string | null): Promise<Part | null> {
    const row = await this.db
      .updateTable('parts')
      .set({ available_units: availableUnits, expected_at: expectedAt })
      .where('code', '=', code)
      .returningAll()
      .executeTakeFirst();
    return row ? partFromRow(row) : null;
  }
}

import type { Kysely } from 'kysely';
import type { DemoCarRepository } from '../../application/ports/sales-repositories.js';
import type { DemoCar } from '../../domain/test-drive/demo-car.js';
import type { Database, DemoCarRow } from './schema.js';

function carFromRow(row: DemoCarRow): DemoCar {
  return {
    id: row.id,
    dealerCode: row.dealer_code,
    model: row.model,
    trim: row.trim,
    plate: row.plate,
    available: Number(row.available) === 1,
    createdAt: row.created_at,
  };
}

export class KyselyDemoCarRepository implements DemoCarRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findById(id: string): Promise<DemoCar | null> {
    const row = await this.db.selectFrom('demo_cars').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? carFromRow(row) : null;
  }

  async list(dealerCode: string | null, limit: number): Promise<readonly DemoCar[]> {
    let query = this.db.selectFrom('demo_cars').selectAll();
    if (dealerCode !== null) query = query.where('dealer_code', '=', dealerCode);
    const rows = await query.orderBy('dealer_code').orderBy('created_at').orderBy('id').limit(limit).execute();
    return rows.map(carFromRow);
  }

  async insert(car: DemoCar): Promise<boolean> {
    // The plate's unique key decides, so two managers registering one plate at once cannot both succeed.
    const result = await this.db
      .insertInto('demo_cars')
      .values({
        id: car.id,
        dealer_code: car.dealerCode,
        model: car.model,
        trim: car.trim,
        plate: car.plate,
        available: car.available ? 1 : 0,
        created_at: car.createdAt,
      })
      .onConflict((oc) => oc.column('plate').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  async setAvailable(id: string, available: boolean): Promise<DemoCar | null> {
    await this.db
      .updateTable('demo_cars')
      .set({ available: available ? 1 : 0 })
      .where('id', '=', id)
      .execute();
    return this.findById(id);
  }
}

import type { Kysely } from 'kysely';
import type {
  ProductionRepository,
  ScheduledSlot,
  SlotQuery,
  StoredOrder,
  WaitingOrdersQuery,
} from '../../application/ports/repositories.js';
import type { OrderStatus } from '../../domain/order/order-status.js';
import { bookingKey } from '../../domain/scheduling/plant-capacity.js';
import type { DialectName } from './open-database.js';
import type { PersonalDataCipher } from '../../application/ports/personal-data-cipher.js';
import { orderFromRow } from './order-row-mapping.js';
import type { Database } from './schema.js';

/** A cancelled order gives its capacity back; its sequence number and VIN stay spent. */
const CANCELLED: OrderStatus = 'cancelled';

export class KyselyProductionRepository implements ProductionRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
    /** Opens the sealed identity numbers of the orders read. */
    private readonly cipher: PersonalDataCipher,
  ) {}

  async lockPlant(plant: string): Promise<boolean> {
    let query = this.db.selectFrom('plants').select('code').where('code', '=', plant);
    // SQLite has a single writer: a write transaction already excludes every other scheduler.
    if (this.dialect === 'postgres') query = query.forUpdate();
    return (await query.executeTakeFirst()) !== undefined;
  }

  async waitingOrders(request: WaitingOrdersQuery): Promise<readonly StoredOrder[]> {
    if (request.models.length === 0) return [];
    let query = this.db
      .selectFrom('orders')
      .selectAll()
      .where('status', '=', 'verified')
      .where('model', 'in', [...request.models])
      .where('decided_at', 'is not', null);
    if (request.verifiedBy !== null) query = query.where('decided_at', '<=', request.verifiedBy);
    const after = request.after;
    if (after !== null) {
      query = query.where((eb) =>
        eb.or([
          eb('decided_at', '>', after.decidedAt),
          eb.and([eb('decided_at', '=', after.decidedAt), eb('id', '>', after.id)]),
        ]),
      );
    }
    query = query.orderBy('decided_at', 'asc').orderBy('id', 'asc').limit(request.limit);
    if (request.lock && this.dialect === 'postgres') query = query.forUpdate();
    return (await query.execute()).map((row) => orderFromRow(row, this.cipher));
  }

  async bookings(plant: string, fromDate: string, toDate: string): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('orders')
      .select((eb) => ['build_date', 'model', eb.fn.countAll<number>().as('count')])
      .where('plant', '=', plant)
      .where('build_date', '>=', fromDate)
      .where('build_date', '<=', toDate)
      .where('status', '!=', CANCELLED)
      .groupBy(['build_date', 'model'])
      .execute();
    return new Map(rows.map((row) => [bookingKey(String(row.build_date), row.model), Number(row.count)]));
  }

  async lastSequences(plant: string, fromDate: string, toDate: string): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('orders')
      .select((eb) => ['build_date', eb.fn.max('sequence').as('last')])
      .where('plant', '=', plant)
      .where('build_date', '>=', fromDate)
      .where('build_date', '<=', toDate)
      .groupBy('build_date')
      .execute();
    return new Map(rows.map((row) => [String(row.build_date), Number(row.last)]));
  }

  async vinSerials(plant: string): Promise<Map<number, number>> {
    const rows = await this.db
      .selectFrom('vin_serials')
      .select(['year', 'last_serial'])
      .where('plant', '=', plant)
      .execute();
    return new Map(rows.map((row) => [Number(row.year), Number(row.last_serial)]));
  }

  async saveVinSerial(plant: string, year: number, lastSerial: number): Promise<void> {
    await this.db
      .insertInto('vin_serials')
      .values({ plant, year, last_serial: lastSerial })
      .onConflict((conflict) => conflict.columns(['plant', 'year']).doUpdateSet({ last_serial: lastSerial }))
      .execute();
  }

  async slots(request: SlotQuery): Promise<readonly ScheduledSlot[]> {
    let query = this.db
      .selectFrom('orders')
      .select(['plant', 'build_date', 'sequence', 'id', 'order_no', 'dealer_code', 'model', 'status', 'vin'])
      .where('plant', 'is not', null)
      .where('build_date', '>=', request.fromDate)
      .where('build_date', '<=', request.toDate)
      .where('status', '!=', CANCELLED);
    if (request.plant !== null) query = query.where('plant', '=', request.plant);
    const rows = await query.orderBy('plant').orderBy('build_date').orderBy('sequence').limit(request.limit).execute();
    return rows.map((row) => ({
      plant: String(row.plant),
      buildDate: String(row.build_date),
      sequence: Number(row.sequence),
      orderId: row.id,
      orderNo: row.order_no,
      dealerCode: row.dealer_code,
      model: row.model,
      status: row.status as OrderStatus,
      vin: row.vin,
    }));
  }
}

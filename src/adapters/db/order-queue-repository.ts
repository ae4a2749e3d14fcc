import type { Kysely } from 'kysely';
import type { OrderQueueRepository, Page, StoredOrder } from '../../application/ports/repositories.js';
import type { OrderStatus } from '../../domain/order/order-status.js';
import { bookingKey } from '../../domain/scheduling/plant-capacity.js';
import type { DialectName } from './open-database.js';
import { decodeTimeIdCursor, encodeTimeIdCursor } from './page-cursor.js';
import type { PersonalDataCipher } from '../../application/ports/personal-data-cipher.js';
import { orderFromRow } from './order-row-mapping.js';
import type { Database } from './schema.js';

const oldestFirst = (a: StoredOrder, b: StoredOrder): number =>
  a.createdAt === b.createdAt ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.createdAt < b.createdAt ? -1 : 1;

export class KyselyOrderQueueRepository implements OrderQueueRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
    /** Opens the sealed identity numbers of the orders read. */
    private readonly cipher: PersonalDataCipher,
  ) {}

  async listOldestFirst(status: OrderStatus, limit: number, cursor: string | null): Promise<Page<StoredOrder>> {
    let query = this.db.selectFrom('orders').selectAll().where('status', '=', status);
    if (cursor !== null) {
      const [createdAt, id] = decodeTimeIdCursor(cursor);
      query = query.where((eb) =>
        eb.or([eb('created_at', '>', createdAt), eb.and([eb('created_at', '=', createdAt), eb('id', '>', id)])]),
      );
    }
    const rows = await query
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc')
      .limit(limit + 1)
      .execute();
    const items = rows.slice(0, limit).map((row) => orderFromRow(row, this.cipher));
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last ? encodeTimeIdCursor(last.createdAt, last.id) : null };
  }

  async lockPostponedAwaiting(part: string, limit: number): Promise<readonly StoredOrder[]> {
    const waiting = await this.db
      .selectFrom('part_waits')
      .select('order_id')
      .where('part_code', '=', part)
      .orderBy('order_created_at', 'asc')
      .orderBy('order_id', 'asc')
      .limit(limit)
      .execute();
    if (waiting.length === 0) return [];
    let query = this.db
      .selectFrom('orders')
      .selectAll()
      .where(
        'id',
        'in',
        waiting.map((row) => row.order_id),
      )
      .where('status', '=', 'postponed')
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc');
    // SQLite has one writer at a time; PostgreSQL locks the rows, in this one order, so that lockers never deadlock.
    if (this.dialect === 'postgres') query = query.forUpdate();
    const rows = await query.execute();
    // A row changed while this transaction waited for its lock may come back out of order: sort again.
    return rows.map((row) => orderFromRow(row, this.cipher)).sort(oldestFirst);
  }

  async countWaitingByPart(): Promise<ReadonlyMap<string, number>> {
    const rows = await this.db
      .selectFrom('part_waits')
      .select((eb) => ['part_code', eb.fn.countAll<number>().as('count')])
      .groupBy('part_code')
      .execute();
    return new Map(rows.map((row) => [row.part_code, Number(row.count)]));
  }

  async bookings(plant: string, model: string, fromDate: string, toDate: string): Promise<ReadonlyMap<string, number>> {
    const rows = await this.db
      .selectFrom('orders')
      .select((eb) => ['build_date', eb.fn.countAll<number>().as('count')])
      .where('plant', '=', plant)
      .where('model', '=', model)
      .where('build_date', '>=', fromDate)
      .where('build_date', '<=', toDate)
      .where('status', '!=', 'cancelled')
      .groupBy('build_date')
      .execute();
    const booked = new Map<string, number>();
    for (const row of rows)
      if (row.build_date !== null) booked.set(bookingKey(row.build_date, model), Number(row.count));
    return booked;
  }

  async countAwaitingSlot(model: string): Promise<number> {
    // A verified order holds no slot (scheduling sets the slot and the status together), so status and model say it
    // all and the index on them answers alone; a test of the build date read every row, tens of ms on launch day.
    const row = await this.db
      .selectFrom('orders')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('status', '=', 'verified')
      .where('model', '=', model)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async listByStatusAfterId(
    statuses: readonly OrderStatus[],
    afterId: string | null,
    limit: number,
  ): Promise<readonly StoredOrder[]> {
    if (statuses.length === 0) return [];
    let query = this.db
      .selectFrom('orders')
      .selectAll()
      .where('status', 'in', [...statuses]);
    if (afterId !== null) query = query.where('id', '>', afterId);
    const rows = await query.orderBy('id', 'asc').limit(limit).execute();
    return rows.map((row) => orderFromRow(row, this.cipher));
  }
}

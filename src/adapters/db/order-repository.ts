import { sql, type Kysely } from 'kysely';
import type { OrderChange } from '../../application/ports/change-feed.js';
import type { PersonalDataCipher } from '../../application/ports/personal-data-cipher.js';
import type {
  NewOrderEvent,
  NewOutboxMessage,
  OrderEvent,
  OrderListFilter,
  OrderRepository,
  Page,
  StoredOrder,
  VerificationCounts,
  VerificationCountsQuery,
} from '../../application/ports/repositories.js';
import { ACTIVE_STATUSES, HOLDS_QUOTA_STATUSES, UNDECIDED_STATUSES } from '../../domain/order/order-status.js';
import type { QuotaKey } from '../../domain/order/order-types.js';
import { NO_CIPHER } from '../system/aes-gcm-cipher.js';
import type { DialectName } from './open-database.js';
import { orderFromRow, rowFromOrder } from './order-row-mapping.js';
import { PostgresOrderSerials } from './order-serial-blocks.js';
import { outboxRow } from './outbox-repository.js';
import { bucketFromRow } from './quota-repository.js';
import { syncPartWaits } from './part-waits.js';
import { decodeTimeIdCursor, encodeTimeIdCursor } from './page-cursor.js';
import { insertRows, insertRowsTogether, queryTemplate } from './query-template.js';
import type { Database, OrderRow } from './schema.js';

// The statements of every submission, compiled once (see query-template.ts).
const orderById = queryTemplate((db, id: string) => db.selectFrom('orders').selectAll().where('id', '=', id));
/** A verification's two database facts in one statement: the bucket's row by its key, and the buyer's count. */
const bucketAndBuyerOrders = queryTemplate(
  (db, region: string, month: string, model: string, customerIdHash: string, buyerModel: string, orderId: string) => {
    const bucket = db
      .selectFrom('quota_buckets')
      .where('region', '=', region)
      .where('month', '=', month)
      .where('model', '=', model);
    return db.selectNoFrom((eb) => [
      bucket.select('cap').as('cap'),
      bucket.select('used').as('used'),
      eb
        .selectFrom('orders')
        .select((count) => count.fn.countAll<number>().as('count'))
        .where('customer_id_hash', '=', customerIdHash)
        .where('model', '=', buyerModel)
        .where('status', 'in', [...ACTIVE_STATUSES])
        .where('id', '!=', orderId)
        .as('buyer_orders'),
    ]);
  },
);
const takeCounter = queryTemplate((db, name: string) =>
  db
    .updateTable('counters')
    .set({ value: sql<number>`value + 1` })
    .where('name', '=', name)
    .returning('value'),
);

export class KyselyOrderRepository implements OrderRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
    /** Told of every event written, so that the runner can publish them once the transaction commits. */
    private readonly onWritten: (changes: readonly OrderChange[]) => void = () => {},
    /** Seals and opens the identity numbers of the rows. */
    private readonly cipher: PersonalDataCipher = NO_CIPHER,
    /** Where PostgreSQL's serials come from; one per process, so that a block serves many transactions. */
    private readonly serials: PostgresOrderSerials = new PostgresOrderSerials(1),
  ) {}

  async findById(id: string): Promise<StoredOrder | null> {
    const row = (await orderById<OrderRow>(this.db, id)).rows[0];
    return row ? orderFromRow(row, this.cipher) : null;
  }

  async findByOrderNo(orderNo: string): Promise<StoredOrder | null> {
    const row = await this.db.selectFrom('orders').selectAll().where('order_no', '=', orderNo).executeTakeFirst();
    return row ? orderFromRow(row, this.cipher) : null;
  }

  async insert(
    order: StoredOrder,
    events: readonly NewOrderEvent[],
    messages: readonly NewOutboxMessage[] = [],
  ): Promise<void> {
    const row = {
      ...rowFromOrder(order, this.cipher),
      tracking_token_hash: order.tracking?.tokenHash ?? null,
      tracking_generation: order.tracking?.generation ?? 0,
      last_event_seq: events.length,
    };
    if (this.dialect === 'postgres') {
      // The order, its first events and their messages in one statement: a round trip per table saved.
      await insertRowsTogether(this.db, [
        { table: 'orders', rows: [row] },
        { table: 'order_events', rows: eventRows(order, 0, events) },
        { table: 'outbox', rows: messages.map(outboxRow) },
      ]);
      this.announce(order, 0, events);
    } else {
      await insertRows(this.db, 'orders', [row]);
      await this.insertEvents(order, 0, events);
      if (messages.length > 0) await insertRows(this.db, 'outbox', messages.map(outboxRow));
    }
    await syncPartWaits(this.db, order, true);
  }

  async update(order: StoredOrder, expectedVersion: number, events: readonly NewOrderEvent[]): Promise<boolean> {
    const updated = await this.db
      .updateTable('orders')
      .set({ ...rowFromOrder(order, this.cipher), last_event_seq: sql<number>`last_event_seq + ${events.length}` })
      .where('id', '=', order.id)
      .where('version', '=', expectedVersion)
      .returning('last_event_seq')
      .executeTakeFirst();
    if (!updated) return false;
    await this.insertEvents(order, Number(updated.last_event_seq) - events.length, events);
    await syncPartWaits(this.db, order, false);
    return true;
  }

  private async insertEvents(order: StoredOrder, lastSeq: number, events: readonly NewOrderEvent[]): Promise<void> {
    if (events.length === 0) return;
    await insertRows(this.db, 'order_events', eventRows(order, lastSeq, events));
    this.announce(order, lastSeq, events);
  }

  /** Tells the runner of the events written, to be published once the transaction commits. */
  private announce(order: StoredOrder, lastSeq: number, events: readonly NewOrderEvent[]): void {
    this.onWritten(
      events.map((event, index) => ({
        orderId: order.id,
        dealerCode: order.dealerCode,
        seq: lastSeq + index + 1,
        type: event.type,
        at: event.at,
        status: order.status,
      })),
    );
  }

  async verificationCounts(query: VerificationCountsQuery): Promise<VerificationCounts> {
    const { quota } = query;
    const [row] = (
      await bucketAndBuyerOrders<{ cap: number | null; used: number | null; buyer_orders: number }>(
        this.db,
        quota.region,
        quota.month,
        quota.model,
        query.customerIdHash,
        query.model,
        query.orderId,
      )
    ).rows;
    const bucket =
      row === undefined || row.cap === null || row.used === null
        ? null
        : bucketFromRow({ ...quota, cap: row.cap, used: row.used });
    return { bucket, otherActiveOrdersOfBuyer: Number(row?.buyer_orders ?? 0) };
  }

  async list(filter: OrderListFilter, limit: number, cursor: string | null): Promise<Page<StoredOrder>> {
    let query = this.db.selectFrom('orders').selectAll();
    if (filter.dealerCode !== undefined) query = query.where('dealer_code', '=', filter.dealerCode);
    if (filter.status !== undefined) query = query.where('status', '=', filter.status);
    if (filter.model !== undefined) query = query.where('model', '=', filter.model);
    if (filter.sla !== undefined) {
      const { breached, createdBefore } = filter.sla;
      const undecided = [...UNDECIDED_STATUSES];
      query = breached
        ? query.where('status', 'in', undecided).where('created_at', '<', createdBefore)
        : query.where((eb) => eb.or([eb('status', 'not in', undecided), eb('created_at', '>=', createdBefore)]));
    }
    if (filter.search !== undefined && filter.search !== '') {
      const term = filter.search;
      query = query.where((eb) =>
        eb.or([eb('order_no', '=', term.toUpperCase()), eb('customer_name', 'like', `${escapeLike(term)}%`)]),
      );
    }
    if (cursor !== null) {
      const [createdAt, id] = decodeTimeIdCursor(cursor);
      query = query.where((eb) =>
        eb.or([eb('created_at', '<', createdAt), eb.and([eb('created_at', '=', createdAt), eb('id', '<', id)])]),
      );
    }
    const rows = await query
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit + 1)
      .execute();
    const items = rows.slice(0, limit).map((row) => orderFromRow(row, this.cipher));
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last ? encodeTimeIdCursor(last.createdAt, last.id) : null };
  }

  async events(orderId: string): Promise<readonly OrderEvent[]> {
    const rows = await this.db
      .selectFrom('order_events')
      .selectAll()
      .where('order_id', '=', orderId)
      .orderBy('seq', 'asc')
      .execute();
    return rows.map((row) => ({
      seq: Number(row.seq),
      type: row.type,
      at: row.at,
      actor: row.actor,
      data: JSON.parse(row.data) as Record<string, unknown>,
    }));
  }

  async countHoldingQuota(key: QuotaKey): Promise<number> {
    const row = await this.db
      .selectFrom('orders')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('quota_region', '=', key.region)
      .where('quota_month', '=', key.month)
      .where('quota_model', '=', key.model)
      .where('status', 'in', [...HOLDS_QUOTA_STATUSES])
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async nextOrderSerial(): Promise<number> {
    // A sequence, not a counter row: a row would serialise every concurrent submission on one lock.
    if (this.dialect === 'postgres') return this.serials.next(this.db);
    const row = (await takeCounter<{ value: number }>(this.db, 'order_serial')).rows[0];
    if (row === undefined) throw new Error('the order_serial counter is missing');
    return Number(row.value);
  }
}

function escapeLike(term: string): string {
  return term.replace(/[%_\\]/g, '');
}

/** The rows of events appended after the order's event `lastSeq`. */
function eventRows(order: StoredOrder, lastSeq: number, events: readonly NewOrderEvent[]) {
  return events.map((event, index) => ({
    order_id: order.id,
    seq: lastSeq + index + 1,
    type: event.type,
    at: event.at,
    actor: event.actor,
    data: JSON.stringify(event.data),
  }));
}

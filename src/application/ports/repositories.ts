import type { Role } from '../actor.js';
import type { Catalog } from '../../domain/catalog/catalog-types.js';
import type { Dealer, Region } from '../../domain/dealer/dealer-types.js';
import type { Part } from '../../domain/materials/part-types.js';
import type { DepositRefundStatus } from '../../domain/order/deposit-refund.js';
import type { OrderStatus } from '../../domain/order/order-status.js';
import type { Order, QuotaKey } from '../../domain/order/order-types.js';
import type { PriceItem, PriceListVersion } from '../../domain/pricing/price-list.js';
import type { QuotaTransfer } from '../../domain/quota/quota-transfer.js';
import type { QuotaBucket } from '../../domain/quota/quota-types.js';
import type { ReportOrder } from '../../domain/reporting/report-order.js';
import type { Plant } from '../../domain/scheduling/plant-types.js';
import type {
  TrackingLinkRepository,
  TrackingLinkState,
  WebhookRepository,
} from './tracking-and-webhook-repositories.js';
import type {
  DemoCarRepository,
  FeatureNeedsRepository,
  LeadRepository,
  TestDriveRepository,
} from './sales-repositories.js';
import type { SecurityRepositories } from './security-repositories.js';

/** One line of an order's history. */
export interface OrderEvent {
  readonly seq: number;
  readonly type: string;
  readonly at: string;
  readonly actor: string;
  readonly data: Readonly<Record<string, unknown>>;
}

export type NewOrderEvent = Omit<OrderEvent, 'seq'>;

/** An order as stored: the domain order plus what only the store needs. */
export interface StoredOrder extends Order {
  /** Keyed hash of the buyer's identity number (the anti-scalping lookup never reads the number itself). */
  readonly customerIdHash: string;
  readonly createdBy: string;
  readonly decidedAt: string | null;
  /** The tracking link's generation and token hash; always set on an order read from the store. */
  readonly tracking?: TrackingLinkState;
  /** Where the deposit stands once the order was cancelled; absent or null while the order is alive. */
  readonly depositRefundStatus?: DepositRefundStatus | null;
}

export interface OrderListFilter {
  readonly dealerCode?: string;
  readonly status?: OrderStatus;
  readonly model?: string;
  /** Matches the order number or the start of the customer's name. */
  readonly search?: string;
  /**
   * Past the SLA or not: `breached` keeps the undecided orders (submitted, postponed, manual review) created before
   * `createdBefore` (now less the SLA), and `!breached` every other order.
   */
  readonly sla?: { readonly breached: boolean; readonly createdBefore: string };
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

export interface VerificationCountsQuery {
  readonly quota: QuotaKey;
  readonly customerIdHash: string;
  readonly model: string;
  readonly orderId: string;
}

export interface VerificationCounts {
  readonly bucket: QuotaBucket | null;
  readonly otherActiveOrdersOfBuyer: number;
}

export interface OrderRepository {
  findById(id: string): Promise<StoredOrder | null>;
  findByOrderNo(orderNo: string): Promise<StoredOrder | null>;
  /**
   * Stores a new order with its first events and the messages they queue (new, so no deduplication key of theirs can
   * exist yet): on PostgreSQL one statement, the submission's one write round trip.
   */
  insert(order: StoredOrder, events: readonly NewOrderEvent[], messages?: readonly NewOutboxMessage[]): Promise<void>;
  /** Writes the order when its stored version is still `expectedVersion`; false when someone changed it first. */
  update(order: StoredOrder, expectedVersion: number, events: readonly NewOrderEvent[]): Promise<boolean>;
  /**
   * What a verification reads from the database, in one statement: the order's quota bucket (null when there is
   * none) and the active orders (any status but rejected, cancelled, delivered) of the buyer for the model, other
   * than the order itself.
   */
  verificationCounts(query: VerificationCountsQuery): Promise<VerificationCounts>;
  list(filter: OrderListFilter, limit: number, cursor: string | null): Promise<Page<StoredOrder>>;
  events(orderId: string): Promise<readonly OrderEvent[]>;
  /** Orders of a bucket that hold quota: the invariant `used` must equal. */
  countHoldingQuota(key: QuotaKey): Promise<number>;
  /** The next serial of the order numbers; numbers never repeat, gaps are allowed. */
  nextOrderSerial(): Promise<number>;
}

export interface QuotaRepository {
  find(key: QuotaKey): Promise<QuotaBucket | null>;
  list(filter: Partial<QuotaKey>): Promise<readonly QuotaBucket[]>;
  /** Takes one unit when `used < cap`; false when the bucket is full or missing. */
  reserve(key: QuotaKey): Promise<boolean>;
  release(key: QuotaKey): Promise<void>;
  /** Sets the cap when it is not below `used`; returns the bucket, or null when the cap is below `used`. */
  upsertCap(key: QuotaKey, cap: number): Promise<QuotaBucket | null>;
}

export interface PartRepository {
  findMany(codes: readonly string[]): Promise<readonly Part[]>;
  list(): Promise<readonly Part[]>;
  /** Takes one unit when one is available; false otherwise. */
  reserve(code: string): Promise<boolean>;
  release(code: string): Promise<void>;
  setSupply(code: string, availableUnits: number, expectedAt: string | null): Promise<Part | null>;
}

export interface OutboxMessage {
  readonly id: string;
  readonly dedupKey: string;
  readonly orderId: string | null;
  readonly channel: 'sms' | 'webhook';
  readonly recipient: string;
  readonly template: string;
  readonly language: string;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly status: 'queued' | 'sent' | 'failed';
  readonly attempts: number;
  readonly nextAttemptAt: string;
  readonly sentAt: string | null;
  readonly lastError: string | null;
  readonly createdAt: string;
}

export type NewOutboxMessage = Pick<
  OutboxMessage,
  'id' | 'dedupKey' | 'orderId' | 'channel' | 'recipient' | 'template' | 'language' | 'payload' | 'createdAt'
> & {
  /** Not sent before this instant (a reminder ahead of an appointment); at once when absent. */
  readonly notBefore?: string;
};

export interface OutboxRepository {
  /** Adds a message unless one with the same deduplication key exists. */
  enqueue(message: NewOutboxMessage): Promise<void>;
  forOrder(orderId: string): Promise<readonly OutboxMessage[]>;
  /** Removes a message not yet sent (a reminder of an appointment that moved); false when there is none to remove. */
  withdraw(dedupKey: string): Promise<boolean>;
}

export interface IdempotencyRecord {
  readonly requestHash: string;
  readonly orderId: string;
}

export interface IdempotencyRepository {
  find(scope: string, key: string): Promise<IdempotencyRecord | null>;
  /** False when the key was taken first by a concurrent request. */
  insert(scope: string, key: string, record: IdempotencyRecord, at: string): Promise<boolean>;
}

export interface StoredPriceListVersion extends PriceListVersion {
  readonly createdAt: string;
  readonly createdBy: string;
}

export interface PriceRepository {
  versions(): Promise<readonly StoredPriceListVersion[]>;
  addVersion(
    effectiveAt: string,
    items: readonly PriceItem[],
    createdBy: string,
    at: string,
  ): Promise<StoredPriceListVersion>;
}

/** Reference data that changes rarely: read through a cache. */
export interface ReferenceRepository {
  catalog(): Promise<Catalog>;
  regions(): Promise<readonly Region[]>;
  dealers(): Promise<readonly Dealer[]>;
  plants(): Promise<readonly Plant[]>;
}

export interface UserAccount {
  readonly id: string;
  readonly username: string;
  readonly passwordHash: string;
  readonly role: Role;
  readonly dealerCode: string | null;
  readonly displayName: string;
  readonly disabled: boolean;
  readonly createdAt: string;
}

export interface UserRepository {
  findByUsername(username: string): Promise<UserAccount | null>;
  findById(id: string): Promise<UserAccount | null>;
  insert(user: UserAccount): Promise<void>;
  /** By username; the cursor is the last username of the previous page. */
  list(limit: number, cursor: string | null): Promise<Page<UserAccount>>;
  update(user: UserAccount): Promise<void>;
}

export interface Session {
  readonly tokenHash: string;
  readonly userId: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly revokedAt: string | null;
}

export interface SessionRepository {
  insert(session: Session): Promise<void>;
  find(tokenHash: string): Promise<Session | null>;
  revoke(tokenHash: string, at: string): Promise<void>;
  /** Ends every open session of a user but `exceptTokenHash`; answers how many it ended. */
  revokeAllOfUser(userId: string, at: string, exceptTokenHash: string | null): Promise<number>;
}

/** The queues of orders the order's life keeps: the review queue, orders waiting for parts, the schedule's load. */
export interface OrderQueueRepository {
  /** Orders in a status, oldest first (submission time, then id). */
  listOldestFirst(status: OrderStatus, limit: number, cursor: string | null): Promise<Page<StoredOrder>>;
  /**
   * Postponed orders waiting for a part, oldest first, at most `limit`. On PostgreSQL they stay locked until the
   * transaction ends, so two supply changes at once never verify one order twice.
   */
  lockPostponedAwaiting(part: string, limit: number): Promise<readonly StoredOrder[]>;
  /** How many postponed orders wait for each part (parts nobody waits for are left out). */
  countWaitingByPart(): Promise<ReadonlyMap<string, number>>;
  /**
   * Slots of a model a plant has given on each build date from `fromDate` to `toDate` (`YYYY-MM-DD`), keyed by
   * `bookingKey(date, model)`; a cancelled order holds none.
   */
  bookings(plant: string, model: string, fromDate: string, toDate: string): Promise<ReadonlyMap<string, number>>;
  /** Verified orders of a model still waiting for a production slot. */
  countAwaitingSlot(model: string): Promise<number>;
  /** Orders in any of the statuses, by id after `afterId`: keyset batches over a large table. */
  listByStatusAfterId(
    statuses: readonly OrderStatus[],
    afterId: string | null,
    limit: number,
  ): Promise<readonly StoredOrder[]>;
}

export interface QuotaTransferRepository {
  /** Takes `units` off a bucket's cap when the rest still covers its `used`; false otherwise or when it is missing. */
  shrinkCap(key: QuotaKey, units: number): Promise<boolean>;
  /** Adds `units` to a bucket's cap, creating the bucket when it is missing. */
  growCap(key: QuotaKey, units: number): Promise<void>;
  record(transfer: QuotaTransfer): Promise<void>;
  /** Transfers, newest first. */
  list(limit: number, cursor: string | null): Promise<Page<QuotaTransfer>>;
}

/** Everything one transaction may touch. */
export interface UnitOfWork extends SecurityRepositories {
  readonly orders: OrderRepository;
  readonly quotas: QuotaRepository;
  readonly parts: PartRepository;
  readonly outbox: OutboxRepository;
  readonly idempotency: IdempotencyRepository;
  readonly prices: PriceRepository;
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  readonly production: ProductionRepository;
  readonly reports: ReportRepository;
  readonly trackingLinks: TrackingLinkRepository;
  readonly webhooks: WebhookRepository;
  readonly orderQueues: OrderQueueRepository;
  readonly quotaTransfers: QuotaTransferRepository;
  readonly leads: LeadRepository;
  readonly demoCars: DemoCarRepository;
  readonly testDrives: TestDriveRepository;
  readonly featureNeeds: FeatureNeedsRepository;
}

export interface TransactionRunner {
  /** Runs `work` in one transaction: all of it is written, or none. */
  run<T>(work: (unit: UnitOfWork) => Promise<T>): Promise<T>;
  /** Reads outside a transaction. */
  readonly read: UnitOfWork;
}

/** Where the scheduler's queue resumes: the verification time and id of the last order of the previous batch. */
export interface QueuePosition {
  readonly decidedAt: string;
  readonly id: string;
}

export interface WaitingOrdersQuery {
  /** The models of one plant. */
  readonly models: readonly string[];
  /** Only orders verified at or before this instant (the VIN lag); null for every verified order. */
  readonly verifiedBy: string | null;
  readonly after: QueuePosition | null;
  readonly limit: number;
  /** Lock the rows until the transaction ends, so that nothing changes them between read and write. */
  readonly lock: boolean;
}

/** An order holding a production slot, as the schedule shows it. */
export interface ScheduledSlot {
  readonly plant: string;
  readonly buildDate: string;
  readonly sequence: number;
  readonly orderId: string;
  readonly orderNo: string;
  readonly dealerCode: string;
  readonly model: string;
  readonly status: OrderStatus;
  readonly vin: string | null;
}

export interface SlotQuery {
  /** One plant, or null for every plant. */
  readonly plant: string | null;
  /** `YYYY-MM-DD`, both included. */
  readonly fromDate: string;
  readonly toDate: string;
  readonly limit: number;
}

/** The production schedule: the verified orders waiting for a slot, the slots taken, the VIN serials given out. */
export interface ProductionRepository {
  /**
   * Holds the plant's schedule until the transaction ends: a second scheduler of the plant waits here, then reads
   * what the first one wrote. False when the plant does not exist.
   */
  lockPlant(plant: string): Promise<boolean>;
  /** Verified orders of the models, oldest verification first (ties by id), after `after`. */
  waitingOrders(query: WaitingOrdersQuery): Promise<readonly StoredOrder[]>;
  /** Slots taken at the plant between two dates (both included), by `${date}|${model}`. */
  bookings(plant: string, fromDate: string, toDate: string): Promise<Map<string, number>>;
  /** The last sequence number given out on each build date of the plant between two dates, cancelled orders too. */
  lastSequences(plant: string, fromDate: string, toDate: string): Promise<Map<string, number>>;
  /** The last VIN serial the plant gave out, by model year. */
  vinSerials(plant: string): Promise<Map<number, number>>;
  /** Records the plant's new last serial of a model year. */
  saveVinSerial(plant: string, year: number, lastSerial: number): Promise<void>;
  /** Slots of orders not cancelled, by plant, build date and sequence. */
  slots(query: SlotQuery): Promise<readonly ScheduledSlot[]>;
}

/** What the verification report reads. */
export interface ReportRepository {
  /** The orders created in `[from, to)`, of one dealer when named, with only what the report counts. */
  reportOrders(from: string, to: string, dealerCode: string | null): Promise<readonly ReportOrder[]>;
}

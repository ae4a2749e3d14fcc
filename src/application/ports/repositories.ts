import type { Role } from '../actor.js';
import type { Catalog } from '../../domain/catalog/catalog-types.js';
import type { Dealer, Region } from '../../domain/dealer/dealer-types.js';
import type { Part } from '../../domain/materials/part-types.js';
import type { OrderStatus } from '../../domain/order/order-status.js';
import type { Order, QuotaKey } from '../../domain/order/order-types.js';
import type { PriceItem, PriceListVersion } from '../../domain/pricing/price-list.js';
import type { QuotaBucket } from '../../domain/quota/quota-types.js';
import type { Plant } from '../../domain/scheduling/plant-types.js';
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
}

export interface OrderListFilter {
  readonly dealerCode?: string;
  readonly status?: OrderStatus;
  readonly model?: string;
  /** Matches the order number or the start of the customer's name. */
  readonly search?: string;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

export interface OrderRepository {
  findById(id: string): Promise<StoredOrder | null>;
  findByOrderNo(orderNo: string): Promise<StoredOrder | null>;
  insert(order: StoredOrder, events: readonly NewOrderEvent[]): Promise<void>;
  /** Writes the order when its stored version is still `expectedVersion`; false when someone changed it first. */
  update(order: StoredOrder, expectedVersion: number, events: readonly NewOrderEvent[]): Promise<boolean>;
  /** Active orders (any status but rejected, cancelled, delivered) of one buyer for one model, other than `exceptId`. */
  countActiveForBuyer(customerIdHash: string, model: string, exceptId: string | null): Promise<number>;
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
>;

export interface OutboxRepository {
  /** Adds a message unless one with the same deduplication key exists. */
  enqueue(message: NewOutboxMessage): Promise<void>;
  forOrder(orderId: string): Promise<readonly OutboxMessage[]>;
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
}

export interface TransactionRunner {
  /** Runs `work` in one transaction: all of it is written, or none. */
  run<T>(work: (unit: UnitOfWork) => Promise<T>): Promise<T>;
  /** Reads outside a transaction. */
  readonly read: UnitOfWork;
}

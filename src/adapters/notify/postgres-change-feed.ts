import pg from 'pg';
import type { ChangeFeed, OrderChange } from '../../application/ports/change-feed.js';
import { InProcessChangeFeed } from './in-process-change-feed.js';

/** The channel every ordergate process of one database listens on. */
export const ORDER_CHANGES_CHANNEL = 'ordergate_order_changes';

/** PostgreSQL refuses a NOTIFY payload of 8,000 bytes or more: changes go out in chunks below this. */
const MAX_PAYLOAD_BYTES = 7_000;

/** A lost listening connection is tried again after this, doubling up to the maximum. */
const FIRST_RECONNECT_DELAY_MS = 100;
const MAX_RECONNECT_DELAY_MS = 5_000;
const CONNECT_TIMEOUT_MS = 5_000;

/** Changes waiting to be sent, at most: past it (the database unreachable for long) the oldest are dropped. */
const MAX_PENDING_CHANGES = 10_000;

export interface PostgresChangeFeedOptions {
  readonly connectionString: string;
  /** A search path or other startup options, as `pg` takes them. */
  readonly connectionOptions?: string;
  readonly channel?: string;
  /** How the listening connection shows in `pg_stat_activity`. */
  readonly applicationName?: string;
  /** Told when the listening connection fails (it is then opened again). */
  readonly onError?: (error: unknown) => void;
}

/**
 * Order changes shared by every process on one PostgreSQL database. Each process keeps one connection that LISTENs
 * on a channel and hands what arrives to its local subscribers, its own changes included, in commit order. The
 * runner publishes a transaction's changes once it committed; they are sent with `pg_notify` on that connection,
 * gathered per turn of the event loop.
 *
 * Not from inside the committing transaction: a transaction that notifies holds a database-wide lock through its
 * commit's WAL flush, so the commits of every process would queue behind one another (measured: a third fewer
 * orders per second). The price: a process that dies between a commit and its notification loses that live update
 * (never the order), and changes published while the connection is down reach only this process's subscribers.
 */
export class PostgresChangeFeed implements ChangeFeed {
  readonly channel: string;
  private readonly local = new InProcessChangeFeed();
  private client: pg.Client | null = null;
  private closed = false;
  private reconnectDelayMs = FIRST_RECONNECT_DELAY_MS;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private pending: OrderChange[] = [];
  private sending = false;

  constructor(private readonly options: PostgresChangeFeedOptions) {
    this.channel = options.channel ?? ORDER_CHANGES_CHANNEL;
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(this.channel)) throw new Error(`unsafe channel name ${this.channel}`);
  }

  /** Opens the listening connection; fails when the first attempt does. */
  async start(): Promise<void> {
    await this.listen();
  }

  /** Queues committed changes for every process, this one included (they come back through its own LISTEN). */
  publish(changes: readonly OrderChange[]): void {
    if (changes.length === 0 || this.closed) return;
    this.pending.push(...changes);
    if (this.pending.length > MAX_PENDING_CHANGES) this.pending.splice(0, this.pending.length - MAX_PENDING_CHANGES);
    if (!this.sending) {
      this.sending = true;
      setImmediate(() => void this.send());
    }
  }

  /** Resolves once every change published so far was sent (or handed to local subscribers). */
  async flushed(): Promise<void> {
    while (this.sending) await new Promise((resolve) => setImmediate(resolve));
  }

  private async send(): Promise<void> {
    while (this.pending.length > 0) {
      const changes = this.pending;
      this.pending = [];
      const payloads = chunkPayloads(changes);
      for (const [index, payload] of payloads.entries()) {
        const client = this.client;
        try {
          if (client === null) throw new Error('the listening connection is down');
          await client.query('SELECT pg_notify($1, $2)', [this.channel, payload]);
        } catch (error) {
          // Other processes miss these; this process's own subscribers still get them, once.
          if (!this.closed) this.options.onError?.(error);
          for (const unsent of payloads.slice(index)) this.receive(unsent);
          break;
        }
      }
    }
    this.sending = false;
  }

  subscribe(listener: (change: OrderChange) => void): () => void {
    return this.local.subscribe(listener);
  }

  get listening(): boolean {
    return this.client !== null;
  }

  async close(): Promise<void> {
    await this.flushed();
    this.closed = true;
    if (this.reconnectTimer !== null) clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.options.connectionString,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      application_name: this.options.applicationName ?? 'ordergate-change-feed',
      ...(this.options.connectionOptions ? { options: this.options.connectionOptions } : {}),
    });
    let lost = false;
    const onLost = (error: unknown) => {
      if (lost) return;
      lost = true;
      this.connectionLost(client, error);
    };
    client.on('error', onLost);
    client.on('end', () => onLost(new Error('the listening connection ended')));
    client.on('notification', (message) => {
      if (message.channel === this.channel && message.payload !== undefined) this.receive(message.payload);
    });
    try {
      await client.connect();
      // A notification is no data to keep: its transaction need not wait for a disk flush (and would, holding the
      // database-wide notification lock all the while, since NOTIFY gives its transaction an id).
      await client.query('SET synchronous_commit = off');
      await client.query(`LISTEN ${this.channel}`);
    } catch (error) {
      lost = true;
      await client.end().catch(() => {});
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
    this.reconnectDelayMs = FIRST_RECONNECT_DELAY_MS;
  }

  private connectionLost(client: pg.Client, error: unknown): void {
    if (this.client === client) this.client = null;
    void client.end().catch(() => {});
    if (this.closed) return;
    this.options.onError?.(error);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.reconnectTimer !== null) return;
    const delay = this.reconnectDelayMs;
    this.reconnectDelayMs = Math.min(delay * 2, MAX_RECONNECT_DELAY_MS);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.listen().catch((error: unknown) => {
        this.options.onError?.(error);
        this.scheduleReconnect();
      });
    }, delay);
    this.reconnectTimer.unref();
  }

  private receive(payload: string): void {
    let changes: unknown;
    try {
      changes = JSON.parse(payload);
    } catch {
      return;
    }
    if (!Array.isArray(changes)) return;
    this.local.publish(changes.filter(isOrderChange));
  }
}

/** JSON arrays of changes, each below the payload limit; a single change is always far below it. */
export function chunkPayloads(changes: readonly OrderChange[]): string[] {
  const payloads: string[] = [];
  let current: string[] = [];
  let size = 2;
  for (const change of changes) {
    const text = JSON.stringify(change);
    const bytes = Buffer.byteLength(text);
    if (current.length > 0 && size + bytes + 1 > MAX_PAYLOAD_BYTES) {
      payloads.push(`[${current.join(',')}]`);
      current = [];
      size = 2;
    }
    current.push(text);
    size += bytes + 1;
  }
  if (current.length > 0) payloads.push(`[${current.join(',')}]`);
  return payloads;
}

function isOrderChange(value: unknown): value is OrderChange {
  if (typeof value !== 'object' || value === null) return false;
  const change = value as Record<string, unknown>;
  return (
    typeof change.orderId === 'string' &&
    typeof change.dealerCode === 'string' &&
    typeof change.seq === 'number' &&
    typeof change.type === 'string' &&
    typeof change.at === 'string' &&
    typeof change.status === 'string'
  );
}

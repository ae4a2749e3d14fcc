import type { ServerResponse } from 'node:http';
import type { TrackingEvent } from '../../domain/tracking/tracking-stages.js';

/** A comment line this often keeps proxies and phones from dropping a quiet stream. */
export const HEARTBEAT_INTERVAL_MS = 15_000;
/** The `retry:` a browser waits before reconnecting after the stream drops. */
export const RECONNECT_DELAY_MS = 3_000;
/** A stream is ended after this long; the browser reconnects with Last-Event-ID and misses nothing. */
export const MAX_STREAM_AGE_MS = 30 * 60_000;
/** A reader this far behind is cut off rather than buffered without end; it reconnects and catches up. */
export const MAX_BUFFERED_BYTES = 64 * 1024;

/** Where a stream's events come from: the order's stored history, and a signal that it grew. */
export interface OrderEventSource {
  /** The order's events after `seq`, oldest first; null once the stream's link no longer opens the order. */
  eventsAfter(seq: number): Promise<readonly TrackingEvent[] | null>;
  /** Calls `changed` when the order may have new events; returns the function that stops it. */
  subscribe(changed: () => void): () => void;
}

export interface OrderEventStreamOptions {
  readonly heartbeatIntervalMs?: number;
  readonly maxAgeMs?: number;
}

/**
 * Server-Sent Events of one order's history: first every stored event after the reader's Last-Event-ID, then each new
 * one as it is committed, each with `id: <seq>`. Every signal re-reads the history from the last seq sent, so a
 * change that lands while the stream is catching up is neither lost nor sent twice.
 */
export class OrderEventStream {
  private lastSeq: number;
  private reading: Promise<void> | null = null;
  private readAgain = false;
  private closed = false;
  private readonly timers: NodeJS.Timeout[] = [];
  private unsubscribe: () => void = () => {};

  constructor(
    private readonly response: ServerResponse,
    private readonly source: OrderEventSource,
    afterSeq: number,
    private readonly onClose: () => void,
    private readonly options: OrderEventStreamOptions = {},
  ) {
    this.lastSeq = afterSeq;
  }

  start(): void {
    this.response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'private, no-store',
      'x-accel-buffering': 'no',
      'referrer-policy': 'no-referrer',
      connection: 'keep-alive',
    });
    this.response.on('close', () => this.close());
    this.write(`retry: ${RECONNECT_DELAY_MS}\n: open\n\n`);
    // Listen before the first read: a change committed while it runs triggers another read, not a gap.
    this.unsubscribe = this.source.subscribe(() => this.catchUp());
    this.every(this.options.heartbeatIntervalMs ?? HEARTBEAT_INTERVAL_MS, () => this.write(': heartbeat\n\n'));
    const ageLimit = setTimeout(() => this.close(), this.options.maxAgeMs ?? MAX_STREAM_AGE_MS);
    ageLimit.unref();
    this.timers.push(ageLimit);
    this.catchUp();
  }

  /** Ends the stream; the reader may reconnect. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.unsubscribe();
    this.response.end();
    this.onClose();
  }

  private every(intervalMs: number, tick: () => void): void {
    const timer = setInterval(tick, intervalMs);
    timer.unref();
    this.timers.push(timer);
  }

  private catchUp(): void {
    if (this.closed) return;
    if (this.reading !== null) {
      this.readAgain = true;
      return;
    }
    this.reading = this.readNewEvents()
      .catch(() => this.close())
      .finally(() => {
        this.reading = null;
      });
  }

  private async readNewEvents(): Promise<void> {
    do {
      this.readAgain = false;
      const events = await this.source.eventsAfter(this.lastSeq);
      if (events === null) return this.close();
      for (const event of events) {
        if (this.closed || event.seq <= this.lastSeq) continue;
        this.lastSeq = event.seq;
        this.write(`id: ${event.seq}\ndata: ${JSON.stringify({ seq: event.seq, type: event.type, at: event.at })}\n\n`);
      }
    } while (this.readAgain && !this.closed);
  }

  private write(chunk: string): void {
    if (this.closed) return;
    this.response.write(chunk);
    if (this.response.writableLength > MAX_BUFFERED_BYTES) this.close();
  }
}

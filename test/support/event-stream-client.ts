import { request, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';

/** One Server-Sent Event as a browser's EventSource would deliver it. */
export interface ReceivedEvent {
  readonly id: string | null;
  readonly data: string;
}

/** Longest a test waits for the next event before it fails (a guard against hanging, not a measurement). */
const DEFAULT_WAIT_MS = 10_000;

/**
 * A small EventSource for tests: opens a stream over real HTTP, parses its events, and hands them out in order.
 * It never reconnects on its own, so a test decides what a reconnect sends.
 */
export class EventStreamClient {
  readonly events: ReceivedEvent[] = [];
  readonly comments: string[] = [];
  private buffer = '';
  private waiters: (() => void)[] = [];
  private taken = 0;
  ended = false;

  private constructor(
    private readonly response: IncomingMessage,
    readonly body: { text: string },
  ) {
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      body.text += chunk;
      this.buffer += chunk;
      this.parse();
    });
    response.on('close', () => {
      this.ended = true;
      this.wake();
    });
  }

  /** Opens the stream and resolves once the response head arrived (any status). */
  static open(url: string, headers: Record<string, string> = {}): Promise<EventStreamClient> {
    return new Promise((resolve, reject) => {
      const outgoing = request(url, { headers: { accept: 'text/event-stream', ...headers } }, (response) =>
        resolve(new EventStreamClient(response, { text: '' })),
      );
      outgoing.on('error', reject);
      outgoing.end();
    });
  }

  get status(): number {
    return this.response.statusCode ?? 0;
  }

  get headers(): IncomingHttpHeaders {
    return this.response.headers;
  }

  /** The next event not handed out yet; rejects when the stream ends or nothing comes in time. */
  async next(waitMs = DEFAULT_WAIT_MS): Promise<ReceivedEvent> {
    const deadline = Date.now() + waitMs;
    while (this.taken >= this.events.length) {
      if (this.ended) throw new Error(`the stream ended after ${this.events.length} events`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no event within ${waitMs} ms (had ${this.events.length})`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.events[this.taken++]!;
  }

  /** Resolves when the server ends the stream. */
  async closedByServer(waitMs = DEFAULT_WAIT_MS): Promise<void> {
    const deadline = Date.now() + waitMs;
    while (!this.ended) {
      if (Date.now() > deadline) throw new Error('the stream stayed open');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 50);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close(): void {
    this.response.destroy();
  }

  private parse(): void {
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) !== -1) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      let id: string | null = null;
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) this.comments.push(line.slice(1).trim());
        else if (line.startsWith('id:')) id = line.slice(3).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
      }
      if (data.length > 0) this.events.push({ id, data: data.join('\n') });
    }
    this.wake();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter();
  }
}

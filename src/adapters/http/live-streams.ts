/** Open live streams this process holds at most: each is a socket, a subscription and a timer. */
export const MAX_LIVE_STREAMS = 1_000;
/** Streams one topic (one order's tracking link) may hold: a family's phones, not a crowd sharing one link. */
export const MAX_LIVE_STREAMS_PER_TOPIC = 10;

/** A place among the open streams; give it back when the stream ends. */
export interface LiveStreamSlot {
  release(): void;
}

/** The long-lived responses this process holds, counted against the limits, and ended together at shutdown. */
export class LiveStreams {
  private readonly byTopic = new Map<string, Set<() => void>>();
  private count = 0;

  constructor(
    private readonly maxStreams = MAX_LIVE_STREAMS,
    private readonly maxPerTopic = MAX_LIVE_STREAMS_PER_TOPIC,
  ) {}

  /** A slot for a stream on `topic`, ended by `close` at shutdown; null when a limit is reached. */
  tryOpen(topic: string, close: () => void): LiveStreamSlot | null {
    const closers = this.byTopic.get(topic) ?? new Set<() => void>();
    if (this.count >= this.maxStreams || closers.size >= this.maxPerTopic) return null;
    // Each slot has its own closer, so one function given twice still takes two places.
    const closer = () => close();
    closers.add(closer);
    this.byTopic.set(topic, closers);
    this.count += 1;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        closers.delete(closer);
        if (closers.size === 0) this.byTopic.delete(topic);
        this.count -= 1;
      },
    };
  }

  /** Ends every open stream (each releases its own slot as it closes). */
  closeAll(): void {
    for (const closers of [...this.byTopic.values()]) {
      for (const close of [...closers]) close();
    }
  }

  get size(): number {
    return this.count;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's live streams (see `build-app.ts`). */
    liveStreams: LiveStreams;
  }
}

import type { ScheduleOutlook } from '../domain/quota/quota-alternatives.js';
import { dateInZone } from '../domain/shared/clock.js';
import type { OrderChange } from './ports/change-feed.js';

/** How long a model's schedule is trusted before it is read again: the waiting orders are counted row by row. */
export const DEFAULT_OUTLOOK_MAX_AGE_MS = 1_000;

/** Statuses an order reaches when it leaves the queue or gives back its slot: the schedule changed under the cache. */
const SCHEDULE_CHANGING_STATUSES: ReadonlySet<string> = new Set(['scheduled', 'cancelled']);

interface CachedOutlook {
  readonly outlook: ScheduleOutlook;
  /** Orders verified here since the read: they joined the queue behind it. */
  joined: number;
  readonly readAtMs: number;
}

/**
 * Each model's production schedule as the delivery estimates of this process see it. Every verified order is given
 * an estimate, and counting the orders ahead of it grows with the queue: on launch day, when thousands join in a
 * second and none leaves (slots are given after the VIN lag), reading it per order made a surge quadratic. The
 * schedule is read at most once per `maxAgeMs` per model; the orders verified here in between are counted as they
 * join. Orders leaving the queue or slots given back (scheduled, cancelled) drop the cache at once when this process
 * hears of them; orders verified by other processes are counted at the next read. An estimate is replaced by the
 * build date when the order is scheduled, so an estimate that is a second behind is still an honest estimate.
 */
export class ProductionOutlook {
  private readonly models = new Map<string, CachedOutlook>();

  /** `monotonicMs` never goes back (e.g. `performance.now`), independent of the business clock. */
  constructor(
    private readonly monotonicMs: () => number,
    private readonly maxAgeMs = DEFAULT_OUTLOOK_MAX_AGE_MS,
  ) {}

  /** The model's schedule, read again by `read` (in the caller's transaction) when too old or of another day. */
  async of(model: string, now: Date, read: () => Promise<ScheduleOutlook | null>): Promise<ScheduleOutlook | null> {
    const cached = this.models.get(model);
    if (cached !== undefined && this.monotonicMs() - cached.readAtMs <= this.maxAgeMs) {
      const { outlook } = cached;
      // A new day in the plant's zone moves the first fillable date: read again.
      if (outlook.today === dateInZone(now, outlook.plant.timeZone))
        return { ...outlook, queueAhead: outlook.queueAhead + cached.joined };
    }
    const outlook = await read();
    if (outlook === null) this.models.delete(model);
    else this.models.set(model, { outlook, joined: 0, readAtMs: this.monotonicMs() });
    return outlook;
  }

  /** An order of the model was verified in this process: the next estimate counts it ahead. */
  joined(model: string): void {
    const cached = this.models.get(model);
    if (cached !== undefined) cached.joined += 1;
  }

  /** Listens to committed changes: an order scheduled or cancelled changes the queue or the slots. */
  noticed(change: OrderChange): void {
    if (SCHEDULE_CHANGING_STATUSES.has(change.status)) this.models.clear();
  }
}

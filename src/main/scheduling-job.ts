import { scheduleVerifiedOrders, type ScheduleRunResult } from '../application/commands/schedule-production.js';
import type { Services } from '../application/services.js';

/** How often the in-process scheduler looks for orders whose VIN lag has passed. */
export const SCHEDULING_INTERVAL_MS = 60_000;

/** Where the job reports; Fastify's pino logger fits. */
export interface JobLogger {
  info(data: object, message: string): void;
  error(data: object, message: string): void;
}

export interface SchedulingJob {
  /** One run now, unless one is under way (then it waits for that one); errors are logged, never thrown. */
  tick(): Promise<void>;
  /** No further runs; resolves when the run under way, if any, has finished. */
  stop(): Promise<void>;
}

/**
 * Schedules the orders verified at least `policies.vinLagHours` ago, every `intervalMs`. Runs never overlap in one
 * process; across processes the plant lock makes them take turns, so every instance of a scale-out may run it.
 */
export function startSchedulingJob(
  services: Services,
  log: JobLogger,
  intervalMs = SCHEDULING_INTERVAL_MS,
): SchedulingJob {
  let running: Promise<void> | null = null;
  let stopped = false;

  const runOnce = async (): Promise<void> => {
    try {
      const result: ScheduleRunResult = await scheduleVerifiedOrders(services, { all: false });
      if (result.scheduled > 0 || result.unscheduled.length > 0) {
        log.info(
          { scheduled: result.scheduled, unscheduled: result.unscheduled.length },
          'scheduled verified orders past their VIN lag',
        );
      }
    } catch (error) {
      log.error({ err: error }, 'the scheduling run failed; the next one will try again');
    }
  };

  const tick = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (running === null) {
      running = runOnce().finally(() => {
        running = null;
      });
    }
    return running;
  };

  const timer = setInterval(() => void tick(), intervalMs);
  // The job never keeps the process alive on its own: shutting down is the server's decision.
  timer.unref();
  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

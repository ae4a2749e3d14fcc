import { applyPriceProtection, type PriceProtectionRun } from '../application/commands/apply-price-protection.js';
import type { Services } from '../application/services.js';
import { versionsInForceKey } from '../domain/pricing/price-drop.js';

/** How often the job looks whether a price-list version came into force: a drop reaches orders within a minute. */
export const PRICE_PROTECTION_INTERVAL_MS = 60_000;

export interface PriceProtectionJob {
  /** Looks once, now: reprices the locked orders when the versions in force changed since the last look. */
  tick(): Promise<PriceProtectionRun | null>;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Price-list versions may take effect in the future: this in-process job passes a drop on when its version comes
 * into force. It reprices only when the set of versions in force changed (after a start, every order is looked at
 * once, at start), never runs twice at the same time, and reports a failed run to `onError` and tries again at the next tick.
 */
export function startPriceProtectionJob(
  services: Services,
  onError: (error: unknown) => void,
  intervalMs = PRICE_PROTECTION_INTERVAL_MS,
): PriceProtectionJob {
  let appliedKey: string | null = null;
  let running: Promise<PriceProtectionRun | null> | null = null;

  const look = async (): Promise<PriceProtectionRun | null> => {
    const key = versionsInForceKey(await services.reference.priceVersions(), services.clock.now().toISOString());
    if (key === appliedKey) return null;
    const run = await applyPriceProtection(services);
    appliedKey = key;
    return run;
  };

  const tick = (): Promise<PriceProtectionRun | null> => {
    if (running !== null) return running;
    running = look()
      .catch((error: unknown) => {
        onError(error);
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  // A version may have come into force while the process was down: look at once.
  void tick();
  return {
    tick,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

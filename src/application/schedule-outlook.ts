import { findModel } from '../domain/catalog/catalog-lookup.js';
import type { QuotaKey } from '../domain/order/order-types.js';
import { quotaAlternatives, type ScheduleOutlook } from '../domain/quota/quota-alternatives.js';
import { addDays, dateInZone } from '../domain/shared/clock.js';
import { DEFAULT_HORIZON_DAYS } from '../domain/scheduling/plant-capacity.js';
import type { QuotaAlternative } from '../domain/verification/verification-facts.js';
import type { UnitOfWork } from './ports/repositories.js';
import type { ProductionOutlook } from './production-outlook.js';
import type { ReferenceData } from './reference-data.js';

/**
 * Days of bookings read from today: an estimate walks up to a horizon past the later of today and its bucket
 * month's first day, and buckets are allocated months ahead, so two horizons cover every walk that matters.
 */
export const BOOKINGS_WINDOW_DAYS = 2 * DEFAULT_HORIZON_DAYS;

/**
 * The schedule of a model as it stands, read in the caller's transaction: the plant that builds it, the slots taken
 * per build date (orders holding slots) and the verified orders still waiting for one. Null when the catalog or the
 * plants do not know the model's plant, so callers fall back to month differences.
 */
export async function scheduleOutlook(
  unit: UnitOfWork,
  reference: ReferenceData,
  model: string,
  now: Date,
): Promise<ScheduleOutlook | null> {
  const [catalog, plants] = await Promise.all([reference.catalog(), reference.plants()]);
  const plantCode = findModel(catalog, model)?.plant;
  const plant = plants.find((candidate) => candidate.code === plantCode);
  if (plant === undefined) return null;
  const today = dateInZone(now, plant.timeZone);
  const [booked, queueAhead] = await Promise.all([
    unit.orderQueues.bookings(plant.code, model, today, addDays(today, BOOKINGS_WINDOW_DAYS)),
    unit.orderQueues.countAwaitingSlot(model),
  ]);
  return { plant, booked, queueAhead, today };
}

/**
 * The buckets a rejected order could move to, each with the delay computed from the schedule. The schedule is read
 * only when some other bucket has room: a suggestion without room is never shown.
 */
export async function quotaSuggestions(
  unit: UnitOfWork,
  sources: { readonly reference: ReferenceData; readonly outlook: ProductionOutlook },
  key: QuotaKey,
  now: Date,
): Promise<QuotaAlternative[]> {
  const buckets = await unit.quotas.list({ model: key.model });
  const candidates = quotaAlternatives(key, buckets).filter((option) => option.bucket.used < option.bucket.cap);
  if (candidates.length === 0) return [];
  // Once a launch fills its buckets every order is a rejection with suggestions: the schedule is read once a second.
  const outlook = await sources.outlook.of(key.model, now, () =>
    scheduleOutlook(unit, sources.reference, key.model, now),
  );
  return quotaAlternatives(
    key,
    candidates.map((option) => option.bucket),
    outlook,
  );
}

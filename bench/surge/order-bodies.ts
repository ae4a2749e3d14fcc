/** The orders the surge submits: every one valid, each buyer new, spread over the demo's dealers and models. */
import { residentIdCheckCharacter } from '../../src/domain/identity/resident-id.js';

/** Distinct buyers available: one resident ID per birth day and sequence number. */
export const MAX_BUYERS = 365_000;

/** A configuration of each model that the demo verifies and that consumes no scarce part. */
const VEHICLES = [
  { model: 'E7', trim: 'LR', options: ['PAINT-WHITE', 'INT-BLACK', 'WHEEL-19'] },
  { model: 'C3', trim: 'COMFORT', options: ['PAINT-WHITE', 'INT-BLACK', 'WHEEL-17'] },
] as const;

/** The demo's dealer salespeople, one per region, so that the orders fill eight quota buckets, not one. */
export const SURGE_SALES_USERS = ['sh.sales', 'bj.sales', 'gz.sales', 'cq.sales'] as const;

/** A valid adult resident ID, different for every `n` below `MAX_BUYERS`. */
export function residentId(n: number): string {
  const day = new Date(Date.UTC(1980, 0, 1) + Math.floor(n / 1000) * 86_400_000);
  const first17 = `110105${day.toISOString().slice(0, 10).replaceAll('-', '')}${String(n % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** The body of order `n`; `paidAt` is a past instant (the deposit must be paid before the order). */
export function orderBody(n: number, paidAt: string): string {
  if (n >= MAX_BUYERS) throw new Error(`the surge ran out of distinct buyers (${MAX_BUYERS})`);
  return JSON.stringify({
    customer: {
      name: '王五',
      phone: `139${String(n % 100_000_000).padStart(8, '0')}`,
      idType: 'resident_id',
      idNumber: residentId(n),
    },
    vehicle: VEHICLES[Math.floor(n / SURGE_SALES_USERS.length) % VEHICLES.length],
    deposit: { amountCents: 500_000, paidAt, reference: `PAY-${n}` },
  });
}

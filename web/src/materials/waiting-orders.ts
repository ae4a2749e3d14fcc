import type { ApiOrder } from '../api/api-types.js';

/**
 * The postponed orders waiting for each part, oldest first (the order supply re-verifies them in), from the parts
 * their materials check found short.
 */
export function waitingOrdersByPart(orders: readonly ApiOrder[]): ReadonlyMap<string, readonly ApiOrder[]> {
  const byPart = new Map<string, ApiOrder[]>();
  const oldestFirst = [...orders].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const order of oldestFirst) {
    if (order.status !== 'postponed') continue;
    const parts = new Set(
      (order.verification?.checks ?? [])
        .filter((line) => line.check === 'materials' && line.result === 'hold')
        .map((line) => String(line.details?.part ?? '')),
    );
    for (const part of parts) {
      if (part === '') continue;
      byPart.set(part, [...(byPart.get(part) ?? []), order]);
    }
  }
  return byPart;
}

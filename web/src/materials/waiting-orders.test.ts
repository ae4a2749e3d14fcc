import { describe, expect, it } from 'vitest';
import type { ApiOrder, CheckLine } from '../api/api-types.js';
import { waitingOrdersByPart } from './waiting-orders.js';

function order(orderNo: string, createdAt: string, shortParts: string[], status: ApiOrder['status'] = 'postponed') {
  const checks: CheckLine[] = shortParts.map((part) => ({
    check: 'materials',
    result: 'hold',
    code: 'part_short',
    message: `${part} is out of stock`,
    path: 'vehicle.options',
    details: { part, expectedAt: null },
  }));
  return { orderNo, createdAt, status, verification: { checks } } as unknown as ApiOrder;
}

describe('the orders waiting on each part', () => {
  it('lists the postponed orders under every part they wait for, oldest first', () => {
    const waiting = waitingOrdersByPart([
      order('SO-3', '2026-12-04T03:00:00Z', ['GLASS-PANO-E7']),
      order('SO-1', '2026-12-04T01:00:00Z', ['GLASS-PANO-E7', 'LIDAR-UNIT']),
      order('SO-2', '2026-12-04T02:00:00Z', ['LIDAR-UNIT'], 'verified'),
    ]);
    expect([...waiting.keys()]).toEqual(['GLASS-PANO-E7', 'LIDAR-UNIT']);
    expect(waiting.get('GLASS-PANO-E7')?.map((found) => found.orderNo)).toEqual(['SO-1', 'SO-3']);
    expect(waiting.get('LIDAR-UNIT')?.map((found) => found.orderNo)).toEqual(['SO-1']);
  });
});

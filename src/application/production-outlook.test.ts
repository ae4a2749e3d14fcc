import { describe, expect, it } from 'vitest';
import type { ScheduleOutlook } from '../domain/quota/quota-alternatives.js';
import type { OrderChange } from './ports/change-feed.js';
import { ProductionOutlook } from './production-outlook.js';

const NINGBO = {
  code: 'NB',
  name: 'Ningbo',
  vinCode: 'N',
  timeZone: 'Asia/Shanghai',
  dailyCapacity: { E7: 10 },
  workingWeekdays: [1, 2, 3, 4, 5, 6],
  transitDays: { EAST: 2 },
};
/** Friday noon in Shanghai. */
const NOON = new Date('2026-12-04T04:00:00Z');

function outlookWithReads(maxAgeMs = 1_000) {
  let nowMs = 0;
  let reads = 0;
  let waiting = 5;
  const outlook = new ProductionOutlook(() => nowMs, maxAgeMs);
  const read = async (): Promise<ScheduleOutlook> => {
    reads += 1;
    return { plant: NINGBO, booked: new Map(), queueAhead: waiting, today: '2026-12-04' };
  };
  return {
    outlook,
    queueAhead: async (at = NOON) => (await outlook.of('E7', at, read))?.queueAhead,
    advance: (ms: number) => (nowMs += ms),
    setWaiting: (count: number) => (waiting = count),
    reads: () => reads,
  };
}

function change(status: string): OrderChange {
  return { orderId: 'o1', dealerCode: 'SH001', seq: 2, type: status, at: NOON.toISOString(), status };
}

describe('the production schedule as delivery estimates see it', () => {
  it('reads a model once within its age and counts the orders verified here since', async () => {
    const { outlook, queueAhead, reads } = outlookWithReads();
    expect(await queueAhead()).toBe(5);
    outlook.joined('E7');
    outlook.joined('E7');
    outlook.joined('C3');
    expect(await queueAhead()).toBe(7);
    expect(reads()).toBe(1);
  });

  it('reads again once the cached schedule is older than its age', async () => {
    const { queueAhead, advance, setWaiting, reads } = outlookWithReads();
    await queueAhead();
    setWaiting(40);
    advance(1_000);
    expect(await queueAhead()).toBe(5);
    advance(1);
    expect(await queueAhead()).toBe(40);
    expect(reads()).toBe(2);
  });

  it('reads again on a new day in the plant’s zone', async () => {
    const { queueAhead, setWaiting } = outlookWithReads();
    await queueAhead();
    setWaiting(9);
    // 16:00 UTC is midnight in Shanghai.
    expect(await queueAhead(new Date('2026-12-04T16:00:00Z'))).toBe(9);
  });

  it('drops what it holds when an order is scheduled or cancelled, not when one is verified or rejected', async () => {
    const { outlook, queueAhead, setWaiting } = outlookWithReads();
    await queueAhead();
    setWaiting(3);
    outlook.noticed(change('verified'));
    outlook.noticed(change('rejected'));
    expect(await queueAhead()).toBe(5);
    outlook.noticed(change('scheduled'));
    expect(await queueAhead()).toBe(3);
    setWaiting(2);
    outlook.noticed(change('cancelled'));
    expect(await queueAhead()).toBe(2);
  });
});

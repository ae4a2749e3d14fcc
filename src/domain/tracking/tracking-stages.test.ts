import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '../order/order-status.js';
import { eventsFor } from './test-order.js';
import { trackingStages, type TrackingStageState } from './tracking-stages.js';

const NO_VIN = { hasVin: false };
const statesOf = (status: OrderStatus, events = eventsFor('submitted'), evidence = NO_VIN): TrackingStageState[] =>
  trackingStages(status, events, 'en', evidence).map((stage) => stage.state);

describe('trackingStages on the main line', () => {
  it.each<{ status: OrderStatus; events: string[]; states: TrackingStageState[] }>([
    {
      status: 'submitted',
      events: ['submitted'],
      states: ['current', 'upcoming', 'upcoming', 'upcoming', 'upcoming', 'upcoming'],
    },
    {
      status: 'verified',
      events: ['submitted', 'verified'],
      states: ['done', 'current', 'upcoming', 'upcoming', 'upcoming', 'upcoming'],
    },
    {
      status: 'scheduled',
      events: ['submitted', 'verified', 'scheduled'],
      states: ['done', 'done', 'current', 'upcoming', 'upcoming', 'upcoming'],
    },
    {
      status: 'in_production',
      events: ['submitted', 'verified', 'scheduled', 'in_production'],
      states: ['done', 'done', 'done', 'current', 'upcoming', 'upcoming'],
    },
    {
      status: 'shipped',
      events: ['submitted', 'verified', 'scheduled', 'in_production', 'shipped'],
      states: ['done', 'done', 'done', 'done', 'current', 'upcoming'],
    },
    {
      status: 'delivered',
      events: ['submitted', 'verified', 'scheduled', 'in_production', 'shipped', 'delivered'],
      states: ['done', 'done', 'done', 'done', 'done', 'current'],
    },
  ])('marks the steps of a $status order $states', ({ status, events, states }) => {
    expect(statesOf(status, eventsFor(...events))).toEqual(states);
  });

  it('dates each reached step with its first event and leaves the steps ahead undated', () => {
    const stages = trackingStages('scheduled', eventsFor('submitted', 'verified', 'scheduled'), 'en', NO_VIN);
    expect(stages.map((stage) => stage.at)).toEqual([
      '2026-03-02T02:00:00.000Z',
      '2026-03-03T02:00:00.000Z',
      '2026-03-04T02:00:00.000Z',
      null,
      null,
      null,
    ]);
  });

  it('dates a step by its first event when the order came back to it (rejected, fixed, verified)', () => {
    const events = eventsFor('submitted', 'rejected', 'verified', 'edited', 'verified');
    expect(trackingStages('verified', events, 'en', NO_VIN)[1]?.at).toBe('2026-03-04T02:00:00.000Z');
  });

  it('reads the history in sequence order, whatever order it is given in', () => {
    const events = eventsFor('submitted', 'verified').toReversed();
    expect(trackingStages('verified', events, 'en', NO_VIN).map((stage) => stage.at)).toEqual([
      '2026-03-02T02:00:00.000Z',
      '2026-03-03T02:00:00.000Z',
      null,
      null,
      null,
      null,
    ]);
  });

  it('shows a step reached without an event as done but undated', () => {
    const stages = trackingStages('shipped', eventsFor('submitted'), 'en', { hasVin: true });
    expect(stages.map((stage) => [stage.state, stage.at !== null])).toEqual([
      ['done', true],
      ['done', false],
      ['done', false],
      ['done', false],
      ['current', false],
      ['upcoming', false],
    ]);
  });

  it('ignores events that are not steps (edits, reallocations)', () => {
    const stages = trackingStages('submitted', eventsFor('submitted', 'edited', 'reallocated'), 'en', NO_VIN);
    expect(stages.filter((stage) => stage.at !== null).map((stage) => stage.key)).toEqual(['submitted']);
  });

  it.each([
    { language: 'zh-CN', first: '订单提交' },
    { language: 'en', first: 'Order placed' },
  ] as const)('labels the steps in $language', ({ language, first }) => {
    expect(trackingStages('submitted', [], language, NO_VIN)[0]?.label).toBe(first);
  });
});

describe('trackingStages off the main line', () => {
  it.each<OrderStatus>(['postponed', 'manual_review'])(
    'keeps a %s order at its submission, with confirmation still ahead',
    (status) => {
      expect(statesOf(status, eventsFor('submitted', status))).toEqual([
        'current',
        'upcoming',
        'upcoming',
        'upcoming',
        'upcoming',
        'upcoming',
      ]);
    },
  );

  it('skips every step after submission of a rejected order', () => {
    expect(statesOf('rejected', eventsFor('submitted', 'rejected'))).toEqual([
      'done',
      'skipped',
      'skipped',
      'skipped',
      'skipped',
      'skipped',
    ]);
  });

  it.each<{ events: string[]; hasVin: boolean; reached: number }>([
    { events: ['submitted', 'cancelled'], hasVin: false, reached: 1 },
    { events: ['submitted', 'postponed', 'cancelled'], hasVin: false, reached: 1 },
    { events: ['submitted', 'verified', 'cancelled'], hasVin: false, reached: 2 },
    { events: ['submitted', 'verified', 'scheduled', 'in_production', 'cancelled'], hasVin: true, reached: 4 },
    { events: ['submitted', 'verified', 'cancelled'], hasVin: true, reached: 3 },
    { events: [], hasVin: false, reached: 1 },
  ])(
    'marks $reached steps done and the rest skipped for an order cancelled after $events',
    ({ events, hasVin, reached }) => {
      const states = statesOf('cancelled', eventsFor(...events), { hasVin });
      expect(states).toEqual([...Array<string>(reached).fill('done'), ...Array<string>(6 - reached).fill('skipped')]);
    },
  );

  it('dates the steps a cancelled order reached and no others', () => {
    const stages = trackingStages('cancelled', eventsFor('submitted', 'verified', 'cancelled'), 'en', NO_VIN);
    expect(stages.map((stage) => stage.at)).toEqual([
      '2026-03-02T02:00:00.000Z',
      '2026-03-03T02:00:00.000Z',
      null,
      null,
      null,
      null,
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkMilestone, MILESTONES, type Milestone, type MilestoneReport } from './milestone-rules.js';
import { ORDER_STATUSES, type OrderStatus } from './order-status.js';

const report = (overrides: Partial<MilestoneReport> = {}): MilestoneReport => ({
  status: 'scheduled',
  milestone: 'in_production',
  at: '2026-12-10T08:00:00+08:00',
  now: '2026-12-10T01:00:00.000Z',
  createdAt: '2026-12-04T04:00:00.000Z',
  ...overrides,
});

const NEXT: Readonly<Record<Milestone, OrderStatus>> = {
  in_production: 'scheduled',
  shipped: 'in_production',
  delivered: 'shipped',
};

describe('checkMilestone', () => {
  it.each(MILESTONES)('records %s after the step before it', (milestone) => {
    expect(checkMilestone(report({ milestone, status: NEXT[milestone] }))).toEqual([]);
  });

  const outOfOrder = MILESTONES.flatMap((milestone) =>
    ORDER_STATUSES.filter((status) => status !== NEXT[milestone]).map(
      (status) => [milestone, status] as [Milestone, OrderStatus],
    ),
  );

  it.each(outOfOrder)('refuses %s for an order that is %s', (milestone, status) => {
    expect(checkMilestone(report({ milestone, status })).map((found) => found.code)).toEqual([
      'transition_not_allowed',
    ]);
  });

  it('accepts a milestone reported at the very instant it arrives', () => {
    expect(checkMilestone(report({ at: '2026-12-10T01:00:00Z' }))).toEqual([]);
  });

  it('refuses a milestone that has not happened yet', () => {
    expect(checkMilestone(report({ at: '2026-12-10T01:00:01Z' }))).toEqual([
      { code: 'milestone_in_future', message: 'A milestone is reported once it has happened.', path: 'at' },
    ]);
  });

  it('refuses a milestone dated before the order existed', () => {
    expect(checkMilestone(report({ at: '2026-12-01T00:00:00Z' })).map((found) => found.code)).toEqual([
      'milestone_before_order',
    ]);
  });
});

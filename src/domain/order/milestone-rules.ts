import { type Violation, violation } from '../shared/violation.js';
import type { OrderStatus } from './order-status.js';
import { transition } from './order-transition.js';

/** The steps plant and logistics systems report after scheduling (SPEC §4, milestones), in their order. */
export const MILESTONES = ['in_production', 'shipped', 'delivered'] as const;
export type Milestone = (typeof MILESTONES)[number];

/** A reported milestone, with the facts that decide whether it is accepted. */
export interface MilestoneReport {
  readonly status: OrderStatus;
  readonly milestone: Milestone;
  /** ISO instant the step happened, as reported. */
  readonly at: string;
  /** ISO instant the report arrives. */
  readonly now: string;
  /** ISO instant the order was submitted. */
  readonly createdAt: string;
}

/**
 * Whether a milestone may be recorded: only the next step of the transition table (scheduled → in_production →
 * shipped → delivered), at a time that has already come and not before the order existed.
 */
export function checkMilestone(report: MilestoneReport): Violation[] {
  const step = transition(report.status, report.milestone);
  if (!step.ok) return [step.violation];
  const at = Date.parse(report.at);
  if (at > Date.parse(report.now)) {
    return [violation('milestone_in_future', 'A milestone is reported once it has happened.', 'at')];
  }
  if (at < Date.parse(report.createdAt)) {
    return [violation('milestone_before_order', 'A milestone cannot come before the order was submitted.', 'at')];
  }
  return [];
}

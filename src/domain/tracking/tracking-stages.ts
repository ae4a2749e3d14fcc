import type { OrderStatus } from '../order/order-status.js';
import type { Language } from '../order/order-types.js';
import { TRACKING_STAGE_KEYS, isTrackingStageKey, stageLabel, type TrackingStageKey } from './tracking-labels.js';

/** An event of the order's history as the page needs it: a status-change event's type is the new status. */
export interface TrackingEvent {
  readonly seq: number;
  readonly type: string;
  /** ISO 8601 instant. */
  readonly at: string;
}

/**
 * `done` and `current` steps were reached; `upcoming` ones are still ahead; `skipped` ones will not come on the
 * order's present course (it was rejected or cancelled first).
 */
export type TrackingStageState = 'done' | 'current' | 'upcoming' | 'skipped';

export interface TrackingStage {
  readonly key: TrackingStageKey;
  readonly label: string;
  /** When the order first reached the step; null for a step not reached, or reached with no event to date it. */
  readonly at: string | null;
  readonly state: TrackingStageState;
}

/** What the order shows beyond its status: having a VIN means it was scheduled, even if that event is missing. */
export interface StageEvidence {
  readonly hasVin: boolean;
}

/** The time each step was first reached, by sequence number (the order of the history, whatever the clocks said). */
function firstReachedAt(events: readonly TrackingEvent[]): ReadonlyMap<TrackingStageKey, string> {
  const reached = new Map<TrackingStageKey, string>();
  for (const event of events.toSorted((a, b) => a.seq - b.seq)) {
    if (isTrackingStageKey(event.type) && !reached.has(event.type)) reached.set(event.type, event.at);
  }
  return reached;
}

/** The furthest step a cancelled order got to before it was cancelled: its history, or its VIN, tells. */
function furthestReached(reached: ReadonlyMap<TrackingStageKey, string>, evidence: StageEvidence): number {
  let furthest = evidence.hasVin ? TRACKING_STAGE_KEYS.indexOf('scheduled') : 0;
  for (const [key] of reached) furthest = Math.max(furthest, TRACKING_STAGE_KEYS.indexOf(key));
  return furthest;
}

/**
 * The state of each step for an order's status. On the main line the status's step is `current` (the last step
 * reached, `delivered` included, so the page always highlights where the car is) and the steps before it `done`.
 * An order waiting for parts or a reviewer is still at its submission, with confirmation ahead. A rejected order
 * stopped after submission and a cancelled one after the furthest step it reached: the steps after are `skipped`.
 */
function statesFor(status: OrderStatus, furthest: number): readonly TrackingStageState[] {
  const stateAt = (position: number, current: number, after: TrackingStageState): TrackingStageState => {
    if (position < current) return 'done';
    return position === current ? 'current' : after;
  };
  const positions = TRACKING_STAGE_KEYS.map((_, position) => position);
  switch (status) {
    case 'postponed':
    case 'manual_review':
      return positions.map((position) => stateAt(position, 0, 'upcoming'));
    case 'rejected':
      return positions.map((position) => (position === 0 ? 'done' : 'skipped'));
    case 'cancelled':
      return positions.map((position) => (position <= furthest ? 'done' : 'skipped'));
    default:
      return positions.map((position) => stateAt(position, TRACKING_STAGE_KEYS.indexOf(status), 'upcoming'));
  }
}

/** The page's timeline: every step in order, labelled, with its state and the time it was first reached. */
export function trackingStages(
  status: OrderStatus,
  events: readonly TrackingEvent[],
  language: Language,
  evidence: StageEvidence,
): readonly TrackingStage[] {
  const reached = firstReachedAt(events);
  const states = statesFor(status, furthestReached(reached, evidence));
  return TRACKING_STAGE_KEYS.map((key, position) => {
    const state = states[position] ?? 'upcoming';
    const wasReached = state === 'done' || state === 'current';
    return { key, label: stageLabel(key, language), at: wasReached ? (reached.get(key) ?? null) : null, state };
  });
}

import type { Cents } from '../shared/money.js';

/** What the car will be used for; a profile may name several. */
export const USAGES = ['commute', 'family_trips', 'long_distance', 'towing'] as const;
export type Usage = (typeof USAGES)[number];

/** What matters most to the customer, most important first. */
export const PRIORITIES = ['safety', 'space', 'technology', 'running_cost', 'performance'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Why the customer is buying. */
export const MOTIVATIONS = ['first_car', 'replacement', 'addition'] as const;
export type Motivation = (typeof MOTIVATIONS)[number];

/**
 * A customer's needs as the salesperson heard them. Every field may be unknown (null, or an empty list): a profile
 * fills up over a conversation, and the ranking only uses what was actually said.
 */
export interface NeedsProfile {
  readonly budgetCents: Cents | null;
  /** People who usually ride along, the driver included. */
  readonly householdSize: number | null;
  readonly dailyDistanceKm: number | null;
  /** Whether the customer can charge where the car sleeps. */
  readonly homeCharging: boolean | null;
  readonly usage: readonly Usage[];
  /** Most important first; each priority at most once. */
  readonly priorities: readonly Priority[];
  readonly motivation: Motivation | null;
}

/** A profile with nothing said yet. */
export const EMPTY_PROFILE: NeedsProfile = {
  budgetCents: null,
  householdSize: null,
  dailyDistanceKm: null,
  homeCharging: null,
  usage: [],
  priorities: [],
  motivation: null,
};

/** One need the customer stated: what every explanation of a recommendation must point back to. */
export type StatedNeed =
  | { readonly kind: 'budget'; readonly budgetCents: Cents }
  | { readonly kind: 'household'; readonly size: number }
  | { readonly kind: 'daily_distance'; readonly km: number }
  | { readonly kind: 'home_charging' }
  | { readonly kind: 'usage'; readonly usage: Usage }
  /** `rank` 1 is the customer's first priority. */
  | { readonly kind: 'priority'; readonly priority: Priority; readonly rank: number }
  | { readonly kind: 'motivation'; readonly motivation: Motivation };

/** Every need the profile states, in the order of its fields. Home charging counts only when the answer was yes. */
export function statedNeedsOf(profile: NeedsProfile): StatedNeed[] {
  const needs: StatedNeed[] = [];
  if (profile.budgetCents !== null) needs.push({ kind: 'budget', budgetCents: profile.budgetCents });
  if (profile.householdSize !== null) needs.push({ kind: 'household', size: profile.householdSize });
  if (profile.dailyDistanceKm !== null) needs.push({ kind: 'daily_distance', km: profile.dailyDistanceKm });
  if (profile.homeCharging === true) needs.push({ kind: 'home_charging' });
  for (const usage of profile.usage) needs.push({ kind: 'usage', usage });
  profile.priorities.forEach((priority, index) => needs.push({ kind: 'priority', priority, rank: index + 1 }));
  if (profile.motivation !== null) needs.push({ kind: 'motivation', motivation: profile.motivation });
  return needs;
}

/** A stable key of a need (`household:6`, `priority:safety`): equal needs have equal keys. */
export function needKey(need: StatedNeed): string {
  switch (need.kind) {
    case 'budget':
      return `budget:${need.budgetCents}`;
    case 'household':
      return `household:${need.size}`;
    case 'daily_distance':
      return `daily_distance:${need.km}`;
    case 'home_charging':
      return 'home_charging';
    case 'usage':
      return `usage:${need.usage}`;
    case 'priority':
      return `priority:${need.priority}`;
    case 'motivation':
      return `motivation:${need.motivation}`;
  }
}

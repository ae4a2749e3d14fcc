import type { Powertrain } from '../catalog/catalog-types.js';
import type { Cents } from '../shared/money.js';
import type { FeatureNeeds } from './feature-needs.js';
import type { NeedsProfile, Priority, StatedNeed, Usage } from './needs-profile.js';

/**
 * How well one offer fits one profile, factor by factor. Every number is a named constant so that a salesperson's
 * "why is this first?" has an answer a person can check by hand.
 */

export const FIT_FACTORS = ['budget', 'seating', 'energy', 'towing', 'priorities', 'usage'] as const;
export type FitFactor = (typeof FIT_FACTORS)[number];

/** Points one factor gave an offer; factors the profile says nothing about give no line at all. */
export interface FitLine {
  readonly factor: FitFactor;
  readonly points: number;
}

/** Within budget. */
export const BUDGET_FIT_POINTS = 30;
/** Taken off for every started per cent over budget. */
export const OVER_BUDGET_POINTS_PER_PERCENT = 6;
export const MAX_OVER_BUDGET_PENALTY = -90;

/** A seat for everyone and one to spare (a grandparent, a friend, a child's friend). */
export const SPARE_SEATS = 1;
export const SEATS_WITH_SPARE_POINTS = 25;
export const SEATS_EXACT_POINTS = 15;
/** Too few seats for the household: practically out of the running. */
export const TOO_FEW_SEATS_POINTS = -100;
/** Seats are named as answering a household only from this size on: below it, any car seats everyone. */
export const HOUSEHOLD_WORTH_NAMING = 5;

export const HOME_CHARGED_BEV_POINTS = 20;
export const PUBLIC_CHARGED_BEV_POINTS = -15;
/** A battery electric car should manage twice the daily distance: there and back, with a margin for cold days. */
export const BEV_RANGE_MARGIN = 2;
export const SHORT_RANGE_BEV_POINTS = -25;
/** Range from which a battery electric car is comfortable on long drives. */
export const LONG_RANGE_KM = 600;
export const LONG_RANGE_POINTS = 8;
export const SHORT_FOR_LONG_DRIVES_POINTS = -5;
export const PHEV_ON_ELECTRICITY_POINTS = 12;
export const PHEV_PARTLY_ELECTRIC_POINTS = 6;
export const FUEL_WITHOUT_CHARGER_POINTS = 4;
export const PHEV_LONG_DISTANCE_POINTS = 8;
export const ICE_LONG_DISTANCE_POINTS = 4;
/** Cheap electricity at home goes unused in a combustion car. */
export const ICE_WITH_CHARGER_POINTS = -5;

export const TOWING_READY_POINTS = 25;
export const CANNOT_TOW_POINTS = -60;

/** Points for the first, second, … priority when the offer has a feature answering it. */
export const PRIORITY_WEIGHTS: readonly number[] = [20, 12, 8, 5, 3];
/** A second feature answering the same priority adds half its weight again; more add nothing. */
export const SECOND_FEATURE_SHARE = 0.5;
export const USAGE_POINTS = 6;

/** How much a feature's answer to a need weighs when the offer's few selling points are chosen. */
export function needWeight(need: StatedNeed): number {
  switch (need.kind) {
    case 'household':
      return SEATS_WITH_SPARE_POINTS;
    case 'usage':
      return need.usage === 'towing' ? TOWING_READY_POINTS : USAGE_POINTS;
    case 'priority':
      return priorityWeight(need.rank);
    case 'home_charging':
    case 'daily_distance':
      return HOME_CHARGED_BEV_POINTS / 2;
    case 'budget':
    case 'motivation':
      return 0;
  }
}

export function priorityWeight(rank: number): number {
  return PRIORITY_WEIGHTS[rank - 1] ?? 0;
}

/**
 * The stated needs a feature answers for this profile, the most specific first: its seats for a household that
 * fills a car, charging at home (with the daily distance it pays off on), its electric range for the daily distance,
 * towing, then the priorities (in the customer's order) and the other usages it is tagged with.
 */
export function needsAnsweredBy(entry: FeatureNeeds, profile: NeedsProfile): StatedNeed[] {
  const needs: StatedNeed[] = [];
  const household = profile.householdSize;
  if (entry.seats !== null && household !== null && household >= HOUSEHOLD_WORTH_NAMING && entry.seats >= household) {
    needs.push({ kind: 'household', size: household });
  }
  const km = profile.dailyDistanceKm;
  const chargesAtHome = profile.homeCharging === true && entry.answers.includes('home_charging');
  if (chargesAtHome) needs.push({ kind: 'home_charging' });
  if (km !== null && km > 0 && (chargesAtHome || (entry.electricRangeKm !== null && entry.electricRangeKm >= km))) {
    needs.push({ kind: 'daily_distance', km });
  }
  if (profile.usage.includes('towing') && entry.answers.includes('towing'))
    needs.push({ kind: 'usage', usage: 'towing' });
  profile.priorities.forEach((priority, index) => {
    if (entry.answers.includes(priority)) needs.push({ kind: 'priority', priority, rank: index + 1 });
  });
  for (const usage of profile.usage) {
    if (usage !== 'towing' && entry.answers.includes(usage)) needs.push({ kind: 'usage', usage });
  }
  return needs;
}

export function budgetFit(profile: NeedsProfile, priceCents: Cents): FitLine | null {
  const budget = profile.budgetCents;
  if (budget === null) return null;
  if (priceCents <= budget) return { factor: 'budget', points: BUDGET_FIT_POINTS };
  const overPercent = budget === 0 ? 100 : Math.ceil(((priceCents - budget) * 100) / budget);
  const points = BUDGET_FIT_POINTS - overPercent * OVER_BUDGET_POINTS_PER_PERCENT;
  return { factor: 'budget', points: Math.max(MAX_OVER_BUDGET_PENALTY, points) };
}

export function seatingFit(profile: NeedsProfile, seats: number | null): FitLine | null {
  const household = profile.householdSize;
  if (household === null || seats === null) return null;
  if (seats >= household + SPARE_SEATS) return { factor: 'seating', points: SEATS_WITH_SPARE_POINTS };
  if (seats >= household) return { factor: 'seating', points: SEATS_EXACT_POINTS };
  return { factor: 'seating', points: TOO_FEW_SEATS_POINTS };
}

/** Powertrain and range against how far the customer drives and whether they can charge at home. */
export function energyFit(
  profile: NeedsProfile,
  powertrain: Powertrain,
  electricRangeKm: number | null,
): FitLine | null {
  const { homeCharging, dailyDistanceKm } = profile;
  const longDrives = profile.usage.includes('long_distance');
  if (homeCharging === null && dailyDistanceKm === null && !longDrives) return null;
  let points = 0;
  if (powertrain === 'BEV') {
    if (homeCharging === true) points += HOME_CHARGED_BEV_POINTS;
    if (homeCharging === false) points += PUBLIC_CHARGED_BEV_POINTS;
    if (dailyDistanceKm !== null && electricRangeKm !== null && electricRangeKm < dailyDistanceKm * BEV_RANGE_MARGIN) {
      points += SHORT_RANGE_BEV_POINTS;
    }
    if (longDrives && electricRangeKm !== null) {
      points += electricRangeKm >= LONG_RANGE_KM ? LONG_RANGE_POINTS : SHORT_FOR_LONG_DRIVES_POINTS;
    }
  } else if (powertrain === 'PHEV') {
    if (homeCharging === true) {
      const coversDay = dailyDistanceKm === null || (electricRangeKm !== null && electricRangeKm >= dailyDistanceKm);
      points += coversDay ? PHEV_ON_ELECTRICITY_POINTS : PHEV_PARTLY_ELECTRIC_POINTS;
    }
    if (homeCharging === false) points += FUEL_WITHOUT_CHARGER_POINTS;
    if (longDrives) points += PHEV_LONG_DISTANCE_POINTS;
  } else {
    if (homeCharging === true) points += ICE_WITH_CHARGER_POINTS;
    if (homeCharging === false) points += FUEL_WITHOUT_CHARGER_POINTS;
    if (longDrives) points += ICE_LONG_DISTANCE_POINTS;
  }
  return { factor: 'energy', points };
}

export function towingFit(profile: NeedsProfile, features: readonly FeatureNeeds[]): FitLine | null {
  if (!profile.usage.includes('towing')) return null;
  const ready = features.some((entry) => entry.answers.includes('towing'));
  return { factor: 'towing', points: ready ? TOWING_READY_POINTS : CANNOT_TOW_POINTS };
}

export function prioritiesFit(profile: NeedsProfile, features: readonly FeatureNeeds[]): FitLine | null {
  if (profile.priorities.length === 0) return null;
  const points = profile.priorities.reduce((sum, priority: Priority, index) => {
    const answering = features.filter((entry) => entry.answers.includes(priority)).length;
    const weight = priorityWeight(index + 1);
    if (answering === 0) return sum;
    return sum + weight + (answering >= 2 ? Math.round(weight * SECOND_FEATURE_SHARE) : 0);
  }, 0);
  return { factor: 'priorities', points };
}

/** Usages other than towing (which has its own factor) that some feature answers. */
export function usageFit(profile: NeedsProfile, features: readonly FeatureNeeds[]): FitLine | null {
  const usages = profile.usage.filter((usage: Usage) => usage !== 'towing');
  if (usages.length === 0) return null;
  const answered = usages.filter((usage) => features.some((entry) => entry.answers.includes(usage)));
  return { factor: 'usage', points: answered.length * USAGE_POINTS };
}

import type { Catalog, OptionDefinition, Powertrain, Trim, VehicleModel } from '../catalog/catalog-types.js';
import { priceOf, type PriceListVersion } from '../pricing/price-list.js';
import { sumCents, type Cents } from '../shared/money.js';
import { optionFeatureNeeds, trimFeatureNeeds, type FeatureNeeds } from './feature-needs.js';
import type { LocalizedText } from './need-labels.js';
import { needKey, type NeedsProfile, type StatedNeed } from './needs-profile.js';
import {
  budgetFit,
  energyFit,
  needsAnsweredBy,
  needWeight,
  prioritiesFit,
  seatingFit,
  SPARE_SEATS,
  towingFit,
  usageFit,
  type FitLine,
} from './offer-fit.js';
import { explain, openingLines, sayAbout, type SellingPoint } from './talking-points.js';

/** The prices in force at an instant: the price-list versions and the instant to read them at. */
export interface PriceBook {
  readonly versions: readonly PriceListVersion[];
  readonly at: string;
}

/** How many offers a recommendation shows: a salesperson introduces a few cars, not the whole catalog. */
export const MAX_OFFERS = 5;
/** The few selling features shown per offer. */
export const MAX_SELLING_POINTS = 3;
/** Option packages are added for this many of the customer's first priorities, when the trim lacks an answer. */
export const PRIORITY_OPTION_DEPTH = 2;

/** One offer: an in-production trim with the option packages this customer's needs call for. */
export interface Offer {
  readonly rank: number;
  readonly model: string;
  readonly modelName: string;
  readonly powertrain: Powertrain;
  readonly trim: string;
  readonly trimName: string;
  readonly options: readonly { readonly code: string; readonly name: string }[];
  /** The trim and the options at the prices in force; paint and interior come on top when configured. */
  readonly priceCents: Cents;
  readonly seats: number | null;
  readonly score: number;
  /** The points of each factor the profile speaks to: the score is their sum. */
  readonly fit: readonly FitLine[];
  readonly sellingPoints: readonly SellingPoint[];
  /** What to say: the opening lines, then one line per selling point. */
  readonly talkingPoints: readonly LocalizedText[];
}

interface Candidate {
  readonly model: VehicleModel;
  readonly trim: Trim;
  readonly options: readonly OptionDefinition[];
  readonly features: readonly FeatureNeeds[];
  readonly priceCents: Cents;
  readonly seats: number | null;
  readonly electricRangeKm: number | null;
}

interface OptionChoice {
  readonly option: OptionDefinition;
  readonly entry: FeatureNeeds;
  readonly priceCents: Cents;
}

/**
 * Ranks the in-production trims, each with the option packages the profile calls for, by how well they fit:
 * budget, seats against the household, powertrain and range against the daily distance and home charging, towing,
 * and the features answering the customer's priorities and usages. Every offer carries its factor points, the few
 * selling features that answer needs this customer stated (each explanation naming them), and talking points in
 * English and Chinese. Best first; a tie goes to the cheaper offer, then to catalog order.
 */
export function rankOffers(
  profile: NeedsProfile,
  catalog: Catalog,
  prices: PriceBook,
  featureNeeds: readonly FeatureNeeds[],
): Offer[] {
  const scored = catalog.models.flatMap((model, modelIndex) =>
    model.trims
      .filter((trim) => trim.inProduction)
      .map((trim, trimIndex) => {
        const candidate = buildCandidate(profile, model, trim, prices, featureNeeds);
        const fit = fitOf(profile, candidate);
        const score = fit.reduce((sum, line) => sum + line.points, 0);
        return { candidate, fit, score, order: modelIndex * 1000 + trimIndex };
      }),
  );
  scored.sort((a, b) => b.score - a.score || a.candidate.priceCents - b.candidate.priceCents || a.order - b.order);
  return scored
    .slice(0, MAX_OFFERS)
    .map(({ candidate, fit, score }, index) => offerOf(profile, candidate, fit, score, index + 1));
}

function priceOfTrim(prices: PriceBook, model: VehicleModel, trim: Trim): Cents {
  return priceOf(prices.versions, model, { kind: 'trim', code: trim.code }, prices.at) ?? trim.basePriceCents;
}

function priceOfOption(prices: PriceBook, model: VehicleModel, option: OptionDefinition): Cents {
  return priceOf(prices.versions, model, { kind: 'option', code: option.code }, prices.at) ?? option.priceCents;
}

/**
 * Options a recommendation may add: mapped to needs, in production, not special, allowed on the trim, and needing
 * no other option (those are left to the configurator, where their requirements are chosen knowingly).
 */
function eligibleOptions(
  model: VehicleModel,
  trim: Trim,
  prices: PriceBook,
  featureNeeds: readonly FeatureNeeds[],
): OptionChoice[] {
  return model.options.flatMap((option) => {
    const allowed =
      option.inProduction &&
      !option.special &&
      option.requires.length === 0 &&
      (option.trims === null || option.trims.includes(trim.code));
    const entry = allowed ? optionFeatureNeeds(model, option, featureNeeds) : undefined;
    return entry === undefined ? [] : [{ option, entry, priceCents: priceOfOption(prices, model, option) }];
  });
}

function compatible(chosen: readonly OptionChoice[], candidate: OptionChoice): boolean {
  return chosen.every(
    ({ option }) =>
      option.code !== candidate.option.code &&
      !option.excludes.includes(candidate.option.code) &&
      !candidate.option.excludes.includes(option.code),
  );
}

const maxOf = (values: readonly (number | null)[]): number | null => {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : Math.max(...known);
};

/** The cheapest compatible option answering a need, the one with the most seats for seating. */
function cheapest(choices: readonly OptionChoice[]): OptionChoice | undefined {
  return [...choices].sort((a, b) => a.priceCents - b.priceCents)[0];
}

function chooseOptions(
  profile: NeedsProfile,
  base: readonly FeatureNeeds[],
  basePriceCents: Cents,
  eligible: readonly OptionChoice[],
): OptionChoice[] {
  const chosen: OptionChoice[] = [];
  const features = () => [...base, ...chosen.map((choice) => choice.entry)];
  const household = profile.householdSize;
  const seats = maxOf(base.map((entry) => entry.seats));
  if (household !== null && seats !== null && seats < household + SPARE_SEATS) {
    const roomier = eligible
      .filter((choice) => choice.entry.seats !== null && choice.entry.seats > seats)
      .sort((a, b) => (b.entry.seats ?? 0) - (a.entry.seats ?? 0) || a.priceCents - b.priceCents)[0];
    if (roomier !== undefined) chosen.push(roomier);
  }
  const answers = (tag: FeatureNeeds['answers'][number]) => features().some((entry) => entry.answers.includes(tag));
  if (profile.usage.includes('towing') && !answers('towing')) {
    const towing = cheapest(eligible.filter((c) => c.entry.answers.includes('towing') && compatible(chosen, c)));
    if (towing !== undefined) chosen.push(towing);
  }
  for (const priority of profile.priorities.slice(0, PRIORITY_OPTION_DEPTH)) {
    if (answers(priority)) continue;
    const option = cheapest(eligible.filter((c) => c.entry.answers.includes(priority) && compatible(chosen, c)));
    const total = basePriceCents + sumCents(chosen.map((choice) => choice.priceCents));
    const affordable =
      profile.budgetCents === null || (option !== undefined && total + option.priceCents <= profile.budgetCents);
    if (option !== undefined && affordable) chosen.push(option);
  }
  return chosen;
}

function buildCandidate(
  profile: NeedsProfile,
  model: VehicleModel,
  trim: Trim,
  prices: PriceBook,
  featureNeeds: readonly FeatureNeeds[],
): Candidate {
  const base = trimFeatureNeeds(model, trim, featureNeeds);
  const trimPrice = priceOfTrim(prices, model, trim);
  const chosen = chooseOptions(profile, base, trimPrice, eligibleOptions(model, trim, prices, featureNeeds));
  const all = [...base, ...chosen.map((choice) => choice.entry)];
  const seats = maxOf(all.map((entry) => entry.seats));
  return {
    model,
    trim,
    options: chosen.map((choice) => choice.option),
    // A seat count an option raised is no longer true of the car: "6 seats" goes once the 7-seat layout is in.
    features: all.filter((entry) => entry.seats === null || entry.seats === seats),
    priceCents: trimPrice + sumCents(chosen.map((choice) => choice.priceCents)),
    seats,
    electricRangeKm: maxOf(all.map((entry) => entry.electricRangeKm)),
  };
}

function fitOf(profile: NeedsProfile, candidate: Candidate): FitLine[] {
  return [
    budgetFit(profile, candidate.priceCents),
    seatingFit(profile, candidate.seats),
    energyFit(profile, candidate.model.powertrain, candidate.electricRangeKm),
    towingFit(profile, candidate.features),
    prioritiesFit(profile, candidate.features),
    usageFit(profile, candidate.features),
  ].filter((line): line is FitLine => line !== null);
}

/** The features answering the most important stated needs, at most `MAX_SELLING_POINTS` of them. */
function sellingPointsOf(profile: NeedsProfile, candidate: Candidate): SellingPoint[] {
  const weighed = candidate.features.flatMap((entry, index) => {
    const needs = dedupe(needsAnsweredBy(entry, profile));
    const weight = needs.reduce((sum, need) => sum + needWeight(need), 0);
    return needs.length === 0 ? [] : [{ entry, needs, weight, index }];
  });
  weighed.sort((a, b) => b.weight - a.weight || a.index - b.index);
  return weighed.slice(0, MAX_SELLING_POINTS).map(({ entry, needs }) => ({
    feature: entry.feature,
    featureZh: entry.featureZh,
    needs,
    explanation: explain(entry, needs),
    say: sayAbout(entry, needs[0] as StatedNeed, profile),
  }));
}

function dedupe(needs: readonly StatedNeed[]): StatedNeed[] {
  const seen = new Set<string>();
  return needs.filter((need) => {
    const key = needKey(need);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function offerOf(profile: NeedsProfile, candidate: Candidate, fit: FitLine[], score: number, rank: number): Offer {
  const sellingPoints = sellingPointsOf(profile, candidate);
  return {
    rank,
    model: candidate.model.code,
    modelName: candidate.model.name,
    powertrain: candidate.model.powertrain,
    trim: candidate.trim.code,
    trimName: candidate.trim.name,
    options: candidate.options.map((option) => ({ code: option.code, name: option.name })),
    priceCents: candidate.priceCents,
    seats: candidate.seats,
    score,
    fit,
    sellingPoints,
    talkingPoints: [
      ...openingLines(profile, candidate.model.name, candidate.priceCents),
      ...sellingPoints.map((point) => point.say),
    ],
  };
}

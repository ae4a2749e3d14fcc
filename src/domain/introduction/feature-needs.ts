import { findModel, findOption, findTrim } from '../catalog/catalog-lookup.js';
import type { Catalog, OptionDefinition, Trim, VehicleModel } from '../catalog/catalog-types.js';
import { violation, type Violation } from '../shared/violation.js';
import { PRIORITIES, USAGES } from './needs-profile.js';

/** The needs a feature can answer: a usage, a priority, or charging at home. */
export const NEED_TAGS = [...USAGES, ...PRIORITIES, 'home_charging'] as const;
export type NeedTag = (typeof NEED_TAGS)[number];

/**
 * Whose feature it is: the whole model (true of every trim, e.g. its seat count), one trim (a line of the trim's
 * `features`), or one option (its name).
 */
export const FEATURE_SCOPES = ['model', 'trim', 'option'] as const;
export type FeatureScope = (typeof FEATURE_SCOPES)[number];

/**
 * A selling feature with the needs it answers. The catalog keeps `features` as plain words; this mapping, keyed by
 * model, scope, code and the feature's exact words, says what each is good for, so the catalog's shape stays as is.
 */
export interface FeatureNeeds {
  readonly model: string;
  readonly scope: FeatureScope;
  /** The trim or option code; empty for a model-wide feature. */
  readonly code: string;
  /** The feature as the catalog words it: a line of the trim's features, or the option's name. */
  readonly feature: string;
  /** The same feature in Chinese, for the zh-CN explanations. */
  readonly featureZh: string;
  readonly answers: readonly NeedTag[];
  /** Seats the car has with this feature, when it decides the seat count. */
  readonly seats: number | null;
  /** Kilometres the car drives on electricity with this feature, when it states them. */
  readonly electricRangeKm: number | null;
}

/** Every code `validateFeatureNeeds` may return. Codes are stable: never renamed, never reused. */
export const FEATURE_NEEDS_VIOLATION_CODES = [
  'feature_model_unknown',
  'feature_trim_unknown',
  'feature_not_on_trim',
  'feature_option_unknown',
  'feature_option_name',
  'feature_model_code',
  'feature_duplicate',
  'feature_seats',
  'feature_range',
  'feature_answers_nothing',
] as const;

export const MAX_SEATS = 9;
export const MAX_ELECTRIC_RANGE_KM = 2_000;

/** Whether two entries describe the same feature. */
function keyOf(entry: FeatureNeeds): string {
  return JSON.stringify([entry.model, entry.scope, entry.code, entry.feature]);
}

/**
 * Every problem of a feature-needs mapping against the catalog, each at its path (`3.feature`): the model, trim or
 * option exists, a trim's feature is one of its listed features, an option's feature is its name, nothing is
 * mapped twice, seats and ranges are plausible, and every entry answers something.
 */
export function validateFeatureNeeds(catalog: Catalog, entries: readonly FeatureNeeds[]): Violation[] {
  const seen = new Set<string>();
  return entries.flatMap((entry, index) => {
    const path = String(index);
    const problems = [...checkTarget(catalog, entry, path), ...checkFacts(entry, path)];
    const key = keyOf(entry);
    if (seen.has(key)) {
      problems.push(violation('feature_duplicate', `"${entry.feature}" of ${entry.model} is mapped twice.`, path));
    }
    seen.add(key);
    return problems;
  });
}

function checkTarget(catalog: Catalog, entry: FeatureNeeds, path: string): Violation[] {
  const model = findModel(catalog, entry.model);
  if (model === undefined) {
    return [violation('feature_model_unknown', `The catalog has no model "${entry.model}".`, `${path}.model`)];
  }
  if (entry.scope === 'model') {
    return entry.code === ''
      ? []
      : [violation('feature_model_code', 'A model-wide feature names no trim or option.', `${path}.code`)];
  }
  if (entry.scope === 'trim') {
    const trim = findTrim(model, entry.code);
    if (trim === undefined) {
      return [violation('feature_trim_unknown', `Model ${model.code} has no trim "${entry.code}".`, `${path}.code`)];
    }
    if (!trim.features.includes(entry.feature)) {
      const message = `Trim ${trim.code} of ${model.code} lists no feature "${entry.feature}".`;
      return [violation('feature_not_on_trim', message, `${path}.feature`)];
    }
    return [];
  }
  const option = findOption(model, entry.code);
  if (option === undefined) {
    return [violation('feature_option_unknown', `Model ${model.code} has no option "${entry.code}".`, `${path}.code`)];
  }
  if (option.name !== entry.feature) {
    const message = `The feature of option ${option.code} is its name, "${option.name}".`;
    return [violation('feature_option_name', message, `${path}.feature`)];
  }
  return [];
}

function checkFacts(entry: FeatureNeeds, path: string): Violation[] {
  const problems: Violation[] = [];
  if (entry.seats !== null && !(Number.isInteger(entry.seats) && entry.seats >= 1 && entry.seats <= MAX_SEATS)) {
    problems.push(violation('feature_seats', `Seats are a whole number from 1 to ${MAX_SEATS}.`, `${path}.seats`));
  }
  const range = entry.electricRangeKm;
  if (range !== null && !(Number.isInteger(range) && range >= 1 && range <= MAX_ELECTRIC_RANGE_KM)) {
    const message = `An electric range is a whole number of km from 1 to ${MAX_ELECTRIC_RANGE_KM}.`;
    problems.push(violation('feature_range', message, `${path}.electricRangeKm`));
  }
  if (entry.answers.length === 0 && entry.seats === null && range === null) {
    const message = 'A mapped feature answers at least one need or states seats or a range.';
    problems.push(violation('feature_answers_nothing', message, `${path}.answers`));
  }
  return problems;
}

/** The mapped features true of a trim: the model-wide ones, then the trim's own, in the trim's order. */
export function trimFeatureNeeds(model: VehicleModel, trim: Trim, entries: readonly FeatureNeeds[]): FeatureNeeds[] {
  const own = entries.filter(
    (entry) =>
      entry.model === model.code &&
      entry.scope === 'trim' &&
      entry.code === trim.code &&
      trim.features.includes(entry.feature),
  );
  own.sort((a, b) => trim.features.indexOf(a.feature) - trim.features.indexOf(b.feature));
  const modelWide = entries.filter((entry) => entry.model === model.code && entry.scope === 'model');
  const ownWords = new Set(own.map((entry) => entry.feature));
  return [...modelWide.filter((entry) => !ownWords.has(entry.feature)), ...own];
}

/** The mapped feature of an option, if the mapping has one. */
export function optionFeatureNeeds(
  model: VehicleModel,
  option: OptionDefinition,
  entries: readonly FeatureNeeds[],
): FeatureNeeds | undefined {
  return entries.find(
    (entry) =>
      entry.model === model.code &&
      entry.scope === 'option' &&
      entry.code === option.code &&
      entry.feature === option.name,
  );
}

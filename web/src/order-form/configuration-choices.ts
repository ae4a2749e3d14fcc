import type { OptionDefinition, Trim, VehicleModel } from '../../../src/domain/catalog/catalog-types.js';
import { findOption, findTrim } from '../../../src/domain/catalog/configuration-rules.js';

/** Categories of which a configuration holds exactly one: chosen with radio buttons. */
export const EXCLUSIVE_CATEGORIES: ReadonlySet<string> = new Set(['paint', 'interior']);

/** The order the form shows the categories in; any other category comes after them. */
const CATEGORY_ORDER = ['paint', 'interior', 'wheels', 'roof', 'seating', 'package', 'assist', 'audio'];

/** Why an option cannot be chosen on the current trim, or null when it can. */
export type Unavailability = 'not_on_trim' | 'not_in_production' | null;

export interface OptionChoice {
  readonly option: OptionDefinition;
  readonly chosen: boolean;
  readonly unavailable: Unavailability;
}

export interface OptionGroup {
  readonly category: string;
  readonly exclusive: boolean;
  readonly choices: readonly OptionChoice[];
}

export interface Configuration {
  readonly model: string;
  readonly trim: string;
  readonly options: readonly string[];
}

export function unavailabilityOf(option: OptionDefinition, trim: Trim | undefined): Unavailability {
  if (!option.inProduction) return 'not_in_production';
  if (trim !== undefined && option.trims !== null && !option.trims.includes(trim.code)) return 'not_on_trim';
  return null;
}

/** The trims of a model; only those in production can be chosen. */
export function trimChoices(model: VehicleModel): readonly { readonly trim: Trim; readonly selectable: boolean }[] {
  return model.trims.map((trim) => ({ trim, selectable: trim.inProduction }));
}

/** The model's options by category, each marked chosen or not and whether the trim allows it. */
export function optionGroups(model: VehicleModel, configuration: Configuration): readonly OptionGroup[] {
  const trim = findTrim(model, configuration.trim);
  const chosen = new Set(configuration.options);
  const categories = [...new Set(model.options.map((option) => option.category))].sort((a, b) => rank(a) - rank(b));
  return categories.map((category) => ({
    category,
    exclusive: EXCLUSIVE_CATEGORIES.has(category),
    choices: model.options
      .filter((option) => option.category === category)
      .map((option) => ({ option, chosen: chosen.has(option.code), unavailable: unavailabilityOf(option, trim) })),
  }));
}

function rank(category: string): number {
  const index = CATEGORY_ORDER.indexOf(category);
  return index === -1 ? CATEGORY_ORDER.length : index;
}

/** A new model starts from nothing: its trims and options are its own. */
export function chooseModel(configuration: Configuration, modelCode: string): Configuration {
  if (modelCode === configuration.model) return configuration;
  return { model: modelCode, trim: '', options: [] };
}

/**
 * Another trim keeps the options it allows and drops the others, which are returned so the form can say what went.
 */
export function chooseTrim(
  model: VehicleModel,
  configuration: Configuration,
  trimCode: string,
): { readonly configuration: Configuration; readonly removed: readonly OptionDefinition[] } {
  const trim = findTrim(model, trimCode);
  const removed: OptionDefinition[] = [];
  const kept = configuration.options.filter((code) => {
    const option = findOption(model, code);
    if (option === undefined || unavailabilityOf(option, trim) !== 'not_on_trim') return true;
    removed.push(option);
    return false;
  });
  return { configuration: { ...configuration, trim: trimCode, options: kept }, removed };
}

/**
 * Chooses or drops an option. A paint or interior replaces the one chosen before (there is exactly one of each);
 * other options are added at the end, so a conflict is reported on the option just added.
 */
export function chooseOption(
  model: VehicleModel,
  configuration: Configuration,
  code: string,
  chosen: boolean,
): Configuration {
  const option = findOption(model, code);
  const others = configuration.options.filter((existing) => existing !== code);
  if (!chosen) return { ...configuration, options: others };
  if (option === undefined) return configuration;
  const kept = EXCLUSIVE_CATEGORIES.has(option.category)
    ? others.filter((existing) => findOption(model, existing)?.category !== option.category)
    : others;
  return { ...configuration, options: [...kept, code] };
}

/** The chosen options that cannot be combined with `code` (an exclusion declared on either side). */
export function conflictsWith(model: VehicleModel, configuration: Configuration, code: string): OptionDefinition[] {
  const option = findOption(model, code);
  if (option === undefined) return [];
  return configuration.options
    .filter((chosen) => chosen !== code)
    .map((chosen) => findOption(model, chosen))
    .filter((chosen): chosen is OptionDefinition => chosen !== undefined)
    .filter((chosen) => option.excludes.includes(chosen.code) || chosen.excludes.includes(option.code));
}

/** Adds an option and drops the chosen ones it cannot be combined with: the one-click fix of a missing requirement. */
export function addInsteadOfConflicts(model: VehicleModel, configuration: Configuration, code: string): Configuration {
  const conflicting = new Set(conflictsWith(model, configuration, code).map((option) => option.code));
  const kept = { ...configuration, options: configuration.options.filter((chosen) => !conflicting.has(chosen)) };
  return chooseOption(model, kept, code, true);
}

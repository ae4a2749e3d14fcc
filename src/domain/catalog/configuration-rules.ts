import type { Catalog, Configuration, OptionDefinition, Trim, VehicleModel } from './catalog-types.js';
import { type Violation, violation } from '../shared/violation.js';
import { findModel, findOption, findTrim } from './catalog-lookup.js';
import { chosenOptions } from './configuration-parts.js';

export { findModel, findOption, findTrim } from './catalog-lookup.js';
export { partsOfConfiguration, specialOptionsOf } from './configuration-parts.js';

/** Every code `checkConfiguration` may return. Codes are stable: never renamed, never reused. */
export const CONFIGURATION_VIOLATION_CODES = [
  'model_unknown',
  'trim_unknown',
  'trim_not_in_production',
  'option_unknown',
  'option_not_in_production',
  'option_not_on_trim',
  'option_duplicate',
  'option_requires',
  'option_excludes',
  'paint_missing',
  'paint_multiple',
  'interior_missing',
  'interior_multiple',
] as const;
export type ConfigurationViolationCode = (typeof CONFIGURATION_VIOLATION_CODES)[number];

/**
 * Whether the configuration can be built, as every violation at once (a dealer fixes them all in one go):
 * the model, trim and options exist and are in production, each option is allowed on the trim, `requires` and
 * `excludes` hold, and there is exactly one paint and one interior. An unknown model stops the check there, because
 * nothing else can be judged without it. Paths start at `basePath` (`vehicle.trim`, `vehicle.options.2`).
 */
export function checkConfiguration(
  catalog: Catalog,
  configuration: Configuration,
  basePath = 'vehicle',
): readonly Violation[] {
  const model = findModel(catalog, configuration.model);
  if (model === undefined) {
    return [violation('model_unknown', `The catalog has no model "${configuration.model}".`, `${basePath}.model`)];
  }
  return [
    ...checkTrim(model, configuration.trim, `${basePath}.trim`),
    ...checkOptions(model, configuration, `${basePath}.options`),
    ...checkExactlyOne(model, configuration, 'paint', `${basePath}.options`),
    ...checkExactlyOne(model, configuration, 'interior', `${basePath}.options`),
  ];
}

function checkTrim(model: VehicleModel, trimCode: string, path: string): Violation[] {
  const trim = findTrim(model, trimCode);
  if (trim === undefined) return [violation('trim_unknown', `Model ${model.code} has no trim "${trimCode}".`, path)];
  if (!trim.inProduction) {
    return [violation('trim_not_in_production', `Trim ${trim.code} of ${model.code} is not in production.`, path)];
  }
  return [];
}

/** Walks the options in the order chosen, so that a duplicate or a conflict is reported on the later entry. */
function checkOptions(model: VehicleModel, configuration: Configuration, basePath: string): Violation[] {
  const trim = findTrim(model, configuration.trim);
  const chosenCodes = new Set(configuration.options);
  const seenCodes = new Set<string>();
  const earlierOptions: OptionDefinition[] = [];
  const violations: Violation[] = [];
  configuration.options.forEach((code, index) => {
    const path = `${basePath}.${index}`;
    if (seenCodes.has(code)) {
      violations.push(violation('option_duplicate', `Option ${code} is chosen more than once.`, path));
      return;
    }
    seenCodes.add(code);
    const option = findOption(model, code);
    if (option === undefined) {
      violations.push(violation('option_unknown', `Model ${model.code} has no option "${code}".`, path));
      return;
    }
    violations.push(
      ...checkOptionAvailability(option, trim, path),
      ...checkRequires(option, chosenCodes, path),
      ...checkExcludes(option, earlierOptions, path),
    );
    earlierOptions.push(option);
  });
  return violations;
}

/** An unknown trim is reported once on the trim itself, so options are only held against a trim that exists. */
function checkOptionAvailability(option: OptionDefinition, trim: Trim | undefined, path: string): Violation[] {
  const violations: Violation[] = [];
  if (!option.inProduction) {
    violations.push(violation('option_not_in_production', `Option ${option.code} is not in production.`, path));
  }
  if (trim !== undefined && option.trims !== null && !option.trims.includes(trim.code)) {
    const message = `Option ${option.code} is not available on trim ${trim.code}.`;
    violations.push(violation('option_not_on_trim', message, path));
  }
  return violations;
}

/** One violation per missing option, each naming it, so the dealer knows exactly what to add. */
function checkRequires(option: OptionDefinition, chosenCodes: ReadonlySet<string>, path: string): Violation[] {
  return option.requires
    .filter((required) => !chosenCodes.has(required))
    .map((required) =>
      violation('option_requires', `Option ${option.code} requires option ${required}, which is not chosen.`, path),
    );
}

/**
 * A catalog may declare an exclusion on one side only; either side counts. Comparing each option with the earlier
 * ones only reports every conflicting pair once, on its later option.
 */
function checkExcludes(
  option: OptionDefinition,
  earlierOptions: readonly OptionDefinition[],
  path: string,
): Violation[] {
  return earlierOptions
    .filter((earlier) => option.excludes.includes(earlier.code) || earlier.excludes.includes(option.code))
    .map((earlier) =>
      violation('option_excludes', `Option ${option.code} cannot be combined with option ${earlier.code}.`, path),
    );
}

function checkExactlyOne(
  model: VehicleModel,
  configuration: Configuration,
  category: 'paint' | 'interior',
  path: string,
): Violation[] {
  const codes = chosenOptions(model, configuration)
    .filter((option) => option.category === category)
    .map((option) => option.code);
  if (codes.length === 0) return [violation(`${category}_missing`, `Choose one ${category}.`, path)];
  if (codes.length > 1) {
    return [violation(`${category}_multiple`, `Choose only one ${category}; chosen: ${codes.join(', ')}.`, path)];
  }
  return [];
}

import type { OptionDefinition, VehicleModel } from '../../../src/domain/catalog/catalog-types.js';
import { checkConfiguration, findOption, findTrim } from '../../../src/domain/catalog/configuration-rules.js';
import { conflictsWith, unavailabilityOf, type Configuration } from './configuration-choices.js';
import type { FormProblem } from './form-problem.js';

/**
 * What stands between the chosen configuration and one the plant can build, in words for the dealer: the domain's
 * own `checkConfiguration` finds the problems; this names the options involved and the change that fixes each.
 */
export function configurationProblems(model: VehicleModel | undefined, configuration: Configuration): FormProblem[] {
  if (model === undefined) return [{ path: 'vehicle.model', key: 'problem.model_missing' }];
  if (configuration.trim === '') return [{ path: 'vehicle.trim', key: 'problem.trim_missing' }];
  const catalog = { brand: { code: '', name: '', wmi: '' }, models: [model] };
  const violations = checkConfiguration(catalog, configuration);
  const problems: FormProblem[] = [];
  const explained = new Set<string>();
  for (const violation of violations) {
    // Requires and excludes report one line per other option; they are explained together, once per option.
    const key = `${violation.code}@${violation.path}`;
    if (explained.has(key)) continue;
    explained.add(key);
    problems.push(...explain(model, configuration, violation.code, violation.path ?? 'vehicle'));
  }
  return problems;
}

function optionAt(model: VehicleModel, configuration: Configuration, path: string): OptionDefinition | undefined {
  const index = Number(/\.(\d+)$/.exec(path)?.[1] ?? Number.NaN);
  const code = configuration.options[index];
  return code === undefined ? undefined : findOption(model, code);
}

function explain(model: VehicleModel, configuration: Configuration, code: string, path: string): FormProblem[] {
  const option = optionAt(model, configuration, path);
  const name = option?.name ?? '';
  const remove = option ? { kind: 'remove' as const, option: option.code, name: option.name } : undefined;
  switch (code) {
    case 'option_requires':
      return missingRequirements(model, configuration, option).map((required) => ({
        path,
        key: 'problem.option_requires',
        params: { option: name, other: required.name },
        ...(isAddable(model, configuration, required)
          ? {
              fix: {
                kind: 'add' as const,
                option: required.code,
                name: required.name,
                replaces: conflictsWith(model, configuration, required.code).map((other) => other.name),
              },
            }
          : {}),
      }));
    case 'option_excludes':
      return conflictingEarlier(model, configuration, option).map((other) => ({
        path,
        key: 'problem.option_excludes',
        params: { option: name, other: other.name },
        ...(remove ? { fix: remove } : {}),
      }));
    case 'option_not_on_trim':
    case 'option_not_in_production':
    case 'option_unknown':
    case 'option_duplicate':
      return [{ path, key: `problem.${code}`, params: { option: name || path }, ...(remove ? { fix: remove } : {}) }];
    case 'paint_missing':
    case 'interior_missing':
    case 'paint_multiple':
    case 'interior_multiple':
    case 'trim_unknown':
    case 'trim_not_in_production':
    case 'model_unknown':
      return [{ path, key: `problem.${code}` }];
    default:
      return [{ path, key: 'problem.option_unknown', params: { option: code } }];
  }
}

function missingRequirements(
  model: VehicleModel,
  configuration: Configuration,
  option: OptionDefinition | undefined,
): OptionDefinition[] {
  if (option === undefined) return [];
  const chosen = new Set(configuration.options);
  return option.requires
    .filter((code) => !chosen.has(code))
    .map((code) => findOption(model, code) ?? { ...option, code, name: code });
}

/** The options chosen before this one that it cannot be combined with (an exclusion declared on either side). */
function conflictingEarlier(
  model: VehicleModel,
  configuration: Configuration,
  option: OptionDefinition | undefined,
): OptionDefinition[] {
  if (option === undefined) return [];
  const position = configuration.options.indexOf(option.code);
  return configuration.options
    .slice(0, position)
    .map((code) => findOption(model, code))
    .filter((earlier): earlier is OptionDefinition => earlier !== undefined)
    .filter((earlier) => option.excludes.includes(earlier.code) || earlier.excludes.includes(option.code));
}

function isAddable(model: VehicleModel, configuration: Configuration, option: OptionDefinition): boolean {
  return (
    findOption(model, option.code) !== undefined &&
    unavailabilityOf(option, findTrim(model, configuration.trim)) === null
  );
}

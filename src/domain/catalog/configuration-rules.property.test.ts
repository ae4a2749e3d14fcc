import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Configuration, OptionDefinition, VehicleModel } from './catalog-types.js';
import type { Violation } from '../shared/violation.js';
import { CONFIGURATION_VIOLATION_CODES, checkConfiguration } from './configuration-rules.js';
import { TEST_CATALOG } from './test-catalog.js';
import { propertySeed } from '../../../test/support/property-seed.js';

const seed = propertySeed('configuration-rules.property.test.ts');

const UNKNOWN_CODES = ['AUR-Z1', 'Z1-STD', 'PAINT-GOLD', 'ROOF-MOON'];
const ALL_OPTION_CODES = [
  ...new Set(TEST_CATALOG.models.flatMap((model) => model.options.map((option) => option.code))),
];
const ALL_TRIM_CODES = TEST_CATALOG.models.flatMap((model) => model.trims.map((trim) => trim.code));

/** Anything at all: any model, any trim of any model, any option codes of any model, repeats, unknown codes. */
const anyConfiguration: fc.Arbitrary<Configuration> = fc.record({
  model: fc.constantFrom(...TEST_CATALOG.models.map((model) => model.code), 'AUR-Z1'),
  trim: fc.constantFrom(...ALL_TRIM_CODES, 'Z1-STD'),
  options: fc.array(fc.constantFrom(...ALL_OPTION_CODES, ...UNKNOWN_CODES), { maxLength: 8 }),
});

function codesOf(model: VehicleModel, keep: (option: OptionDefinition) => boolean): string[] {
  return model.options.filter(keep).map((option) => option.code);
}

/** One paint, one interior and some other options of one model, shuffled: buildable often enough to matter. */
const nearlyBuildableConfiguration: fc.Arbitrary<Configuration> = fc
  .constantFrom(...TEST_CATALOG.models)
  .chain((model) =>
    fc.record({
      model: fc.constant(model.code),
      trim: fc.constantFrom(...model.trims.map((trim) => trim.code)),
      paint: fc.constantFrom(...codesOf(model, (option) => option.category === 'paint')),
      interior: fc.constantFrom(...codesOf(model, (option) => option.category === 'interior')),
      others: fc.subarray(codesOf(model, (option) => option.category !== 'paint' && option.category !== 'interior')),
    }),
  )
  .chain(({ model, trim, paint, interior, others }) => {
    const options = [paint, interior, ...others];
    return fc
      .shuffledSubarray(options, { minLength: options.length, maxLength: options.length })
      .map((shuffled) => ({ model, trim, options: shuffled }));
  });

/** The rules of SPEC §3 written a second, independent way, as the judge of `checkConfiguration`. */
function isBuildable(configuration: Configuration): boolean {
  const model = TEST_CATALOG.models.find((candidate) => candidate.code === configuration.model);
  const trim = model?.trims.find((candidate) => candidate.code === configuration.trim);
  if (model === undefined || trim === undefined || !trim.inProduction) return false;
  if (new Set(configuration.options).size !== configuration.options.length) return false;
  const options = configuration.options.map((code) => model.options.find((option) => option.code === code));
  const known = options.filter((option) => option !== undefined);
  if (known.length !== options.length) return false;
  const chosen = (code: string): boolean => configuration.options.includes(code);
  const allowed = known.every(
    (option) =>
      option.inProduction &&
      (option.trims === null || option.trims.includes(trim.code)) &&
      option.requires.every(chosen) &&
      !option.excludes.some(chosen),
  );
  const count = (category: string): number => known.filter((option) => option.category === category).length;
  return allowed && count('paint') === 1 && count('interior') === 1;
}

/** Whether the violation's path really points at a field that breaks the rule its code names. */
function pointsAtTheOffendingField(configuration: Configuration, found: Violation): boolean {
  const model = TEST_CATALOG.models.find((candidate) => candidate.code === configuration.model);
  const trim = model?.trims.find((candidate) => candidate.code === configuration.trim);
  const definitionOf = (code: string): OptionDefinition | undefined =>
    model?.options.find((option) => option.code === code);
  const distinctKnown = [...new Set(configuration.options)].map(definitionOf).filter((option) => option !== undefined);
  const categoryCount = (category: string): number =>
    distinctKnown.filter((option) => option.category === category).length;
  switch (found.code) {
    case 'model_unknown':
      return found.path === 'vehicle.model' && model === undefined;
    case 'trim_unknown':
      return found.path === 'vehicle.trim' && model !== undefined && trim === undefined;
    case 'trim_not_in_production':
      return found.path === 'vehicle.trim' && trim !== undefined && !trim.inProduction;
    case 'paint_missing':
      return found.path === 'vehicle.options' && categoryCount('paint') === 0;
    case 'paint_multiple':
      return found.path === 'vehicle.options' && categoryCount('paint') > 1;
    case 'interior_missing':
      return found.path === 'vehicle.options' && categoryCount('interior') === 0;
    case 'interior_multiple':
      return found.path === 'vehicle.options' && categoryCount('interior') > 1;
  }
  const index = Number(/^vehicle\.options\.(\d+)$/.exec(found.path ?? '')?.[1] ?? Number.NaN);
  const code = configuration.options[index];
  if (code === undefined) return false;
  const option = definitionOf(code);
  const earlier = configuration.options.slice(0, index);
  switch (found.code) {
    case 'option_duplicate':
      return earlier.includes(code);
    case 'option_unknown':
      return option === undefined;
    case 'option_not_in_production':
      return option?.inProduction === false;
    case 'option_not_on_trim':
      return trim !== undefined && option?.trims != null && !option.trims.includes(trim.code);
    case 'option_requires':
      return option !== undefined && option.requires.some((required) => !configuration.options.includes(required));
    case 'option_excludes':
      return (
        option !== undefined &&
        earlier.some((other) => option.excludes.includes(other) || definitionOf(other)?.excludes.includes(code))
      );
    default:
      return false;
  }
}

describe('checkConfiguration, for any configuration', () => {
  const configurations = fc.oneof(
    { weight: 1, arbitrary: anyConfiguration },
    { weight: 3, arbitrary: nearlyBuildableConfiguration },
  );

  it('finds no violation exactly when the configuration can be built', () => {
    fc.assert(
      fc.property(configurations, (configuration) => {
        const violations = checkConfiguration(TEST_CATALOG, configuration);
        expect(violations.length === 0).toBe(isBuildable(configuration));
      }),
      { seed, numRuns: 1000 },
    );
  });

  it('gives every violation a listed code and the path of the field that breaks the rule', () => {
    fc.assert(
      fc.property(configurations, (configuration) => {
        for (const found of checkConfiguration(TEST_CATALOG, configuration)) {
          expect(CONFIGURATION_VIOLATION_CODES).toContain(found.code);
          expect(pointsAtTheOffendingField(configuration, found), `${found.code}@${found.path}`).toBe(true);
        }
      }),
      { seed, numRuns: 1000 },
    );
  });

  it('passes at least some generated configurations, so the first property is not vacuous', () => {
    const samples = fc.sample(nearlyBuildableConfiguration, { seed, numRuns: 500 });
    expect(samples.filter(isBuildable).length).toBeGreaterThan(10);
  });
});

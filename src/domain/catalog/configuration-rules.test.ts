import { describe, expect, it } from 'vitest';
import type { Configuration } from './catalog-types.js';
import type { Violation } from '../shared/violation.js';
import { CONFIGURATION_VIOLATION_CODES, checkConfiguration } from './configuration-rules.js';
import { TEST_CATALOG } from './test-catalog.js';

/** `code@path`: a whole violation list compares in one readable line. */
function codesAndPaths(violations: readonly Violation[]): string[] {
  return violations.map((found) => `${found.code}@${found.path}`);
}

function check(model: string, trim: string, options: string[]): string[] {
  return codesAndPaths(checkConfiguration(TEST_CATALOG, { model, trim, options }));
}

describe('a buildable configuration', () => {
  it.each<[string, Configuration]>([
    [
      'a plain standard-range sedan',
      { model: 'AUR-E7', trim: 'E7-STD', options: ['PAINT-WHITE', 'INT-BLACK', 'WHL-19'] },
    ],
    [
      'a long-range sedan with the panoramic roof on 21-inch wheels',
      { model: 'AUR-E7', trim: 'E7-LR', options: ['PAINT-BLUE', 'INT-TAN', 'WHL-21', 'ROOF-PANO', 'AUDIO-HIFI'] },
    ],
    [
      'the same sedan with its options in another order',
      { model: 'AUR-E7', trim: 'E7-LR', options: ['ROOF-PANO', 'AUDIO-HIFI', 'WHL-21', 'INT-TAN', 'PAINT-BLUE'] },
    ],
    [
      'a sedan with the special armoured glass (special orders are buildable, a person reviews them)',
      { model: 'AUR-E7', trim: 'E7-LR', options: ['PAINT-WHITE', 'INT-BLACK', 'PKG-EXEC-GUARD'] },
    ],
    [
      'a car with no wheels chosen, since only paint and interior are mandatory',
      { model: 'AUR-C3', trim: 'C3-BASE', options: ['INT-BLACK', 'PAINT-RED'] },
    ],
    [
      'an SUV whose roof requires a package that requires an interior',
      { model: 'AUR-X9', trim: 'X9-LUX', options: ['PAINT-SILVER', 'INT-CREAM', 'PKG-PREMIUM', 'ROOF-PANO', 'SEAT-7'] },
    ],
    [
      'a sport compact',
      { model: 'AUR-C3', trim: 'C3-SPORT', options: ['PAINT-GREY', 'INT-RED', 'WHL-18', 'AUDIO-PREMIUM'] },
    ],
  ])('passes %s', (_description, configuration) => {
    expect(checkConfiguration(TEST_CATALOG, configuration)).toEqual([]);
  });
});

describe('an unbuildable configuration', () => {
  it.each<[string, string, string, string[], string[]]>([
    ['an unknown model, and nothing else', 'AUR-Z1', 'Z1-STD', ['NOPE', 'NOPE'], ['model_unknown@vehicle.model']],
    [
      'a model code in the wrong case',
      'aur-e7',
      'E7-STD',
      ['PAINT-WHITE', 'INT-BLACK'],
      ['model_unknown@vehicle.model'],
    ],
    ['an unknown trim', 'AUR-E7', 'E7-GT', ['PAINT-WHITE', 'INT-BLACK'], ['trim_unknown@vehicle.trim']],
    ['a trim of another model', 'AUR-E7', 'X9-LUX', ['PAINT-WHITE', 'INT-BLACK'], ['trim_unknown@vehicle.trim']],
    [
      'a trim out of production',
      'AUR-E7',
      'E7-PERF',
      ['PAINT-WHITE', 'INT-BLACK'],
      ['trim_not_in_production@vehicle.trim'],
    ],
    [
      'an unknown option',
      'AUR-E7',
      'E7-STD',
      ['PAINT-WHITE', 'INT-BLACK', 'SEAT-7'],
      ['option_unknown@vehicle.options.2'],
    ],
    [
      'an option out of production',
      'AUR-E7',
      'E7-STD',
      ['PAINT-MATTE', 'INT-BLACK'],
      ['option_not_in_production@vehicle.options.0'],
    ],
    [
      'an option not offered on the trim',
      'AUR-E7',
      'E7-STD',
      ['PAINT-WHITE', 'INT-TAN'],
      ['option_not_on_trim@vehicle.options.1'],
    ],
    [
      'an option chosen twice, on the second entry',
      'AUR-E7',
      'E7-STD',
      ['PAINT-WHITE', 'WHL-19', 'INT-BLACK', 'WHL-19'],
      ['option_duplicate@vehicle.options.3'],
    ],
    [
      'a roof without the wheels it requires',
      'AUR-E7',
      'E7-LR',
      ['PAINT-WHITE', 'INT-BLACK', 'ROOF-PANO'],
      ['option_requires@vehicle.options.2'],
    ],
    [
      'a roof whose required package lacks its own required interior',
      'AUR-X9',
      'X9-LUX',
      ['PAINT-BLACK', 'INT-GREY', 'PKG-PREMIUM', 'ROOF-PANO'],
      ['option_not_on_trim@vehicle.options.1', 'option_requires@vehicle.options.2'],
    ],
    [
      'two roofs that exclude each other, once, on the later one',
      'AUR-E7',
      'E7-LR',
      ['PAINT-WHITE', 'ROOF-SOLAR', 'INT-BLACK', 'WHL-21', 'ROOF-PANO'],
      ['option_excludes@vehicle.options.4'],
    ],
    [
      'an exclusion declared only on the earlier option',
      'AUR-E7',
      'E7-LR',
      ['PAINT-WHITE', 'INT-BLACK', 'WHL-21', 'WHL-19'],
      ['option_excludes@vehicle.options.3'],
    ],
    [
      'an exclusion declared only on the later option',
      'AUR-E7',
      'E7-LR',
      ['PAINT-WHITE', 'INT-BLACK', 'WHL-19', 'WHL-21'],
      ['option_excludes@vehicle.options.3'],
    ],
    ['no paint', 'AUR-E7', 'E7-STD', ['INT-BLACK', 'WHL-19'], ['paint_missing@vehicle.options']],
    ['two paints', 'AUR-E7', 'E7-STD', ['PAINT-WHITE', 'INT-BLACK', 'PAINT-BLUE'], ['paint_multiple@vehicle.options']],
    ['no interior', 'AUR-C3', 'C3-SPORT', ['PAINT-RED'], ['interior_missing@vehicle.options']],
    [
      'two interiors',
      'AUR-C3',
      'C3-SPORT',
      ['PAINT-RED', 'INT-RED', 'INT-BLACK'],
      ['interior_multiple@vehicle.options'],
    ],
    ['nothing at all', 'AUR-C3', 'C3-BASE', [], ['paint_missing@vehicle.options', 'interior_missing@vehicle.options']],
    [
      'a paint chosen twice, as a duplicate and not as two paints',
      'AUR-C3',
      'C3-BASE',
      ['PAINT-RED', 'INT-BLACK', 'PAINT-RED'],
      ['option_duplicate@vehicle.options.2'],
    ],
    [
      'a paint code of another model, as unknown and not as a paint',
      'AUR-C3',
      'C3-BASE',
      ['PAINT-WHITE', 'INT-BLACK'],
      ['option_unknown@vehicle.options.0', 'paint_missing@vehicle.options'],
    ],
    [
      'an unknown trim once, without blaming the options that are limited to some trims',
      'AUR-E7',
      'E7-XL',
      ['PAINT-WHITE', 'INT-TAN', 'WHL-21'],
      ['trim_unknown@vehicle.trim'],
    ],
  ])('reports %s', (_description, model, trim, options, expected) => {
    expect(check(model, trim, options)).toEqual(expected);
  });

  it('reports every violation at once, in the order of the fields', () => {
    const options = ['PAINT-MATTE', 'PAINT-WHITE', 'ROOF-PANO', 'ROOF-SOLAR', 'INT-TAN', 'ROOF-SOLAR', 'GHOST'];
    expect(check('AUR-E7', 'E7-STD', options)).toEqual([
      'option_not_in_production@vehicle.options.0',
      'option_requires@vehicle.options.2',
      'option_excludes@vehicle.options.3',
      'option_not_on_trim@vehicle.options.4',
      'option_duplicate@vehicle.options.5',
      'option_unknown@vehicle.options.6',
      'paint_multiple@vehicle.options',
    ]);
  });

  it('reports an option that breaks several rules once for each rule', () => {
    // The panoramic roof both lacks its package and clashes with the sunroof; the dealer needs to hear both.
    expect(
      check('AUR-X9', 'X9-COMFORT', ['PAINT-BLACK', 'INT-GREY', 'ROOF-SUNROOF', 'PKG-EXEC-GUARD', 'ROOF-PANO']),
    ).toEqual([
      'option_not_on_trim@vehicle.options.3',
      'option_requires@vehicle.options.4',
      'option_excludes@vehicle.options.4',
    ]);
  });

  it('reports one missing requirement for each option that needs it', () => {
    expect(check('AUR-X9', 'X9-LUX', ['PAINT-BLACK', 'INT-GREY', 'ROOF-PANO'])).toEqual([
      'option_not_on_trim@vehicle.options.1',
      'option_requires@vehicle.options.2',
    ]);
  });

  it('names the missing option in the message of a requirement', () => {
    const [found] = checkConfiguration(TEST_CATALOG, {
      model: 'AUR-E7',
      trim: 'E7-LR',
      options: ['PAINT-WHITE', 'INT-BLACK', 'ROOF-PANO'],
    });
    expect(found?.message).toContain('WHL-21');
    expect(found?.message).toContain('ROOF-PANO');
  });

  it('names both options of an excluded pair in the message', () => {
    const [violation] = checkConfiguration(TEST_CATALOG, {
      model: 'AUR-E7',
      trim: 'E7-LR',
      options: ['PAINT-WHITE', 'INT-BLACK', 'ROOF-SOLAR', 'WHL-21', 'ROOF-PANO'],
    });
    expect(violation?.message).toMatch(/ROOF-PANO.*ROOF-SOLAR/);
  });

  it('writes a sentence for people in every violation', () => {
    const violations = checkConfiguration(TEST_CATALOG, {
      model: 'AUR-E7',
      trim: 'E7-PERF',
      options: ['PAINT-MATTE', 'PAINT-BLUE', 'ROOF-PANO', 'ROOF-SOLAR', 'X', 'X'],
    });
    expect(violations.length).toBeGreaterThan(5);
    for (const found of violations) expect(found.message).toMatch(/^[A-Z].*\.$/);
  });

  it('returns only codes from the published list', () => {
    const violations = checkConfiguration(TEST_CATALOG, {
      model: 'AUR-C3',
      trim: 'C3-CLASSIC',
      options: ['ASSIST-L2', 'INT-RED', 'INT-BLACK', 'WHL-17', 'WHL-18', 'Z'],
    });
    for (const found of violations) expect(CONFIGURATION_VIOLATION_CODES).toContain(found.code);
  });
});

describe('the base path of the violations', () => {
  it.each<[string, string[], string[]]>([
    ['AUR-Z1', [], ['model_unknown@orders.3.vehicle.model']],
    [
      'AUR-E7',
      ['PAINT-WHITE', 'NOPE'],
      ['option_unknown@orders.3.vehicle.options.1', 'interior_missing@orders.3.vehicle.options'],
    ],
  ])('prefixes every path of %s with the base path given', (model, options, expected) => {
    const violations = checkConfiguration(TEST_CATALOG, { model, trim: 'E7-STD', options }, 'orders.3.vehicle');
    expect(codesAndPaths(violations)).toEqual(expected);
  });
});

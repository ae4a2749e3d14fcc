import { describe, expect, it } from 'vitest';
import type { Configuration } from './catalog-types.js';
import { chosenOptions, partsOfConfiguration, specialOptionsOf } from './configuration-parts.js';
import { testModel } from './test-catalog.js';

function e7(options: string[]): Configuration {
  return { model: 'AUR-E7', trim: 'E7-LR', options };
}

describe('parts of a configuration', () => {
  it.each<[string, string[], string[]]>([
    ['no part for options that consume none', ['PAINT-WHITE', 'INT-BLACK'], []],
    [
      'the panoramic glass for the panoramic roof',
      ['PAINT-WHITE', 'INT-BLACK', 'WHL-21', 'ROOF-PANO'],
      ['GLASS-PANO', 'RIM-21'],
    ],
    [
      'every part once, sorted',
      ['ROOF-PANO', 'PKG-EXEC-GUARD', 'PAINT-BLUE', 'WHL-21'],
      ['GLASS-ARMOUR', 'GLASS-PANO', 'PAINT-METALLIC', 'RIM-21'],
    ],
    ['one unit for an option chosen twice', ['ROOF-PANO', 'ROOF-PANO'], ['GLASS-PANO']],
    ['nothing for an unknown option', ['ROOF-MOON', 'ROOF-SOLAR'], ['SOLAR-PANEL']],
  ])('lists %s', (_description, options, parts) => {
    expect(partsOfConfiguration(testModel('AUR-E7'), e7(options))).toEqual(parts);
  });

  it('lists the same parts whatever the order of the options', () => {
    const forwards = partsOfConfiguration(testModel('AUR-E7'), e7(['PAINT-BLUE', 'ROOF-PANO', 'WHL-21']));
    const backwards = partsOfConfiguration(testModel('AUR-E7'), e7(['WHL-21', 'ROOF-PANO', 'PAINT-BLUE']));
    expect(backwards).toEqual(forwards);
  });

  it('counts a part shared by two options of one model once', () => {
    const x9 = testModel('AUR-X9');
    const configuration = { model: 'AUR-X9', trim: 'X9-LUX', options: ['PAINT-SILVER', 'PKG-EXEC-GUARD', 'ROOF-PANO'] };
    expect(partsOfConfiguration(x9, configuration)).toEqual(['GLASS-ARMOUR', 'GLASS-PANO', 'PAINT-METALLIC']);
  });
});

describe('special options of a configuration', () => {
  it.each<[string, string[], string[]]>([
    ['none for an ordinary configuration', ['PAINT-WHITE', 'INT-BLACK', 'ROOF-SOLAR'], []],
    ['the armoured glass package', ['PAINT-WHITE', 'PKG-EXEC-GUARD', 'INT-BLACK'], ['PKG-EXEC-GUARD']],
    ['the armoured glass package once when chosen twice', ['PKG-EXEC-GUARD', 'PKG-EXEC-GUARD'], ['PKG-EXEC-GUARD']],
    ['nothing for an unknown option', ['PKG-SECRET'], []],
  ])('finds %s', (_description, options, special) => {
    expect(specialOptionsOf(testModel('AUR-E7'), e7(options)).map((option) => option.code)).toEqual(special);
  });
});

describe('chosen options', () => {
  it('keeps the order chosen and drops repeats and unknown codes', () => {
    const chosen = chosenOptions(testModel('AUR-E7'), e7(['WHL-21', 'NOPE', 'PAINT-BLUE', 'WHL-21']));
    expect(chosen.map((option) => option.code)).toEqual(['WHL-21', 'PAINT-BLUE']);
  });
});

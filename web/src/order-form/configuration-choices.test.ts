import { describe, expect, it } from 'vitest';
import {
  addInsteadOfConflicts,
  chooseModel,
  chooseOption,
  chooseTrim,
  optionGroups,
  trimChoices,
} from './configuration-choices.js';
import { E7, X9 } from './test-models.js';

const white = { model: 'E7', trim: 'LR', options: ['PAINT-WHITE', 'INT-BLACK'] };

describe('the choices the order form offers', () => {
  it('offers only trims in production', () => {
    const choices = trimChoices(E7).map(({ trim, selectable }) => `${trim.code}:${selectable}`);
    expect(choices).toEqual(['STD:true', 'LR:true', 'PERF:true']);
  });

  it('marks options that are out of production or not on the chosen trim', () => {
    const groups = optionGroups(E7, { model: 'E7', trim: 'STD', options: [] });
    const unavailable = groups
      .flatMap((group) => group.choices)
      .filter((choice) => choice.unavailable !== null)
      .map((choice) => `${choice.option.code}:${choice.unavailable}`);
    expect(unavailable).toEqual([
      'PAINT-GREEN:not_in_production',
      'INT-CREAM:not_on_trim',
      'SEAT-VENT:not_on_trim',
      'ADAS-PILOT:not_on_trim',
    ]);
  });

  it('groups options by category, paint and interior first and chosen as one of a kind', () => {
    const groups = optionGroups(E7, white);
    expect(groups.map((group) => group.category).slice(0, 3)).toEqual(['paint', 'interior', 'wheels']);
    expect(groups.filter((group) => group.exclusive).map((group) => group.category)).toEqual(['paint', 'interior']);
    expect(groups[0]?.choices.find((choice) => choice.chosen)?.option.code).toBe('PAINT-WHITE');
  });

  it('replaces the paint when another paint is chosen, and keeps adding other options', () => {
    const red = chooseOption(E7, white, 'PAINT-RED', true);
    expect(red.options).toEqual(['INT-BLACK', 'PAINT-RED']);
    const withAudio = chooseOption(E7, red, 'AUDIO-PREMIUM', true);
    expect(withAudio.options).toEqual(['INT-BLACK', 'PAINT-RED', 'AUDIO-PREMIUM']);
    expect(chooseOption(E7, withAudio, 'AUDIO-PREMIUM', false).options).toEqual(['INT-BLACK', 'PAINT-RED']);
  });

  it('drops the options a new trim does not allow and says which', () => {
    const loaded = { ...white, options: ['PAINT-WHITE', 'INT-CREAM', 'SEAT-VENT', 'AUDIO-PREMIUM'] };
    const { configuration, removed } = chooseTrim(E7, loaded, 'STD');
    expect(configuration).toEqual({ model: 'E7', trim: 'STD', options: ['PAINT-WHITE', 'AUDIO-PREMIUM'] });
    expect(removed.map((option) => option.code)).toEqual(['INT-CREAM', 'SEAT-VENT']);
  });

  it('starts over when the model changes', () => {
    expect(chooseModel(white, 'X9')).toEqual({ model: 'X9', trim: '', options: [] });
    expect(chooseModel(white, 'E7')).toBe(white);
  });

  it('adds a required option in place of the options it excludes', () => {
    const onSmallWheels = { ...white, options: ['PAINT-WHITE', 'INT-BLACK', 'WHEEL-19', 'ROOF-PANO'] };
    expect(addInsteadOfConflicts(E7, onSmallWheels, 'WHEEL-21').options).toEqual([
      'PAINT-WHITE',
      'INT-BLACK',
      'ROOF-PANO',
      'WHEEL-21',
    ]);
    const x9 = { model: 'X9', trim: 'PRO', options: ['PAINT-WHITE', 'INT-BLACK', 'ROOF-PANO'] };
    expect(addInsteadOfConflicts(X9, x9, 'PKG-COMFORT').options).toEqual([
      'PAINT-WHITE',
      'INT-BLACK',
      'ROOF-PANO',
      'PKG-COMFORT',
    ]);
  });
});

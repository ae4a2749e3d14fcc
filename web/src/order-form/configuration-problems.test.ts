import { describe, expect, it } from 'vitest';
import type { FormProblem } from './form-problem.js';
import { configurationProblems } from './configuration-problems.js';
import { E7, X9 } from './test-models.js';

function summary(problems: readonly FormProblem[]): string[] {
  return problems.map((problem) => {
    const params = problem.params ? ` ${JSON.stringify(problem.params)}` : '';
    const fix = problem.fix ? ` → ${problem.fix.kind} ${problem.fix.option}` : '';
    return `${problem.key}@${problem.path}${params}${fix}`;
  });
}

describe('the configuration problems the order form explains', () => {
  it('finds nothing wrong with a buildable car', () => {
    expect(configurationProblems(E7, { model: 'E7', trim: 'LR', options: ['PAINT-WHITE', 'INT-BLACK'] })).toEqual([]);
  });

  it('asks for a model, then a trim, before judging options', () => {
    expect(summary(configurationProblems(undefined, { model: '', trim: '', options: [] }))).toEqual([
      'problem.model_missing@vehicle.model',
    ]);
    expect(summary(configurationProblems(E7, { model: 'E7', trim: '', options: [] }))).toEqual([
      'problem.trim_missing@vehicle.trim',
    ]);
  });

  it('asks for one paint and one interior', () => {
    expect(summary(configurationProblems(E7, { model: 'E7', trim: 'STD', options: [] }))).toEqual([
      'problem.paint_missing@vehicle.options',
      'problem.interior_missing@vehicle.options',
    ]);
  });

  it('explains a missing requirement by name and offers to add it in place of what it excludes', () => {
    const configuration = { model: 'E7', trim: 'LR', options: ['PAINT-WHITE', 'INT-BLACK', 'WHEEL-19', 'ROOF-PANO'] };
    const problems = configurationProblems(E7, configuration);
    expect(summary(problems)).toEqual([
      'problem.option_requires@vehicle.options.3 {"option":"Panoramic glass roof","other":"21-inch sport wheels"} → add WHEEL-21',
    ]);
    expect(problems[0]?.fix?.replaces).toEqual(['19-inch aero wheels']);
  });

  it('explains a conflict on the option added last, with the option it conflicts with, and offers to remove it', () => {
    const configuration = {
      model: 'E7',
      trim: 'LR',
      options: ['PAINT-WHITE', 'INT-BLACK', 'ROOF-SUNROOF', 'WHEEL-21', 'ROOF-PANO'],
    };
    expect(summary(configurationProblems(E7, configuration))).toEqual([
      'problem.option_excludes@vehicle.options.4 {"option":"Panoramic glass roof","other":"Tilt-and-slide sunroof"} → remove ROOF-PANO',
    ]);
  });

  it('explains options the trim does not carry or the plant no longer builds', () => {
    const configuration = { model: 'E7', trim: 'STD', options: ['PAINT-GREEN', 'INT-CREAM'] };
    expect(summary(configurationProblems(E7, configuration))).toEqual([
      'problem.option_not_in_production@vehicle.options.0 {"option":"Jade Green pearl"} → remove PAINT-GREEN',
      'problem.option_not_on_trim@vehicle.options.1 {"option":"Cream Nappa leather"} → remove INT-CREAM',
    ]);
  });

  it('names each missing requirement of an option once', () => {
    const configuration = { model: 'X9', trim: 'PRO', options: ['PAINT-WHITE', 'INT-BLACK', 'ROOF-PANO'] };
    expect(summary(configurationProblems(X9, configuration))).toEqual([
      'problem.option_requires@vehicle.options.2 {"option":"Panoramic glass roof with electric sunshade","other":"Comfort package: heated and ventilated rear seats, sunshades"} → add PKG-COMFORT',
    ]);
  });
});

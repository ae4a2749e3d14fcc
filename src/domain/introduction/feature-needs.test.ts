import { describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '../../main/demo/demo-catalog.js';
import { DEMO_FEATURE_NEEDS } from '../../main/demo/demo-feature-needs.js';
import { findModel, findTrim } from '../catalog/catalog-lookup.js';
import { trimFeatureNeeds, validateFeatureNeeds, type FeatureNeeds } from './feature-needs.js';

const entry = (overrides: Partial<FeatureNeeds>): FeatureNeeds => ({
  model: 'E7',
  scope: 'trim',
  code: 'STD',
  feature: 'Heat pump',
  featureZh: '热泵空调',
  answers: ['running_cost'],
  seats: null,
  electricRangeKm: null,
  ...overrides,
});

describe('the needs that features answer', () => {
  it('accepts the demo mapping against the demo catalog', () => {
    expect(validateFeatureNeeds(DEMO_CATALOG, DEMO_FEATURE_NEEDS)).toEqual([]);
  });

  it.each([
    ['an unknown model', { model: 'Z1' }, 'feature_model_unknown', '0.model'],
    ['an unknown trim', { code: 'NOPE' }, 'feature_trim_unknown', '0.code'],
    ['words the trim does not list', { feature: 'Jet pack' }, 'feature_not_on_trim', '0.feature'],
    ['an unknown option', { scope: 'option', code: 'NOPE' }, 'feature_option_unknown', '0.code'],
    [
      'an option by other words than its name',
      { scope: 'option', code: 'PKG-WINTER' },
      'feature_option_name',
      '0.feature',
    ],
    ['a model-wide feature naming a code', { scope: 'model', code: 'STD' }, 'feature_model_code', '0.code'],
    ['ten seats', { seats: 10 }, 'feature_seats', '0.seats'],
    ['a range of zero', { electricRangeKm: 0 }, 'feature_range', '0.electricRangeKm'],
    ['a feature that answers nothing', { answers: [] }, 'feature_answers_nothing', '0.answers'],
  ] as const)('refuses %s', (_why, overrides, code, path) => {
    expect(validateFeatureNeeds(DEMO_CATALOG, [entry(overrides)])).toContainEqual(
      expect.objectContaining({ code, path }),
    );
  });

  it('refuses the same feature mapped twice', () => {
    expect(validateFeatureNeeds(DEMO_CATALOG, [entry({}), entry({})])).toEqual([
      expect.objectContaining({ code: 'feature_duplicate', path: '1' }),
    ]);
  });

  it('gives a trim the model-wide features and its own, in the order the trim lists them', () => {
    const model = findModel(DEMO_CATALOG, 'E7')!;
    const features = trimFeatureNeeds(model, findTrim(model, 'STD')!, DEMO_FEATURE_NEEDS).map((e) => e.feature);
    expect(features).toEqual([
      '5 seats',
      '520 km CLTC range',
      'Heat pump',
      '15.6-inch centre screen',
      'Home charger included',
    ]);
  });
});

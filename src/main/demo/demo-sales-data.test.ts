import { describe, expect, it } from 'vitest';
import { validateFeatureNeeds } from '../../domain/introduction/feature-needs.js';
import { validatePlate } from '../../domain/test-drive/demo-car.js';
import { DEMO_CATALOG } from './demo-catalog.js';
import { DEMO_CARS } from './demo-cars.js';
import { DEMO_FEATURE_NEEDS } from './demo-feature-needs.js';
import { DEMO_DEALERS } from './demo-network.js';

describe('the demo sales floor', () => {
  it('maps only features the demo catalog has, each answering a need or stating seats or range', () => {
    expect(validateFeatureNeeds(DEMO_CATALOG, DEMO_FEATURE_NEEDS)).toEqual([]);
  });

  it('states the seat count of every model, so the ranking can seat a household', () => {
    for (const model of DEMO_CATALOG.models) {
      for (const trim of model.trims) {
        const seats = DEMO_FEATURE_NEEDS.some(
          (entry) =>
            entry.model === model.code &&
            entry.seats !== null &&
            (entry.scope === 'model' || (entry.scope === 'trim' && entry.code === trim.code)),
        );
        expect(seats, `${model.code} ${trim.code}`).toBe(true);
      }
    }
  });

  it.each(DEMO_DEALERS)('gives $code two or three demo cars of models and trims it sells', (dealer) => {
    const cars = DEMO_CARS.filter((car) => car.dealerCode === dealer.code);
    expect(cars.length).toBeGreaterThanOrEqual(2);
    expect(cars.length).toBeLessThanOrEqual(3);
    for (const car of cars) {
      expect(dealer.models).toContain(car.model);
      const model = DEMO_CATALOG.models.find((candidate) => candidate.code === car.model);
      expect(model?.trims.some((trim) => trim.code === car.trim)).toBe(true);
      expect(validatePlate(car.plate)).toEqual([]);
    }
  });

  it('gives every demo car its own plate', () => {
    expect(new Set(DEMO_CARS.map((car) => car.plate)).size).toBe(DEMO_CARS.length);
  });
});

import { describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '../../../src/main/demo/demo-catalog.js';
import type { ApiDealer, ApiModel } from '../api/api-types.js';
import { demoCarModels, demoCarProblems } from './demo-car-draft.js';

const MODELS = DEMO_CATALOG.models as unknown as ApiModel[];

describe('registering a demo car', () => {
  it('offers the models the dealer sells, with only the trims in production', () => {
    const dealer: ApiDealer = { code: 'CQ001', name: 'Chongqing', region: 'WEST', models: ['E7', 'C3'] };
    const offered = demoCarModels(MODELS, dealer);
    expect(offered.map((model) => model.code)).toEqual(['E7', 'C3']);
    const c3 = offered.find((model) => model.code === 'C3');
    expect(c3?.trims.every((trim) => trim.inProduction)).toBe(true);
    expect(c3?.trims.some((trim) => trim.code === 'LAUNCH')).toBe(false);
  });

  it('takes a plate written with its dot', () => {
    expect(demoCarProblems({ model: 'X9', trim: 'MAX', plate: '沪A·D12345' })).toEqual([]);
  });

  it('names each thing missing or wrong', () => {
    expect(demoCarProblems({ model: '', trim: '', plate: 'AB123' })).toEqual([
      { path: 'model', key: 'problem.model_missing' },
      { path: 'trim', key: 'problem.trim_missing' },
      { path: 'plate', key: 'problem.plate_invalid' },
    ]);
  });
});

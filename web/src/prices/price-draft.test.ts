import { describe, expect, it } from 'vitest';
import type { ApiCatalog } from '../api/api-types.js';
import { DEMO_CATALOG } from '../../../src/main/demo/demo-catalog.js';
import { priceItems, targetsOf } from './price-draft.js';

const catalog = DEMO_CATALOG as unknown as ApiCatalog;

describe('a new price list as typed', () => {
  it('offers the trims and then the options of the chosen model', () => {
    const targets = targetsOf(catalog, 'E7').map((target) => target.value);
    expect(targets.slice(0, 4)).toEqual(['trim:STD', 'trim:LR', 'trim:PERF', 'option:PAINT-WHITE']);
    expect(targetsOf(catalog, 'NOPE')).toEqual([]);
  });

  it('turns each line into a price item naming one trim or one option', () => {
    const { items, problems } = priceItems([
      { model: 'E7', target: 'trim:LR', amountYuan: '249,800' },
      { model: 'E7', target: 'option:ROOF-PANO', amountYuan: '8000.50' },
    ]);
    expect(problems).toEqual([]);
    expect(items).toEqual([
      { model: 'E7', trim: 'LR', priceCents: 24_980_000 },
      { model: 'E7', option: 'ROOF-PANO', priceCents: 800_050 },
    ]);
  });

  it('names each line that is not a price yet, at the path the server would name', () => {
    const { problems } = priceItems([
      { model: 'E7', target: 'trim:LR', amountYuan: '1' },
      { model: 'E7', target: '', amountYuan: 'lots' },
    ]);
    expect(problems).toEqual([
      { path: 'items.1.target', key: 'problem.required' },
      { path: 'items.1.priceCents', key: 'problem.amount_invalid' },
    ]);
  });
});

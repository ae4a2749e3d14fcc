import { describe, expect, it } from 'vitest';
import type { Configuration } from '../catalog/catalog-types.js';
import { TEST_CATALOG, testModel } from '../catalog/test-catalog.js';
import { InvariantError } from '../shared/assert.js';
import type { Violation } from '../shared/violation.js';
import {
  PRICE_ITEM_VIOLATION_CODES,
  type PriceItem,
  type PriceListVersion,
  type PricedComponent,
  componentOf,
  priceConfiguration,
  priceOf,
  validatePriceItems,
} from './price-list.js';

const YUAN = 100;
const e7 = testModel('AUR-E7');

/** A price history of the E7, deliberately out of order in the array. */
const VERSIONS: PriceListVersion[] = [
  {
    version: 4,
    effectiveAt: '2026-06-01T00:00:00+08:00',
    items: [{ model: 'AUR-E7', trim: 'E7-STD', priceCents: 239_800 * YUAN }],
  },
  {
    version: 1,
    effectiveAt: '2026-01-01T00:00:00+08:00',
    items: [
      { model: 'AUR-E7', trim: 'E7-STD', option: null, priceCents: 219_800 * YUAN },
      { model: 'AUR-E7', option: 'ROOF-PANO', priceCents: 14_000 * YUAN },
    ],
  },
  {
    version: 2,
    effectiveAt: '2026-03-01T00:00:00+08:00',
    items: [{ model: 'AUR-E7', trim: 'E7-STD', priceCents: 209_800 * YUAN }],
  },
  {
    // Published after version 2 but in force from an earlier date: the date decides, not the number.
    version: 5,
    effectiveAt: '2026-02-01T00:00:00+08:00',
    items: [
      { model: 'AUR-E7', trim: 'E7-STD', priceCents: 199_800 * YUAN },
      { model: 'AUR-E7', trim: 'E7-LR', option: 'WHL-21', priceCents: 1 },
    ],
  },
  {
    version: 3,
    effectiveAt: '2026-03-01T00:00:00+08:00',
    items: [{ model: 'AUR-E7', option: 'ROOF-PANO', priceCents: 12_000 * YUAN }],
  },
];

const STANDARD: PricedComponent = { kind: 'trim', code: 'E7-STD' };
const PANORAMIC_ROOF: PricedComponent = { kind: 'option', code: 'ROOF-PANO' };

describe('priceOf', () => {
  it.each<[string, PricedComponent, string, number]>([
    ['the catalog price before any version', STANDARD, '2025-06-01T00:00:00Z', 229_800],
    ['the catalog price a millisecond before the first version', STANDARD, '2025-12-31T15:59:59.999Z', 229_800],
    ['the first version from the instant it takes effect', STANDARD, '2026-01-01T00:00:00+08:00', 219_800],
    ['the first version at the same instant written in UTC', STANDARD, '2025-12-31T16:00:00Z', 219_800],
    ['a later-numbered version in force earlier, once in force', STANDARD, '2026-02-15T00:00:00+08:00', 199_800],
    ['the version in force latest, whatever its number', STANDARD, '2026-04-01T00:00:00+08:00', 209_800],
    ['the newest version once it takes effect', STANDARD, '2026-07-01T00:00:00+08:00', 239_800],
    ['an older version for an item a newer one does not name', PANORAMIC_ROOF, '2026-02-15T00:00:00+08:00', 14_000],
    ['the version the newest one of its date names', PANORAMIC_ROOF, '2026-04-01T00:00:00+08:00', 12_000],
    [
      'the catalog price of an option no version names',
      { kind: 'option', code: 'PAINT-BLUE' },
      '2026-07-01T00:00:00Z',
      6_000,
    ],
    [
      'the catalog price when the only item naming it names a trim as well',
      { kind: 'option', code: 'WHL-21' },
      '2026-07-01T00:00:00Z',
      12_000,
    ],
  ])('gives %s', (_description, component, at, yuan) => {
    expect(priceOf(VERSIONS, e7, component, at)).toBe(yuan * YUAN);
  });

  it('never applies the items of one model to another model with the same option code', () => {
    expect(priceOf(VERSIONS, testModel('AUR-X9'), PANORAMIC_ROOF, '2026-07-01T00:00:00Z')).toBe(16_000 * YUAN);
  });

  it('breaks a tie on the effective time by the higher version number, not by the order in the list', () => {
    const at = '2026-05-01T00:00:00Z';
    const tie: PriceListVersion[] = [
      { version: 8, effectiveAt: at, items: [{ model: 'AUR-E7', trim: 'E7-STD', priceCents: 8 }] },
      {
        version: 7,
        effectiveAt: '2026-05-01T08:00:00+08:00',
        items: [{ model: 'AUR-E7', trim: 'E7-STD', priceCents: 7 }],
      },
    ];
    expect(priceOf(tie, e7, STANDARD, at)).toBe(8);
    expect(priceOf([...tie].reverse(), e7, STANDARD, at)).toBe(8);
  });

  it('takes the later of two items of one version that name the same component', () => {
    const version: PriceListVersion = {
      version: 1,
      effectiveAt: '2026-01-01T00:00:00Z',
      items: [
        { model: 'AUR-E7', trim: 'E7-STD', priceCents: 1 },
        { model: 'AUR-E7', trim: 'E7-STD', priceCents: 2 },
      ],
    };
    expect(priceOf([version], e7, STANDARD, '2026-02-01T00:00:00Z')).toBe(2);
  });

  it.each<PricedComponent>([
    { kind: 'trim', code: 'E7-GT' },
    { kind: 'option', code: 'E7-STD' },
    { kind: 'trim', code: 'ROOF-PANO' },
  ])('knows no price for %j, which neither the catalog nor a version names', (component) => {
    expect(priceOf(VERSIONS, e7, component, '2026-07-01T00:00:00Z')).toBeNull();
  });

  it('prices a component a version names even after the catalog dropped it', () => {
    const version: PriceListVersion = {
      version: 1,
      effectiveAt: '2026-01-01T00:00:00Z',
      items: [{ model: 'AUR-E7', option: 'ROOF-CLASSIC', priceCents: 500 }],
    };
    expect(priceOf([version], e7, { kind: 'option', code: 'ROOF-CLASSIC' }, '2026-02-01T00:00:00Z')).toBe(500);
  });

  it.each(['', 'yesterday', '2026-13-01T00:00:00Z'])('refuses to price at "%s", which is not an instant', (at) => {
    expect(() => priceOf(VERSIONS, e7, STANDARD, at)).toThrow(InvariantError);
  });

  it('refuses a version whose effective time is not an instant', () => {
    const broken: PriceListVersion = { version: 1, effectiveAt: 'soon', items: [] };
    expect(() => priceOf([broken], e7, STANDARD, '2026-01-01T00:00:00Z')).toThrow(InvariantError);
  });
});

describe('priceConfiguration', () => {
  const longRange: Configuration = {
    model: 'AUR-E7',
    trim: 'E7-LR',
    options: ['PAINT-BLUE', 'INT-TAN', 'WHL-21', 'ROOF-PANO'],
  };

  it.each<[string, Configuration, PriceListVersion[], string, number]>([
    ['from the catalog alone', longRange, [], '2026-01-01T00:00:00Z', 269_800 + 6_000 + 8_000 + 12_000 + 15_000],
    [
      'with the roof price of the version in force',
      longRange,
      VERSIONS,
      '2026-04-01T00:00:00+08:00',
      269_800 + 6_000 + 8_000 + 12_000 + 12_000,
    ],
    [
      'with the trim price of the version in force',
      { model: 'AUR-E7', trim: 'E7-STD', options: ['PAINT-WHITE', 'INT-BLACK'] },
      VERSIONS,
      '2026-07-01T00:00:00Z',
      239_800,
    ],
    [
      'counting an option chosen twice once',
      { ...longRange, options: ['PAINT-BLUE', 'PAINT-BLUE'] },
      [],
      '2026-01-01T00:00:00Z',
      269_800 + 6_000,
    ],
    [
      'adding nothing for an unknown option',
      { ...longRange, options: ['PAINT-BLUE', 'ROOF-MOON'] },
      [],
      '2026-01-01T00:00:00Z',
      269_800 + 6_000,
    ],
    [
      'adding nothing for an unknown trim',
      { ...longRange, trim: 'E7-GT', options: ['PAINT-BLUE'] },
      [],
      '2026-01-01T00:00:00Z',
      6_000,
    ],
  ])('sums the trim and every option %s', (_description, configuration, versions, at, yuan) => {
    expect(priceConfiguration(versions, e7, configuration, at)).toBe(yuan * YUAN);
  });

  it('refuses to price a configuration as another model, which would be a bug', () => {
    const compact: Configuration = { model: 'AUR-C3', trim: 'C3-BASE', options: [] };
    expect(() => priceConfiguration([], e7, compact, '2026-01-01T00:00:00Z')).toThrow(InvariantError);
  });
});

describe('componentOf', () => {
  it.each<[PriceItem, PricedComponent | null]>([
    [
      { model: 'AUR-E7', trim: 'E7-STD', priceCents: 1 },
      { kind: 'trim', code: 'E7-STD' },
    ],
    [
      { model: 'AUR-E7', trim: 'E7-STD', option: null, priceCents: 1 },
      { kind: 'trim', code: 'E7-STD' },
    ],
    [
      { model: 'AUR-E7', option: 'WHL-21', priceCents: 1 },
      { kind: 'option', code: 'WHL-21' },
    ],
    [
      { model: 'AUR-E7', trim: null, option: 'WHL-21', priceCents: 1 },
      { kind: 'option', code: 'WHL-21' },
    ],
    [{ model: 'AUR-E7', priceCents: 1 }, null],
    [{ model: 'AUR-E7', trim: null, option: null, priceCents: 1 }, null],
    [{ model: 'AUR-E7', trim: 'E7-STD', option: 'WHL-21', priceCents: 1 }, null],
  ])('reads %j as naming %j', (item, component) => {
    expect(componentOf(item)).toEqual(component);
  });
});

describe('validatePriceItems', () => {
  function codesAndPaths(violations: readonly Violation[]): string[] {
    return violations.map((found) => `${found.code}@${found.path}`);
  }

  it('accepts items that each name one known trim or option with a price', () => {
    const items: PriceItem[] = [
      { model: 'AUR-E7', trim: 'E7-STD', priceCents: 219_800 * YUAN },
      { model: 'AUR-E7', option: 'ROOF-PANO', trim: null, priceCents: 0 },
      { model: 'AUR-X9', option: 'ROOF-PANO', priceCents: 15_000 * YUAN },
      { model: 'AUR-X9', trim: 'X9-FLAG', priceCents: 449_800 * YUAN },
    ];
    expect(validatePriceItems(TEST_CATALOG, items)).toEqual([]);
  });

  it('accepts an empty list', () => {
    expect(validatePriceItems(TEST_CATALOG, [])).toEqual([]);
  });

  it.each<[string, PriceItem, string[]]>([
    ['an unknown model', { model: 'AUR-Z1', trim: 'E7-STD', priceCents: 1 }, ['price_model_unknown@items.0.model']],
    ['an unknown trim', { model: 'AUR-E7', trim: 'X9-LUX', priceCents: 1 }, ['price_trim_unknown@items.0.trim']],
    [
      'an unknown option',
      { model: 'AUR-C3', option: 'ROOF-PANO', priceCents: 1 },
      ['price_option_unknown@items.0.option'],
    ],
    ['an item naming nothing', { model: 'AUR-E7', priceCents: 1 }, ['price_item_target@items.0']],
    [
      'an item naming both a trim and an option',
      { model: 'AUR-E7', trim: 'E7-STD', option: 'WHL-21', priceCents: 1 },
      ['price_item_target@items.0'],
    ],
    ['a negative price', { model: 'AUR-E7', trim: 'E7-STD', priceCents: -1 }, ['price_negative@items.0.priceCents']],
    [
      'a fraction of a cent',
      { model: 'AUR-E7', trim: 'E7-STD', priceCents: 0.5 },
      ['price_not_whole_cents@items.0.priceCents'],
    ],
    [
      'a price that is not a number',
      { model: 'AUR-E7', trim: 'E7-STD', priceCents: Number.NaN },
      ['price_not_whole_cents@items.0.priceCents'],
    ],
    [
      'an unsafe amount',
      { model: 'AUR-E7', trim: 'E7-STD', priceCents: 2 ** 53 },
      ['price_not_whole_cents@items.0.priceCents'],
    ],
    [
      'every problem of an item at once',
      { model: 'AUR-Z1', trim: 'A', option: 'B', priceCents: -5 },
      ['price_item_target@items.0', 'price_model_unknown@items.0.model', 'price_negative@items.0.priceCents'],
    ],
    [
      'both unknown codes of an item naming two things',
      { model: 'AUR-E7', trim: 'A', option: 'B', priceCents: 5 },
      ['price_item_target@items.0', 'price_trim_unknown@items.0.trim', 'price_option_unknown@items.0.option'],
    ],
  ])('reports %s', (_description, item, expected) => {
    expect(codesAndPaths(validatePriceItems(TEST_CATALOG, [item]))).toEqual(expected);
  });

  it('reports a component priced twice in one list on the second item', () => {
    const items: PriceItem[] = [
      { model: 'AUR-E7', option: 'ROOF-PANO', priceCents: 1 },
      { model: 'AUR-X9', option: 'ROOF-PANO', priceCents: 1 },
      { model: 'AUR-E7', trim: null, option: 'ROOF-PANO', priceCents: 2 },
    ];
    expect(codesAndPaths(validatePriceItems(TEST_CATALOG, items))).toEqual(['price_item_duplicate@items.2']);
  });

  it('puts every violation under the base path given, at the index of its item', () => {
    const items: PriceItem[] = [
      { model: 'AUR-E7', trim: 'E7-STD', priceCents: 1 },
      { model: 'AUR-E7', trim: 'E7-XX', priceCents: 1 },
    ];
    expect(codesAndPaths(validatePriceItems(TEST_CATALOG, items, 'body.items'))).toEqual([
      'price_trim_unknown@body.items.1.trim',
    ]);
  });

  it('returns only codes from the published list, each with a sentence', () => {
    const items: PriceItem[] = [
      { model: 'AUR-Z1', priceCents: -1 },
      { model: 'AUR-E7', trim: 'Q', option: 'R', priceCents: 0.1 },
      { model: 'AUR-E7', trim: 'E7-STD', priceCents: 1 },
      { model: 'AUR-E7', trim: 'E7-STD', priceCents: 1 },
    ];
    const violations = validatePriceItems(TEST_CATALOG, items);
    expect(new Set(violations.map((found) => found.code))).toEqual(new Set(PRICE_ITEM_VIOLATION_CODES));
    for (const found of violations) expect(found.message).toMatch(/^[A-Z].*\.$/);
  });
});

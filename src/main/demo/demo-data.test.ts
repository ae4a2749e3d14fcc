import { describe, expect, it } from 'vitest';
import { OPTION_CATEGORIES } from '../../domain/catalog/catalog-types.js';
import { DEMO_CATALOG, demoPriceItems } from './demo-catalog.js';
import { DEMO_DEALERS, DEMO_PLANTS, DEMO_REGIONS, DEMO_SHORT_SUPPLY_PART, demoParts } from './demo-network.js';
import { DEMO_QUOTA_MONTHS, demoQuotas } from './demo-quotas.js';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users.js';

const NOW = new Date('2026-03-15T08:30:00Z');
const VIN_CHARACTER = /^[0-9A-HJ-NPR-Z]$/;
const CODE = /^[A-Z0-9]+(-[A-Z0-9]+)*$/;

const models = DEMO_CATALOG.models;
const allOptions = models.flatMap((model) => model.options.map((option) => ({ model, option })));
const parts = demoParts(NOW);
const partCodes = new Set(parts.map((part) => part.code));
const regionCodes = new Set(DEMO_REGIONS.map((region) => region.code));
const modelCodes = new Set(models.map((model) => model.code));

function unique(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

describe('the demo catalog', () => {
  it('has the Aurora brand with a WMI free of I, O and Q', () => {
    expect(DEMO_CATALOG.brand).toEqual({ code: 'AUR', name: 'Aurora Motors', wmi: 'LA9' });
    expect([...DEMO_CATALOG.brand.wmi].every((character) => VIN_CHARACTER.test(character))).toBe(true);
  });

  it('has the E7 BEV, the X9 PHEV and the C3 ICE, with unique codes', () => {
    expect(models.map((model) => [model.code, model.powertrain])).toEqual(
      expect.arrayContaining([
        ['E7', 'BEV'],
        ['X9', 'PHEV'],
        ['C3', 'ICE'],
      ]),
    );
    expect(unique(models.map((model) => model.code))).toBe(true);
  });

  it.each(models)('gives $code a VIN descriptor of five allowed characters', (model) => {
    expect(model.vinDescriptor).toHaveLength(5);
    expect([...model.vinDescriptor].every((character) => VIN_CHARACTER.test(character))).toBe(true);
  });

  it.each(models)('gives $code a minimum deposit between ¥5,000 and ¥20,000', (model) => {
    expect(Number.isSafeInteger(model.minDepositCents)).toBe(true);
    expect(model.minDepositCents).toBeGreaterThanOrEqual(500_000);
    expect(model.minDepositCents).toBeLessThanOrEqual(2_000_000);
  });

  it.each(models)('gives $code two or three trims with whole-cent prices and three to five features', (model) => {
    expect(model.trims.length).toBeGreaterThanOrEqual(2);
    expect(model.trims.length).toBeLessThanOrEqual(3);
    expect(unique(model.trims.map((trim) => trim.code))).toBe(true);
    for (const trim of model.trims) {
      expect(trim.code).toMatch(CODE);
      expect(Number.isSafeInteger(trim.basePriceCents) && trim.basePriceCents > model.minDepositCents).toBe(true);
      expect(trim.features.length).toBeGreaterThanOrEqual(3);
      expect(trim.features.length).toBeLessThanOrEqual(5);
    }
    expect(model.trims.some((trim) => trim.inProduction)).toBe(true);
  });

  it('has exactly one trim out of production', () => {
    const retired = models.flatMap((model) => model.trims.filter((trim) => !trim.inProduction));
    expect(retired).toHaveLength(1);
  });

  it.each(models)('gives $code uppercase, hyphenated option codes, unique within the model', (model) => {
    const codes = model.options.map((option) => option.code);
    expect(unique(codes)).toBe(true);
    for (const code of codes) expect(code).toMatch(CODE);
  });

  it.each(allOptions.map(({ model, option }) => [`${model.code} ${option.code}`, model, option] as const))(
    'names only codes of its own model in %s',
    (_label, model, option) => {
      const trimCodes = new Set(model.trims.map((trim) => trim.code));
      const optionCodes = new Set(model.options.map((entry) => entry.code));
      for (const trim of option.trims ?? []) expect(trimCodes.has(trim)).toBe(true);
      for (const required of option.requires) expect(optionCodes.has(required)).toBe(true);
      for (const excluded of option.excludes) expect(optionCodes.has(excluded)).toBe(true);
      expect(option.requires).not.toContain(option.code);
      expect(option.excludes).not.toContain(option.code);
      expect(option.requires.filter((required) => option.excludes.includes(required))).toEqual([]);
      expect(OPTION_CATEGORIES).toContain(option.category);
      expect(Number.isSafeInteger(option.priceCents) && option.priceCents >= 0).toBe(true);
    },
  );

  it('keeps every requirement satisfiable: what an option requires is in production on each trim it may go on', () => {
    for (const { model, option } of allOptions.filter((entry) => entry.option.inProduction)) {
      const trims = option.trims ?? model.trims.map((trim) => trim.code);
      for (const required of option.requires) {
        const requiredOption = model.options.find((entry) => entry.code === required);
        expect(requiredOption?.inProduction).toBe(true);
        for (const trim of trims) expect(requiredOption?.trims ?? [trim]).toContain(trim);
      }
    }
  });

  it('consumes only parts that exist', () => {
    for (const { option } of allOptions) {
      for (const part of option.parts) expect(partCodes.has(part)).toBe(true);
    }
  });

  it.each(models)(
    'gives $code at least two paints and one interior in production, each open to every trim',
    (model) => {
      const open = (category: string) =>
        model.options.filter((option) => option.category === category && option.inProduction && option.trims === null);
      expect(open('paint').length).toBeGreaterThanOrEqual(2);
      expect(open('interior').length).toBeGreaterThanOrEqual(1);
    },
  );

  it.each(models)('gives $code a paint at extra cost and a paint out of production', (model) => {
    const paints = model.options.filter((option) => option.category === 'paint');
    expect(paints.length).toBeGreaterThanOrEqual(3);
    expect(paints.length).toBeLessThanOrEqual(4);
    expect(paints.some((paint) => paint.priceCents > 0 && paint.inProduction)).toBe(true);
    expect(paints.some((paint) => !paint.inProduction)).toBe(true);
  });

  it('exercises every rule: a special option, a requires pair, an excludes pair and a trim-limited option', () => {
    expect(allOptions.some(({ option }) => option.special)).toBe(true);
    expect(allOptions.some(({ option }) => option.requires.length > 0)).toBe(true);
    expect(allOptions.some(({ option }) => option.excludes.length > 0)).toBe(true);
    expect(allOptions.some(({ option }) => option.trims !== null)).toBe(true);
  });

  it('lets a 7-seat X9 be ordered only on some trims', () => {
    const x9 = models.find((model) => model.code === 'X9');
    const sevenSeats = x9?.options.find((option) => option.category === 'seating');
    expect(sevenSeats?.trims?.length).toBeGreaterThan(0);
    expect(sevenSeats?.trims?.length).toBeLessThan(x9?.trims.length ?? 0);
  });

  it('puts the E7 panoramic roof on the part in short supply, requiring 21-inch wheels and excluding the sunroof', () => {
    const pano = models.find((model) => model.code === 'E7')?.options.find((option) => option.code === 'ROOF-PANO');
    expect(pano?.parts).toEqual([DEMO_SHORT_SUPPLY_PART]);
    expect(pano?.requires).toEqual(['WHEEL-21']);
    expect(pano?.excludes).toEqual(['ROOF-SUNROOF']);
  });

  it('keeps excludes symmetric among roof and wheel options', () => {
    for (const model of models) {
      for (const option of model.options.filter((entry) => ['roof', 'wheels'].includes(entry.category))) {
        for (const excluded of option.excludes) {
          expect(model.options.find((entry) => entry.code === excluded)?.excludes).toContain(option.code);
        }
      }
    }
  });
});

describe('the demo price list', () => {
  const items = demoPriceItems(DEMO_CATALOG);

  it('names every trim and every option once, at the catalog price', () => {
    const expected = models.flatMap((model) => [
      ...model.trims.map((trim) => ({
        model: model.code,
        trim: trim.code,
        option: null,
        priceCents: trim.basePriceCents,
      })),
      ...model.options.map((option) => ({
        model: model.code,
        trim: null,
        option: option.code,
        priceCents: option.priceCents,
      })),
    ]);
    expect(items).toEqual(expected);
  });
});

describe('the demo network', () => {
  it('has at least four regions, all in Asia/Shanghai', () => {
    expect([...regionCodes]).toEqual(expect.arrayContaining(['EAST', 'NORTH', 'SOUTH', 'WEST']));
    expect(unique(DEMO_REGIONS.map((region) => region.code))).toBe(true);
    for (const region of DEMO_REGIONS) expect(region.timeZone).toBe('Asia/Shanghai');
  });

  it('has at least six dealers, SH001 in EAST and BJ001 in NORTH', () => {
    expect(DEMO_DEALERS.length).toBeGreaterThanOrEqual(6);
    expect(unique(DEMO_DEALERS.map((dealer) => dealer.code))).toBe(true);
    expect(DEMO_DEALERS.find((dealer) => dealer.code === 'SH001')?.region).toBe('EAST');
    expect(DEMO_DEALERS.find((dealer) => dealer.code === 'BJ001')?.region).toBe('NORTH');
  });

  it.each(DEMO_DEALERS)('names an existing region and existing models for dealer $code', (dealer) => {
    expect(regionCodes.has(dealer.region)).toBe(true);
    expect(dealer.models.length).toBeGreaterThan(0);
    for (const model of dealer.models) expect(modelCodes.has(model)).toBe(true);
    expect(dealer.phone).toMatch(/^0\d{2,3}-\d{4} \d{4}$/);
  });

  it('has a dealer that is not franchised for every model', () => {
    expect(DEMO_DEALERS.some((dealer) => dealer.models.length < modelCodes.size)).toBe(true);
  });

  it.each(models)('builds $code in its plant, which exists and has capacity for it', (model) => {
    const plant = DEMO_PLANTS.find((entry) => entry.code === model.plant);
    expect(plant).toBeDefined();
    expect(plant?.dailyCapacity[model.code]).toBeGreaterThan(0);
  });

  it.each(DEMO_PLANTS)('gives plant $code a VIN code, working days and transit to every region', (plant) => {
    expect(plant.vinCode).toMatch(VIN_CHARACTER);
    expect(plant.workingWeekdays.every((day) => Number.isInteger(day) && day >= 1 && day <= 7)).toBe(true);
    for (const region of regionCodes) {
      const days = plant.transitDays[region];
      expect(days).toBeGreaterThanOrEqual(1);
      expect(days).toBeLessThanOrEqual(10);
    }
    for (const model of Object.keys(plant.dailyCapacity)) expect(modelCodes.has(model)).toBe(true);
  });

  it('gives every plant a distinct VIN code', () => {
    expect(unique(DEMO_PLANTS.map((plant) => plant.vinCode))).toBe(true);
  });
});

describe('the demo parts', () => {
  it('have unique codes, none reserved', () => {
    expect(unique(parts.map((part) => part.code))).toBe(true);
    for (const part of parts) expect(part.reservedUnits).toBe(0);
  });

  it('have one part in short supply, expected at a fixed instant after now', () => {
    const short = parts.filter((part) => part.availableUnits <= 2);
    expect(short.map((part) => part.code)).toEqual([DEMO_SHORT_SUPPLY_PART]);
    const expectedAt = short[0]?.expectedAt ?? '';
    expect(new Date(expectedAt).getTime()).toBeGreaterThan(NOW.getTime());
    expect(expectedAt).toBe('2026-03-29T02:00:00.000Z');
    expect(demoParts(NOW)).toEqual(parts);
  });

  it('are all consumed by some option', () => {
    const consumed = new Set(allOptions.flatMap(({ option }) => option.parts));
    for (const code of partCodes) expect(consumed.has(code)).toBe(true);
  });
});

describe('the demo users', () => {
  it.each([
    ['sh.sales', 'dealer_sales', 'SH001'],
    ['sh.manager', 'dealer_manager', 'SH001'],
    ['bj.sales', 'dealer_sales', 'BJ001'],
    ['reviewer', 'oem_reviewer', null],
    ['allocator', 'oem_allocation', null],
    ['admin', 'oem_admin', null],
  ])('has %s as %s of dealer %s', (username, role, dealerCode) => {
    const user = DEMO_USERS.find((entry) => entry.username === username);
    expect(user).toMatchObject({ role, dealerCode });
  });

  it('have unique usernames, and dealer roles work for existing dealers while OEM roles work for none', () => {
    expect(unique(DEMO_USERS.map((user) => user.username))).toBe(true);
    const dealerCodes = new Set(DEMO_DEALERS.map((dealer) => dealer.code));
    for (const user of DEMO_USERS) {
      if (user.role.startsWith('dealer_')) expect(dealerCodes.has(user.dealerCode ?? '')).toBe(true);
      else expect(user.dealerCode).toBeNull();
    }
  });

  it('share the password demo1234', () => {
    expect(DEMO_PASSWORD).toBe('demo1234');
  });
});

describe('the demo quotas', () => {
  const buckets = demoQuotas('2026-11');

  it('cover the current and next two months for every region and model, none used', () => {
    expect(DEMO_QUOTA_MONTHS).toBe(3);
    const keys = buckets.map((bucket) => `${bucket.month}/${bucket.region}/${bucket.model}`);
    const expected = ['2026-11', '2026-12', '2027-01'].flatMap((month) =>
      [...regionCodes].flatMap((region) => [...modelCodes].map((model) => `${month}/${region}/${model}`)),
    );
    expect([...keys].sort()).toEqual([...expected].sort());
    for (const bucket of buckets) expect(bucket.used).toBe(0);
  });

  it('keep NORTH C3 tiny in the current month only, and the rest in the hundreds to thousands', () => {
    const small = buckets.filter((bucket) => bucket.cap < 100);
    expect(small).toEqual([{ region: 'NORTH', month: '2026-11', model: 'C3', cap: 2, used: 0 }]);
    for (const bucket of buckets.filter((entry) => entry.cap >= 100)) expect(bucket.cap).toBeLessThanOrEqual(5000);
  });

  it('refuse a month that is not YYYY-MM', () => {
    expect(() => demoQuotas('2026-13')).toThrow();
    expect(() => demoQuotas('March')).toThrow();
  });
});

import type { Catalog, OptionDefinition, Trim, VehicleModel } from './catalog-types.js';
import { InvariantError } from '../shared/assert.js';

/**
 * A small catalog for tests that exercises every configuration rule: a trim and an option out of production,
 * options limited to some trims, a panoramic roof that requires 21-inch wheels and excludes the solar roof,
 * a special (armoured glass) package, and parts shared by several options.
 */

const YUAN = 100;

function trim(code: string, name: string, basePriceYuan: number, features: string[], inProduction = true): Trim {
  return { code, name, basePriceCents: basePriceYuan * YUAN, inProduction, features };
}

/** An option with the defaults most options have: every trim, no rules, no parts, not special, in production. */
function option(
  code: string,
  name: string,
  category: OptionDefinition['category'],
  priceYuan: number,
  rules: Partial<Omit<OptionDefinition, 'code' | 'name' | 'category' | 'priceCents'>> = {},
): OptionDefinition {
  return {
    code,
    name,
    category,
    priceCents: priceYuan * YUAN,
    trims: null,
    requires: [],
    excludes: [],
    parts: [],
    special: false,
    inProduction: true,
    ...rules,
  };
}

const auroraE7: VehicleModel = {
  code: 'AUR-E7',
  name: 'Aurora E7 electric sedan',
  powertrain: 'BEV',
  plant: 'NB',
  minDepositCents: 5_000 * YUAN,
  vinDescriptor: 'E7SB1',
  trims: [
    trim('E7-STD', 'Standard Range', 229_800, ['520 km CLTC range', '15.6-inch centre screen']),
    trim('E7-LR', 'Long Range', 269_800, ['710 km CLTC range', 'heat pump', 'ventilated front seats']),
    trim('E7-PERF', 'Performance', 319_800, ['dual motor', '0–100 km/h in 3.8 s'], false),
  ],
  options: [
    option('PAINT-WHITE', 'Glacier White', 'paint', 0),
    option('PAINT-BLUE', 'Aurora Blue metallic', 'paint', 6_000, { parts: ['PAINT-METALLIC'] }),
    option('PAINT-MATTE', 'Matte Graphite', 'paint', 18_000, { inProduction: false }),
    option('INT-BLACK', 'Black synthetic leather', 'interior', 0),
    option('INT-TAN', 'Tan Nappa leather', 'interior', 8_000, { trims: ['E7-LR', 'E7-PERF'] }),
    option('WHL-19', '19-inch aero wheels', 'wheels', 0),
    option('WHL-21', '21-inch forged wheels', 'wheels', 12_000, {
      trims: ['E7-LR', 'E7-PERF'],
      excludes: ['WHL-19'],
      parts: ['RIM-21'],
    }),
    option('ROOF-PANO', 'Panoramic glass roof', 'roof', 15_000, {
      requires: ['WHL-21'],
      excludes: ['ROOF-SOLAR'],
      parts: ['GLASS-PANO'],
    }),
    option('ROOF-SOLAR', 'Solar roof', 'roof', 9_000, { excludes: ['ROOF-PANO'], parts: ['SOLAR-PANEL'] }),
    option('PKG-EXEC-GUARD', 'Executive Guard armoured glass', 'package', 180_000, {
      trims: ['E7-LR'],
      parts: ['GLASS-ARMOUR'],
      special: true,
    }),
    option('AUDIO-HIFI', '23-speaker hi-fi audio', 'audio', 7_000, { trims: ['E7-LR', 'E7-PERF'] }),
  ],
};

const auroraX9: VehicleModel = {
  code: 'AUR-X9',
  name: 'Aurora X9 plug-in hybrid SUV',
  powertrain: 'PHEV',
  plant: 'CQ',
  minDepositCents: 10_000 * YUAN,
  vinDescriptor: 'X9UP2',
  trims: [
    trim('X9-COMFORT', 'Comfort', 329_800, ['6 seats', '180 km electric range']),
    trim('X9-LUX', 'Luxury', 379_800, ['6 seats', 'air suspension', 'rear entertainment screens']),
    trim('X9-FLAG', 'Flagship', 459_800, ['4 seats', 'massage seats in both rows'], false),
  ],
  options: [
    option('PAINT-BLACK', 'Obsidian Black', 'paint', 0),
    option('PAINT-SILVER', 'Moonlight Silver metallic', 'paint', 8_000, { parts: ['PAINT-METALLIC'] }),
    option('INT-GREY', 'Grey fabric', 'interior', 0, { trims: ['X9-COMFORT'] }),
    option('INT-CREAM', 'Cream Nappa leather', 'interior', 12_000),
    option('WHL-20', '20-inch wheels', 'wheels', 0),
    option('WHL-22', '22-inch wheels', 'wheels', 10_000, { excludes: ['WHL-20'] }),
    option('SEAT-7', 'Seven seats', 'seating', 6_000, { trims: ['X9-COMFORT', 'X9-LUX'] }),
    option('PKG-PREMIUM', 'Premium package', 'package', 25_000, { requires: ['INT-CREAM'] }),
    option('ROOF-PANO', 'Panoramic glass roof', 'roof', 16_000, {
      requires: ['PKG-PREMIUM'],
      excludes: ['ROOF-SUNROOF'],
      parts: ['GLASS-PANO'],
    }),
    option('ROOF-SUNROOF', 'Tilt-and-slide sunroof', 'roof', 7_000, { excludes: ['ROOF-PANO'] }),
    option('PKG-EXEC-GUARD', 'Executive Guard armoured glass', 'package', 220_000, {
      trims: ['X9-LUX'],
      parts: ['GLASS-ARMOUR'],
      special: true,
    }),
    option('ASSIST-PILOT', 'Highway pilot', 'assist', 15_000, { parts: ['LIDAR-UNIT'] }),
  ],
};

const auroraC3: VehicleModel = {
  code: 'AUR-C3',
  name: 'Aurora C3 compact',
  powertrain: 'ICE',
  plant: 'CQ',
  minDepositCents: 2_000 * YUAN,
  vinDescriptor: 'C3HG3',
  trims: [
    trim('C3-BASE', 'City', 109_800, ['1.5 L turbo', 'CarPlay and CarLife']),
    trim('C3-SPORT', 'Sport', 129_800, ['2.0 L turbo', 'sport seats']),
    trim('C3-CLASSIC', 'Classic', 99_800, ['1.5 L', 'manual gearbox'], false),
  ],
  options: [
    option('PAINT-RED', 'Racing Red', 'paint', 0),
    option('PAINT-GREY', 'Urban Grey', 'paint', 3_000),
    option('INT-BLACK', 'Black fabric', 'interior', 0),
    option('INT-RED', 'Black and red sport fabric', 'interior', 2_000, { trims: ['C3-SPORT'] }),
    option('WHL-17', '17-inch wheels', 'wheels', 0),
    option('WHL-18', '18-inch sport wheels', 'wheels', 4_000, { trims: ['C3-SPORT'], excludes: ['WHL-17'] }),
    option('AUDIO-PREMIUM', 'Premium audio', 'audio', 3_500),
    option('ASSIST-L2', 'Adaptive cruise and lane centring', 'assist', 5_000, { inProduction: false }),
  ],
};

/** Aurora Motors: three models (BEV, PHEV, ICE) with every configuration rule represented. */
export const TEST_CATALOG: Catalog = {
  brand: { code: 'AUR', name: 'Aurora Motors', wmi: 'LA9' },
  models: [auroraE7, auroraX9, auroraC3],
};

/** A model of the test catalog by code; a missing one is a mistake in the test itself. */
export function testModel(code: string): VehicleModel {
  const model = TEST_CATALOG.models.find((candidate) => candidate.code === code);
  if (model === undefined) throw new InvariantError(`the test catalog has no model ${code}`);
  return model;
}

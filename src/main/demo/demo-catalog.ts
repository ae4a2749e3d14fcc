import type {
  Brand,
  Catalog,
  OptionCategory,
  OptionDefinition,
  Trim,
  VehicleModel,
} from '../../domain/catalog/catalog-types.js';
import type { Cents } from '../../domain/shared/money.js';

/**
 * The demo catalog: one brand, three models, trims and options chosen so that every verification rule can be shown.
 *
 * - special option: X9 `EXEC-ARMOR` and C3 `LIVERY-POLICE` send an order to manual review;
 * - short supply: E7 `ROOF-PANO` consumes `GLASS-PANO-E7`, of which no unit is available (see `demoParts`);
 * - requires: E7 `ROOF-PANO` needs `WHEEL-21`, X9 `ROOF-PANO` needs `PKG-COMFORT`;
 * - excludes: `ROOF-PANO` and `ROOF-SUNROOF` / `ROOF-RACK`, the two wheel sizes, `EXEC-ARMOR` and `ROOF-PANO`;
 * - trims: X9 `SEAT-7` only on Pro and Max, `EXEC-ARMOR` only on Ultra;
 * - not in production: C3 trim `LAUNCH`, one paint per model.
 */

export const DEMO_BRAND: Brand = { code: 'AUR', name: 'Aurora Motors', wmi: 'LA9' };

interface OptionInput {
  readonly code: string;
  readonly name: string;
  readonly category: OptionCategory;
  readonly priceCents: Cents;
  readonly trims?: readonly string[] | null;
  readonly requires?: readonly string[];
  readonly excludes?: readonly string[];
  readonly parts?: readonly string[];
  readonly special?: boolean;
  readonly inProduction?: boolean;
}

/** An option with the common defaults: every trim, no rules, no parts, not special, in production. */
function option(input: OptionInput): OptionDefinition {
  return {
    code: input.code,
    name: input.name,
    category: input.category,
    priceCents: input.priceCents,
    trims: input.trims ?? null,
    requires: input.requires ?? [],
    excludes: input.excludes ?? [],
    parts: input.parts ?? [],
    special: input.special ?? false,
    inProduction: input.inProduction ?? true,
  };
}

function trim(
  code: string,
  name: string,
  basePriceCents: Cents,
  features: readonly string[],
  inProduction = true,
): Trim {
  return { code, name, basePriceCents, inProduction, features };
}

const AURORA_E7: VehicleModel = {
  code: 'E7',
  name: 'Aurora E7',
  powertrain: 'BEV',
  plant: 'NB',
  minDepositCents: 500_000,
  vinDescriptor: 'EB7S4',
  trims: [
    trim('STD', 'E7 Standard Range RWD', 22_980_000, [
      '520 km CLTC range',
      'Heat pump',
      '15.6-inch centre screen',
      'Home charger included',
    ]),
    trim('LR', 'E7 Long Range RWD', 25_980_000, [
      '650 km CLTC range',
      'Heat pump',
      'L2+ highway assist',
      '800 V fast charging: 10–80% in 18 min',
      'Home charger included',
    ]),
    trim('PERF', 'E7 Performance AWD', 29_980_000, [
      'Dual-motor AWD, 0–100 km/h in 3.9 s',
      '600 km CLTC range',
      'Air suspension',
      'L2+ highway assist',
      'Home charger included',
    ]),
  ],
  options: [
    option({ code: 'PAINT-WHITE', name: 'Glacier White', category: 'paint', priceCents: 0 }),
    option({ code: 'PAINT-BLACK', name: 'Obsidian Black', category: 'paint', priceCents: 0 }),
    option({ code: 'PAINT-RED', name: 'Aurora Red metallic', category: 'paint', priceCents: 800_000 }),
    option({
      code: 'PAINT-GREEN',
      name: 'Jade Green pearl',
      category: 'paint',
      priceCents: 1_200_000,
      inProduction: false,
    }),
    option({ code: 'INT-BLACK', name: 'Black vegan leather', category: 'interior', priceCents: 0 }),
    option({ code: 'INT-GREY', name: 'Stone Grey vegan leather', category: 'interior', priceCents: 0 }),
    option({
      code: 'INT-CREAM',
      name: 'Cream Nappa leather',
      category: 'interior',
      priceCents: 1_000_000,
      trims: ['LR', 'PERF'],
    }),
    option({
      code: 'WHEEL-19',
      name: '19-inch aero wheels',
      category: 'wheels',
      priceCents: 0,
      excludes: ['WHEEL-21'],
    }),
    option({
      code: 'WHEEL-21',
      name: '21-inch sport wheels',
      category: 'wheels',
      priceCents: 1_200_000,
      excludes: ['WHEEL-19'],
    }),
    option({
      code: 'ROOF-PANO',
      name: 'Panoramic glass roof',
      category: 'roof',
      priceCents: 900_000,
      requires: ['WHEEL-21'],
      excludes: ['ROOF-SUNROOF'],
      parts: ['GLASS-PANO-E7'],
    }),
    option({
      code: 'ROOF-SUNROOF',
      name: 'Tilt-and-slide sunroof',
      category: 'roof',
      priceCents: 500_000,
      excludes: ['ROOF-PANO'],
    }),
    option({
      code: 'SEAT-VENT',
      name: 'Ventilated massage front seats',
      category: 'seating',
      priceCents: 600_000,
      trims: ['LR', 'PERF'],
    }),
    option({
      code: 'PKG-WINTER',
      name: 'Winter package: heated steering wheel and rear seats',
      category: 'package',
      priceCents: 300_000,
    }),
    option({
      code: 'ADAS-PILOT',
      name: 'Aurora Pilot driver-assist package with lidar',
      category: 'assist',
      priceCents: 1_500_000,
      trims: ['LR', 'PERF'],
      parts: ['LIDAR-UNIT'],
    }),
    option({ code: 'AUDIO-PREMIUM', name: '14-speaker premium sound', category: 'audio', priceCents: 600_000 }),
  ],
};

const AURORA_X9: VehicleModel = {
  code: 'X9',
  name: 'Aurora X9',
  powertrain: 'PHEV',
  plant: 'CQ',
  minDepositCents: 1_000_000,
  vinDescriptor: 'XP9S7',
  trims: [
    trim('PRO', 'X9 Pro', 26_980_000, [
      '6 seats',
      '1,200 km combined CLTC range',
      '180 km electric CLTC range',
      'L2 adaptive cruise',
    ]),
    trim('MAX', 'X9 Max', 30_980_000, [
      '6 seats with second-row captain chairs',
      '1,200 km combined CLTC range',
      'L2+ highway assist',
      'Air suspension',
      'Rear-seat entertainment screen',
    ]),
    trim('ULTRA', 'X9 Ultra', 35_980_000, [
      'Executive second row with massage',
      'Lidar driver assist included',
      'Air suspension',
      'Nappa leather throughout',
      '1,100 km combined CLTC range',
    ]),
  ],
  options: [
    option({ code: 'PAINT-WHITE', name: 'Pearl White', category: 'paint', priceCents: 0 }),
    option({ code: 'PAINT-GREY', name: 'Graphite Grey', category: 'paint', priceCents: 0 }),
    option({ code: 'PAINT-BLUE', name: 'Midnight Blue metallic', category: 'paint', priceCents: 1_000_000 }),
    option({
      code: 'PAINT-GOLD',
      name: 'Champagne Gold two-tone',
      category: 'paint',
      priceCents: 1_500_000,
      inProduction: false,
    }),
    option({ code: 'INT-BLACK', name: 'Black leather', category: 'interior', priceCents: 0 }),
    option({
      code: 'INT-BROWN',
      name: 'Saddle Brown Nappa leather',
      category: 'interior',
      priceCents: 1_200_000,
      trims: ['MAX', 'ULTRA'],
    }),
    option({
      code: 'INT-IVORY',
      name: 'Ivory White Nappa leather',
      category: 'interior',
      priceCents: 1_200_000,
      trims: ['ULTRA'],
    }),
    option({ code: 'WHEEL-19', name: '19-inch wheels', category: 'wheels', priceCents: 0, excludes: ['WHEEL-21'] }),
    option({
      code: 'WHEEL-21',
      name: '21-inch sport wheels',
      category: 'wheels',
      priceCents: 1_000_000,
      excludes: ['WHEEL-19'],
    }),
    option({
      code: 'ROOF-PANO',
      name: 'Panoramic glass roof with electric sunshade',
      category: 'roof',
      priceCents: 1_200_000,
      requires: ['PKG-COMFORT'],
      excludes: ['ROOF-RACK'],
      parts: ['GLASS-PANO-X9'],
    }),
    option({
      code: 'ROOF-RACK',
      name: 'Roof rails and cross bars',
      category: 'roof',
      priceCents: 300_000,
      excludes: ['ROOF-PANO'],
    }),
    option({
      code: 'SEAT-7',
      name: '7-seat layout (2+3+2)',
      category: 'seating',
      priceCents: 500_000,
      trims: ['PRO', 'MAX'],
    }),
    option({
      code: 'PKG-COMFORT',
      name: 'Comfort package: heated and ventilated rear seats, sunshades',
      category: 'package',
      priceCents: 800_000,
    }),
    option({
      code: 'PKG-TOW',
      name: 'Tow package (2,000 kg)',
      category: 'package',
      priceCents: 600_000,
      parts: ['TOWBAR-KIT'],
    }),
    option({
      code: 'ADAS-PILOT',
      name: 'Aurora Pilot driver-assist package with lidar',
      category: 'assist',
      priceCents: 1_500_000,
      trims: ['PRO', 'MAX'],
      parts: ['LIDAR-UNIT'],
    }),
    option({ code: 'AUDIO-PREMIUM', name: '21-speaker premium sound', category: 'audio', priceCents: 800_000 }),
    option({
      code: 'EXEC-ARMOR',
      name: 'Armoured executive package (VR7)',
      category: 'package',
      priceCents: 48_000_000,
      trims: ['ULTRA'],
      excludes: ['ROOF-PANO', 'PKG-TOW'],
      parts: ['ARMOR-KIT'],
      special: true,
    }),
  ],
};

const AURORA_C3: VehicleModel = {
  code: 'C3',
  name: 'Aurora C3',
  powertrain: 'ICE',
  plant: 'NB',
  minDepositCents: 500_000,
  vinDescriptor: 'CG3H2',
  trims: [
    trim('COMFORT', 'C3 1.5T Comfort', 10_980_000, [
      '1.5T turbo with 7-speed DCT',
      '6.2 L/100 km (WLTC)',
      '12.3-inch centre screen',
      'CarPlay and CarLife',
    ]),
    trim('SPORT', 'C3 1.5T Sport', 12_980_000, [
      '1.5T turbo with 7-speed DCT',
      'Sport-tuned suspension',
      'L2 adaptive cruise',
      'Wireless phone charging',
    ]),
    trim(
      'LAUNCH',
      'C3 Launch Edition',
      13_580_000,
      ['Numbered Launch Edition badges', 'Two-tone roof', 'L2 adaptive cruise'],
      false,
    ),
  ],
  options: [
    option({ code: 'PAINT-WHITE', name: 'Polar White', category: 'paint', priceCents: 0 }),
    option({ code: 'PAINT-SILVER', name: 'Moon Silver', category: 'paint', priceCents: 0 }),
    option({ code: 'PAINT-ORANGE', name: 'Sunset Orange metallic', category: 'paint', priceCents: 300_000 }),
    option({
      code: 'PAINT-YELLOW',
      name: 'Lemon Yellow',
      category: 'paint',
      priceCents: 300_000,
      inProduction: false,
    }),
    option({ code: 'INT-BLACK', name: 'Black fabric', category: 'interior', priceCents: 0 }),
    option({
      code: 'INT-SPORT',
      name: 'Red-stitched sport seats',
      category: 'interior',
      priceCents: 300_000,
      trims: ['SPORT', 'LAUNCH'],
    }),
    option({ code: 'WHEEL-17', name: '17-inch wheels', category: 'wheels', priceCents: 0, excludes: ['WHEEL-18'] }),
    option({
      code: 'WHEEL-18',
      name: '18-inch sport wheels',
      category: 'wheels',
      priceCents: 400_000,
      excludes: ['WHEEL-17'],
    }),
    option({
      code: 'ROOF-SUNROOF',
      name: 'Electric sunroof',
      category: 'roof',
      priceCents: 400_000,
      excludes: ['ROOF-RACK'],
    }),
    option({
      code: 'ROOF-RACK',
      name: 'Roof rails',
      category: 'roof',
      priceCents: 150_000,
      excludes: ['ROOF-SUNROOF'],
    }),
    option({
      code: 'PKG-CITY',
      name: 'City package: rear camera and parking sensors',
      category: 'package',
      priceCents: 300_000,
    }),
    option({
      code: 'PKG-TOW',
      name: 'Tow package (1,200 kg)',
      category: 'package',
      priceCents: 400_000,
      parts: ['TOWBAR-KIT'],
    }),
    option({
      code: 'LIVERY-POLICE',
      name: 'Police livery and equipment',
      category: 'package',
      priceCents: 2_500_000,
      trims: ['COMFORT'],
      requires: ['PAINT-WHITE'],
      special: true,
    }),
  ],
};

export const DEMO_CATALOG: Catalog = { brand: DEMO_BRAND, models: [AURORA_E7, AURORA_X9, AURORA_C3] };

/** One line of a price-list version: a trim's base price (option null) or an option's price (trim null). */
export interface DemoPriceItem {
  readonly model: string;
  readonly trim: string | null;
  readonly option: string | null;
  readonly priceCents: Cents;
}

/** The first price list: every trim and every option of the catalog, at the catalog's prices. */
export function demoPriceItems(catalog: Catalog = DEMO_CATALOG): DemoPriceItem[] {
  const items: DemoPriceItem[] = [];
  for (const model of catalog.models) {
    for (const modelTrim of model.trims) {
      items.push({ model: model.code, trim: modelTrim.code, option: null, priceCents: modelTrim.basePriceCents });
    }
    for (const modelOption of model.options) {
      items.push({ model: model.code, trim: null, option: modelOption.code, priceCents: modelOption.priceCents });
    }
  }
  return items;
}

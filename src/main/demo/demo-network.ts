import type { Dealer, Region } from '../../domain/dealer/dealer-types.js';
import type { Part } from '../../domain/materials/part-types.js';
import type { Plant } from '../../domain/scheduling/plant-types.js';

/** The demo's sales network: regions, dealers (4S stores), the plants that build for them and the parts they use. */

const SHANGHAI = 'Asia/Shanghai';

export const DEMO_REGIONS: readonly Region[] = [
  { code: 'EAST', name: 'East China 华东', timeZone: SHANGHAI },
  { code: 'NORTH', name: 'North China 华北', timeZone: SHANGHAI },
  { code: 'SOUTH', name: 'South China 华南', timeZone: SHANGHAI },
  { code: 'WEST', name: 'West China 西部', timeZone: SHANGHAI },
];

const ALL_MODELS: readonly string[] = ['E7', 'X9', 'C3'];

export const DEMO_DEALERS: readonly Dealer[] = [
  {
    code: 'SH001',
    name: 'Aurora Shanghai Pudong 4S',
    region: 'EAST',
    city: 'Shanghai',
    phone: '021-5888 1234',
    models: ALL_MODELS,
  },
  {
    code: 'HZ001',
    name: 'Aurora Hangzhou Binjiang 4S',
    region: 'EAST',
    city: 'Hangzhou',
    phone: '0571-8677 2345',
    models: ALL_MODELS,
  },
  {
    code: 'BJ001',
    name: 'Aurora Beijing Wangjing 4S',
    region: 'NORTH',
    city: 'Beijing',
    phone: '010-6478 3456',
    models: ALL_MODELS,
  },
  {
    code: 'TJ001',
    name: 'Aurora Tianjin Binhai 4S',
    region: 'NORTH',
    city: 'Tianjin',
    phone: '022-6621 4567',
    models: ALL_MODELS,
  },
  {
    code: 'GZ001',
    name: 'Aurora Guangzhou Tianhe 4S',
    region: 'SOUTH',
    city: 'Guangzhou',
    phone: '020-3829 5678',
    models: ALL_MODELS,
  },
  {
    code: 'SZ001',
    name: 'Aurora Shenzhen Nanshan 4S',
    region: 'SOUTH',
    city: 'Shenzhen',
    phone: '0755-8628 6789',
    models: ALL_MODELS,
  },
  {
    code: 'CD001',
    name: 'Aurora Chengdu Hi-Tech Zone 4S',
    region: 'WEST',
    city: 'Chengdu',
    phone: '028-8519 7890',
    models: ALL_MODELS,
  },
  {
    // Not franchised for the X9: an X9 order from this dealer fails the completeness check.
    code: 'CQ001',
    name: 'Aurora Chongqing Yubei 4S',
    region: 'WEST',
    city: 'Chongqing',
    phone: '023-6788 8901',
    models: ['E7', 'C3'],
  },
];

export const DEMO_PLANTS: readonly Plant[] = [
  {
    code: 'NB',
    name: 'Ningbo Plant',
    vinCode: 'N',
    timeZone: SHANGHAI,
    dailyCapacity: { E7: 400, C3: 600 },
    workingWeekdays: [1, 2, 3, 4, 5, 6],
    transitDays: { EAST: 2, NORTH: 4, SOUTH: 4, WEST: 6 },
  },
  {
    code: 'CQ',
    name: 'Chongqing Plant',
    vinCode: 'C',
    timeZone: SHANGHAI,
    dailyCapacity: { X9: 300 },
    workingWeekdays: [1, 2, 3, 4, 5, 6],
    transitDays: { EAST: 5, NORTH: 5, SOUTH: 4, WEST: 2 },
  },
];

/** The part in short supply: an E7 with the panoramic roof is postponed until it arrives. */
export const DEMO_SHORT_SUPPLY_PART = 'GLASS-PANO-E7';

/** Days from the demo's start until the short part's next supply. */
export const DEMO_SUPPLY_LEAD_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

/** 10:00 in Shanghai (02:00 UTC) on the UTC day `days` after `now`: a fixed instant, not `now` plus an odd remainder. */
function supplyInstant(now: Date, days: number): string {
  const at = new Date(now.getTime() + days * DAY_MS);
  at.setUTCHours(2, 0, 0, 0);
  return at.toISOString();
}

/** The demo's parts; `now` fixes when the part in short supply is expected. */
export function demoParts(now: Date): Part[] {
  const plenty = (code: string, name: string, availableUnits = 5000): Part => ({
    code,
    name,
    availableUnits,
    reservedUnits: 0,
    expectedAt: null,
  });
  return [
    {
      code: DEMO_SHORT_SUPPLY_PART,
      name: 'Panoramic roof glass, Aurora E7',
      availableUnits: 0,
      reservedUnits: 0,
      expectedAt: supplyInstant(now, DEMO_SUPPLY_LEAD_DAYS),
    },
    plenty('GLASS-PANO-X9', 'Panoramic roof glass with sunshade, Aurora X9'),
    plenty('TOWBAR-KIT', 'Detachable towbar kit'),
    plenty('LIDAR-UNIT', 'Roof-mounted lidar unit', 2000),
    plenty('ARMOR-KIT', 'VR7 armour kit', 20),
  ];
}

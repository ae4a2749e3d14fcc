import { InvariantError } from '../shared/assert.js';
import type { Plant } from './plant-types.js';

/**
 * Plants for tests, building the models of the test catalog: Ningbo builds the E7 on weekdays, two a day; Chongqing
 * builds the X9 and the C3 six days a week. Small capacities make full days easy to set up.
 */
export const TEST_PLANTS: readonly Plant[] = [
  {
    code: 'NB',
    name: 'Ningbo test plant',
    vinCode: 'N',
    timeZone: 'Asia/Shanghai',
    dailyCapacity: { 'AUR-E7': 2 },
    workingWeekdays: [1, 2, 3, 4, 5],
    transitDays: { EAST: 2, NORTH: 4, WEST: 6 },
  },
  {
    code: 'CQ',
    name: 'Chongqing test plant',
    vinCode: 'C',
    timeZone: 'Asia/Shanghai',
    dailyCapacity: { 'AUR-X9': 3, 'AUR-C3': 1 },
    workingWeekdays: [1, 2, 3, 4, 5, 6],
    transitDays: { WEST: 1, EAST: 5 },
  },
];

/** A test plant by code; a missing one is a mistake in the test itself. */
export function testPlant(code: string): Plant {
  const plant = TEST_PLANTS.find((candidate) => candidate.code === code);
  if (plant === undefined) throw new InvariantError(`there is no test plant ${code}`);
  return plant;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VehicleModel } from '../catalog/catalog-types.js';
import { TEST_CATALOG, testModel } from '../catalog/test-catalog.js';
import { InvariantError } from '../shared/assert.js';
import { addDays } from '../shared/clock.js';
import { isValidVin, MAXIMUM_VIN_SERIAL } from '../vin/vin.js';
import type { Plant } from './plant-types.js';
import { testPlant } from './test-plants.js';
import { assignVin, type VinAssignmentInput } from './vin-assignment.js';
import { propertySeed } from '../../../test/support/property-seed.js';

const seed = propertySeed('vin-assignment.test.ts');

/** The E7 (descriptor E7SB1) is built in Ningbo (plant code N); the brand's WMI is LA9. */
const WMI = TEST_CATALOG.brand.wmi;
const e7 = testModel('AUR-E7');
const ningbo = testPlant('NB');

function assignment(overrides: Partial<VinAssignmentInput> = {}): VinAssignmentInput {
  return { wmi: WMI, model: e7, plant: ningbo, buildDate: '2026-03-06', lastSerial: 0, ...overrides };
}

describe('assignVin', () => {
  // Check digit of LA9E7SB1?TN000001, by hand: L3·8 + A1·7 + 9·6 + E5·5 + 7·4 + S2·3 + B2·2 + 1·10 + T3·9 + N5·8
  // + 1·2 = 227, and 227 mod 11 = 7.
  it('gives the first car of a plant and year serial 1, its VIN written out in full', () => {
    expect(assignVin(assignment())).toEqual({ vin: 'LA9E7SB17TN000001', serial: 1 });
  });

  for (const { buildDate, code } of [
    { buildDate: '2026-12-31', code: 'T' },
    { buildDate: '2027-01-01', code: 'V' },
    { buildDate: '2030-06-15', code: 'Y' },
    { buildDate: '2031-06-15', code: '1' },
  ]) {
    it(`takes the model year from the build date: ${buildDate} is year code ${code}`, () => {
      expect(assignVin(assignment({ buildDate })).vin.charAt(9)).toBe(code);
    });
  }

  it('writes the model’s descriptor, the plant’s code and the next serial in their positions', () => {
    const chongqing = testPlant('CQ');
    const { vin, serial } = assignVin(assignment({ model: testModel('AUR-X9'), plant: chongqing, lastSerial: 41_999 }));
    expect(serial).toBe(42_000);
    expect(vin.slice(0, 3)).toBe('LA9');
    expect(vin.slice(3, 8)).toBe('X9UP2');
    expect(vin.charAt(10)).toBe('C');
    expect(vin.slice(11)).toBe('042000');
    expect(isValidVin(vin)).toBe(true);
  });

  it('gives out the last serial there is, 999999', () => {
    expect(assignVin(assignment({ lastSerial: MAXIMUM_VIN_SERIAL - 1 })).serial).toBe(MAXIMUM_VIN_SERIAL);
  });

  for (const { overrides, why } of [
    { why: 'the plant and year have used every serial', overrides: { lastSerial: MAXIMUM_VIN_SERIAL } },
    { why: 'a negative last serial', overrides: { lastSerial: -1 } },
    { why: 'a fractional last serial', overrides: { lastSerial: 2.5 } },
    { why: 'a model built at another plant', overrides: { model: testModel('AUR-X9') } },
    { why: 'a malformed build date', overrides: { buildDate: '2026-02-29' } },
    { why: 'a plant code a VIN cannot hold', overrides: { plant: { ...ningbo, vinCode: 'O' } } },
    { why: 'a lower-case WMI', overrides: { wmi: 'la9' } },
  ] satisfies { why: string; overrides: Partial<VinAssignmentInput> }[]) {
    it(`throws for ${why}`, () => {
      expect(() => assignVin(assignment(overrides))).toThrow(InvariantError);
    });
  }

  it('assigns only VINs that validate, carrying the serial it returns', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TEST_CATALOG.models),
        fc.integer({ min: 0, max: 40 * 366 }).map((days) => addDays('2000-01-01', days)),
        fc.integer({ min: 0, max: MAXIMUM_VIN_SERIAL - 1 }),
        (model: VehicleModel, buildDate, lastSerial) => {
          const plant: Plant = testPlant(model.plant);
          const { vin, serial } = assignVin({ wmi: WMI, model, plant, buildDate, lastSerial });
          expect(isValidVin(vin)).toBe(true);
          expect(serial).toBe(lastSerial + 1);
          expect(Number(vin.slice(11))).toBe(serial);
        },
      ),
      { seed, numRuns: 500 },
    );
  });

  it('never repeats a serial or a VIN when each assignment starts from the last one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...TEST_CATALOG.models.filter((model) => model.plant === 'CQ')), { maxLength: 60 }),
        fc.nat({ max: MAXIMUM_VIN_SERIAL - 60 }),
        (models, firstLastSerial) => {
          let lastSerial = firstLastSerial;
          const vins = models.map((model) => {
            const assigned = assignVin(assignment({ model, plant: testPlant('CQ'), lastSerial }));
            expect(assigned.serial).toBeGreaterThan(lastSerial);
            lastSerial = assigned.serial;
            return assigned.vin;
          });
          expect(new Set(vins).size).toBe(vins.length);
          expect(new Set(vins.map((vin) => vin.slice(11))).size).toBe(vins.length);
        },
      ),
      { seed },
    );
  });
});

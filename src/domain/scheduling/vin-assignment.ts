import type { VehicleModel } from '../catalog/catalog-types.js';
import { isIsoDate } from '../identity/calendar-date.js';
import { assert } from '../shared/assert.js';
import { buildVin, MAXIMUM_VIN_SERIAL } from '../vin/vin.js';
import type { Plant } from './plant-types.js';

/** What a VIN is assigned from when a car gets its production slot. */
export interface VinAssignmentInput {
  /** The brand's world manufacturer identifier. */
  readonly wmi: string;
  readonly model: VehicleModel;
  /** The plant that builds the model. */
  readonly plant: Plant;
  /** `YYYY-MM-DD`: the slot's build date; its year is the model year. */
  readonly buildDate: string;
  /**
   * The highest serial already given out by this plant in the build date's model year, 0 when none: serials are
   * unique per plant and model year (SPEC §4), so the caller reads it under the same lock that stores the new one.
   */
  readonly lastSerial: number;
}

export interface VinAssignment {
  readonly vin: string;
  /** Positions 12–17: store it as the plant's and year's new last serial. */
  readonly serial: number;
}

/**
 * The VIN of a car at scheduling: the brand's WMI, the model's descriptor, the model year, the plant's code and the
 * next serial. The model year is the calendar year of the build date: a simplification, since a manufacturer may
 * start a model year months before the calendar year; ordergate keeps one model year per calendar year until a
 * catalog says otherwise. Running out of serials, a model built elsewhere or a malformed date is a bug and throws.
 */
export function assignVin(input: VinAssignmentInput): VinAssignment {
  const { wmi, model, plant, buildDate, lastSerial } = input;
  assert(isIsoDate(buildDate), `a build date is YYYY-MM-DD, got "${buildDate}"`);
  assert(model.plant === plant.code, `model ${model.code} is built at plant ${model.plant}, not at ${plant.code}`);
  assert(
    Number.isInteger(lastSerial) && lastSerial >= 0,
    `the last serial is a whole number from 0, got ${lastSerial}`,
  );
  const serial = lastSerial + 1;
  const year = Number(buildDate.slice(0, 4));
  assert(
    serial <= MAXIMUM_VIN_SERIAL,
    `plant ${plant.code} has used all ${MAXIMUM_VIN_SERIAL} serials of model year ${year}`,
  );
  const vin = buildVin({ wmi, descriptor: model.vinDescriptor, year, plantCode: plant.vinCode, serial });
  return { vin, serial };
}

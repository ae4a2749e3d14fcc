import type { VehicleModel } from '../../../src/domain/catalog/catalog-types.js';
import { residentIdCheckCharacter } from '../../../src/domain/identity/resident-id.js';
import { DEMO_CATALOG } from '../../../src/main/demo/demo-catalog.js';

/** The demo's models, which exercise every configuration rule the form explains. */
function demoModel(code: string): VehicleModel {
  const model = DEMO_CATALOG.models.find((candidate) => candidate.code === code);
  if (model === undefined) throw new Error(`the demo has no model ${code}`);
  return model;
}

export const E7 = demoModel('E7');
export const X9 = demoModel('X9');
export const C3 = demoModel('C3');

/** A valid resident ID of someone born on `birth` (`YYYYMMDD`) in Shanghai. */
export function residentIdBornOn(birth: string, sequence = '123'): string {
  const first17 = `310115${birth}${sequence}`;
  return first17 + residentIdCheckCharacter(first17);
}

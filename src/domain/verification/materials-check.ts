import { findModel } from '../catalog/catalog-lookup.js';
import { partsOfConfiguration } from '../catalog/configuration-parts.js';
import type { CheckOutcome } from './verification-types.js';
import type { VerificationFacts } from './verification-facts.js';

/** Codes of the parts the order needs and holds no unit of yet. */
export function partsNeeded(facts: Pick<VerificationFacts, 'catalog' | 'vehicle'>): string[] {
  const model = findModel(facts.catalog, facts.vehicle.model);
  return model ? partsOfConfiguration(model, facts.vehicle) : [];
}

/** Every part the configuration consumes has a unit available; a short part holds the order until supply arrives. */
export function checkMaterials(facts: VerificationFacts): readonly CheckOutcome[] {
  const needed = partsNeeded(facts);
  const short: CheckOutcome[] = [];
  for (const code of needed) {
    const part = facts.parts.find((candidate) => candidate.code === code);
    if (part !== undefined && part.availableUnits > 0) continue;
    const expectedAt = part?.expectedAt ?? null;
    short.push({
      check: 'materials',
      result: 'hold',
      code: 'part_short',
      message:
        `${part?.name ?? code} is out of stock` +
        (expectedAt
          ? `; the next supply is expected on ${expectedAt.slice(0, 10)}.`
          : '; no supply date is known yet.'),
      path: 'vehicle.options',
      details: { part: code, expectedAt },
    });
  }
  if (short.length > 0) return short;
  return [{ check: 'materials', result: 'pass', code: 'ok', message: 'Every part is available.', path: null }];
}

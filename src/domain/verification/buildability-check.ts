import { checkConfiguration } from '../catalog/configuration-rules.js';
import { outcomesOf } from './outcome.js';
import type { VerificationFacts } from './verification-facts.js';
import type { CheckOutcome } from './verification-types.js';

/** The configuration exists, is in production, and keeps every trim, requires and excludes rule. */
export function checkBuildability(facts: VerificationFacts): readonly CheckOutcome[] {
  const violations = checkConfiguration(facts.catalog, facts.vehicle);
  return outcomesOf('buildability', 'fail', violations, 'The configuration can be built.');
}

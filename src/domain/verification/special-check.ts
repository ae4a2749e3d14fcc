import { findModel } from '../catalog/catalog-lookup.js';
import { specialOptionsOf } from '../catalog/configuration-parts.js';
import { violation, type Violation } from '../shared/violation.js';
import { outcomesOf } from './outcome.js';
import type { VerificationFacts } from './verification-facts.js';
import type { CheckOutcome } from './verification-types.js';

/** Orders a person must look at: special options, a dealer's flag, company buyers, one buyer ordering twice. */
export function checkSpecial(facts: VerificationFacts): readonly CheckOutcome[] {
  const found: Violation[] = [];
  const model = findModel(facts.catalog, facts.vehicle.model);
  if (model) {
    for (const option of specialOptionsOf(model, facts.vehicle)) {
      const index = facts.vehicle.options.indexOf(option.code);
      found.push(
        violation('special_option', `${option.name} is a special option.`, `vehicle.options.${Math.max(index, 0)}`),
      );
    }
  }
  if (facts.special !== null) {
    found.push(violation('dealer_flagged', `The dealer flagged the order: ${facts.special.reason}`, 'special.reason'));
  }
  if (facts.customer.idType === 'company') {
    found.push(
      violation('company_buyer', 'Company and fleet orders are reviewed by the order desk.', 'customer.idType'),
    );
  }
  if (facts.otherActiveOrdersOfBuyer > 0) {
    found.push(
      violation(
        'duplicate_active_order',
        `The buyer already has ${facts.otherActiveOrdersOfBuyer} active order(s) for the ${facts.vehicle.model}.`,
        'customer.idNumber',
      ),
    );
  }
  return outcomesOf('special', 'review', found, 'Nothing calls for a manual review.');
}

import { findModel } from '../catalog/catalog-lookup.js';
import { validateIdentity } from '../identity/identity.js';
import { validateMobilePhone } from '../identity/mobile-phone.js';
import { formatYuan } from '../shared/money.js';
import { violation, type Violation } from '../shared/violation.js';
import { outcomesOf } from './outcome.js';
import type { VerificationFacts } from './verification-facts.js';
import type { CheckOutcome } from './verification-types.js';

const MAX_NAME_LENGTH = 100;

function customerViolations(facts: VerificationFacts): Violation[] {
  const { customer } = facts;
  const found: Violation[] = [];
  const name = customer.name.trim();
  if (name === '') found.push(violation('customer_name_missing', "The customer's name is missing.", 'customer.name'));
  else if (name.length > MAX_NAME_LENGTH) {
    found.push(
      violation('customer_name_too_long', `A name has at most ${MAX_NAME_LENGTH} characters.`, 'customer.name'),
    );
  }
  found.push(...validateMobilePhone(customer.phone, 'customer.phone'));
  found.push(...validateIdentity(customer.idType, customer.idNumber, facts.today, 'customer.idNumber'));
  return found;
}

function depositViolations(facts: VerificationFacts): Violation[] {
  const { deposit } = facts;
  const found: Violation[] = [];
  const model = findModel(facts.catalog, facts.vehicle.model);
  if (model && deposit.amountCents < model.minDepositCents) {
    found.push(
      violation(
        'deposit_below_minimum',
        `The deposit of ${formatYuan(deposit.amountCents)} is below the ${model.name} minimum of ${formatYuan(model.minDepositCents)}.`,
        'deposit.amountCents',
      ),
    );
  }
  const paidAt = Date.parse(deposit.paidAt);
  if (Number.isNaN(paidAt)) {
    found.push(violation('deposit_paid_at_invalid', 'The payment time is not a date and time.', 'deposit.paidAt'));
  } else if (paidAt > Date.parse(facts.now)) {
    found.push(violation('deposit_paid_in_future', 'The deposit must already be paid.', 'deposit.paidAt'));
  }
  if (deposit.reference.trim() === '') {
    found.push(violation('deposit_reference_missing', 'The payment reference is missing.', 'deposit.reference'));
  }
  return found;
}

function franchiseViolations(facts: VerificationFacts): Violation[] {
  const model = findModel(facts.catalog, facts.vehicle.model);
  if (!model || facts.dealer.models.includes(model.code)) return [];
  return [
    violation(
      'dealer_not_franchised',
      `Dealer ${facts.dealer.code} is not franchised to sell the ${model.name}.`,
      'vehicle.model',
    ),
  ];
}

/** Required fields, valid phone and identity, a sufficient deposit already paid, a franchised dealer. */
export function checkCompleteness(facts: VerificationFacts): readonly CheckOutcome[] {
  const violations = [...customerViolations(facts), ...depositViolations(facts), ...franchiseViolations(facts)];
  return outcomesOf('completeness', 'fail', violations, 'The order is complete and its data valid.');
}

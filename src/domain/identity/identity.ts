import { InvariantError } from '../shared/assert.js';
import type { Violation } from '../shared/violation.js';
import { validateCreditCode } from './credit-code.js';
import { validatePassportNumber } from './passport.js';
import { validateResidentId } from './resident-id.js';

/** The kinds of document a buyer identifies with; the same values as an order's `customer.idType`. */
export type IdentityDocumentType = 'resident_id' | 'passport' | 'company';

/**
 * Every rule a buyer's identity document number breaks, by the kind of document: a resident ID for a person from the
 * mainland, a passport for anyone else, a unified social credit code for a company. `today` is `YYYY-MM-DD`; only a
 * resident ID needs it (its holder must be an adult).
 */
export function validateIdentity(
  idType: IdentityDocumentType,
  idNumber: string,
  today: string,
  path: string,
): readonly Violation[] {
  switch (idType) {
    case 'resident_id':
      return validateResidentId(idNumber, today, path);
    case 'passport':
      return validatePassportNumber(idNumber, path);
    case 'company':
      return validateCreditCode(idNumber, path);
    default: {
      const unknownType: never = idType;
      throw new InvariantError(`unknown ID type ${String(unknownType)}`);
    }
  }
}

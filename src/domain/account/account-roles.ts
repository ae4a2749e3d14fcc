import { violation, type Violation } from '../shared/violation.js';

/** The roles of people who sign in with a password; integrations use tokens, never accounts. */
export const ACCOUNT_ROLES = ['dealer_sales', 'dealer_manager', 'oem_reviewer', 'oem_allocation', 'oem_admin'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

export const DEALER_ACCOUNT_ROLES: readonly AccountRole[] = ['dealer_sales', 'dealer_manager'];

/** A dealer's staff work for exactly one dealer; the automaker's staff for none. */
export function accountRoleViolations(role: AccountRole, dealerCode: string | null): Violation[] {
  const dealerRole = DEALER_ACCOUNT_ROLES.includes(role);
  if (dealerRole && dealerCode === null) {
    return [violation('dealer_required', `The ${role} role works for one dealer: name it.`, 'dealerCode')];
  }
  if (!dealerRole && dealerCode !== null) {
    return [violation('dealer_not_allowed', `The ${role} role belongs to the automaker, not a dealer.`, 'dealerCode')];
  }
  return [];
}

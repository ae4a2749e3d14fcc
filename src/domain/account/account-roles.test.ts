import { describe, expect, it } from 'vitest';
import { accountRoleViolations, type AccountRole } from './account-roles.js';

describe('which accounts belong to a dealer', () => {
  it.each<[AccountRole, string | null, string[]]>([
    ['dealer_sales', 'SH001', []],
    ['dealer_manager', 'SH001', []],
    ['dealer_sales', null, ['dealer_required']],
    ['dealer_manager', null, ['dealer_required']],
    ['oem_reviewer', null, []],
    ['oem_allocation', null, []],
    ['oem_admin', null, []],
    ['oem_reviewer', 'SH001', ['dealer_not_allowed']],
    ['oem_admin', 'BJ001', ['dealer_not_allowed']],
  ])('%s with dealer %s', (role, dealer, expected) => {
    expect(accountRoleViolations(role, dealer).map((v) => v.code)).toEqual(expected);
  });
});

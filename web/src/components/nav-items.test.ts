import { describe, expect, it } from 'vitest';
import type { Role, User } from '../api/api-types.js';
import { navItems } from './nav-items.js';

const user = (role: Role, dealerCode: string | null = null): User => ({ id: 'u', username: role, role, dealerCode });
const keys = (role: Role, dealerCode: string | null = null) => navItems(user(role, dealerCode)).map((item) => item.key);

describe('the sections each role finds in the navigation', () => {
  it('gives salespeople their leads before the orders', () => {
    expect(keys('dealer_sales', 'SH001')).toEqual(['nav.leads', 'nav.orders', 'nav.newOrder', 'nav.prices']);
  });

  it('gives a dealer manager the demo cars and the sales funnel as well', () => {
    const manager = keys('dealer_manager', 'SH001');
    expect(manager).toEqual(expect.arrayContaining(['nav.leads', 'nav.demoCars', 'nav.reports', 'nav.funnel']));
  });

  it("gives the automaker the funnel, but no dealer's leads or demo cars to work", () => {
    const admin = keys('oem_admin');
    expect(admin).toContain('nav.funnel');
    expect(admin).not.toContain('nav.leads');
    expect(admin).not.toContain('nav.demoCars');
  });
});

import { describe, expect, it } from 'vitest';
import { configurationFromQuery, matchRoute, paths } from './routes.js';

describe('the pages the addresses name', () => {
  it.each([
    ['/', { page: 'home' }],
    ['/orders/', { page: 'orders' }],
    ['/orders/new', { page: 'newOrder' }],
    ['/orders/SO-2026-000001', { page: 'order', id: 'SO-2026-000001' }],
    ['/orders/a%20b/edit', { page: 'editOrder', id: 'a b' }],
    ['/quotas', { page: 'quotas' }],
    ['/orders/1/2/3', { page: 'notFound' }],
    ['/leads', { page: 'leads' }],
    ['/leads/new', { page: 'newLead' }],
    ['/leads/L1', { page: 'lead', id: 'L1' }],
    ['/leads/L1/order', { page: 'leadOrder', id: 'L1' }],
    ['/demo-cars', { page: 'demoCars' }],
    ['/funnel/', { page: 'funnel' }],
    ['/nowhere', { page: 'notFound' }],
  ])('opens %s as %j', (path, route) => {
    expect(matchRoute(path)).toEqual(route);
  });

  it('writes the address of every page it reads', () => {
    expect(matchRoute(paths.order('x/y'))).toEqual({ page: 'order', id: 'x/y' });
    expect(matchRoute(paths.editOrder('o1'))).toEqual({ page: 'editOrder', id: 'o1' });
  });

  it("carries the chosen offer's configuration to the lead's order form", () => {
    const choice = { model: 'X9', trim: 'MAX', options: ['SEAT-7', 'PKG-TOW'] };
    const address = new URL(paths.leadOrder('L 1', choice), 'http://localhost');
    expect(matchRoute(address.pathname)).toEqual({ page: 'leadOrder', id: 'L 1' });
    expect(configurationFromQuery(address.searchParams)).toEqual(choice);
    expect(configurationFromQuery(new URLSearchParams('model=X9'))).toBeNull();
    expect(configurationFromQuery(new URLSearchParams('model=X9&trim=MAX'))).toEqual({
      model: 'X9',
      trim: 'MAX',
      options: [],
    });
  });
});

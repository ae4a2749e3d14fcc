import { describe, expect, it } from 'vitest';
import { matchRoute, paths } from './routes.js';

describe('the pages the addresses name', () => {
  it.each([
    ['/', { page: 'home' }],
    ['/orders/', { page: 'orders' }],
    ['/orders/new', { page: 'newOrder' }],
    ['/orders/SO-2026-000001', { page: 'order', id: 'SO-2026-000001' }],
    ['/orders/a%20b/edit', { page: 'editOrder', id: 'a b' }],
    ['/quotas', { page: 'quotas' }],
    ['/orders/1/2/3', { page: 'notFound' }],
    ['/nowhere', { page: 'notFound' }],
  ])('opens %s as %j', (path, route) => {
    expect(matchRoute(path)).toEqual(route);
  });

  it('writes the address of every page it reads', () => {
    expect(matchRoute(paths.order('x/y'))).toEqual({ page: 'order', id: 'x/y' });
    expect(matchRoute(paths.editOrder('o1'))).toEqual({ page: 'editOrder', id: 'o1' });
  });
});

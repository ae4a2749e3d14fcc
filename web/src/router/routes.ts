/** The app's pages and their paths; `matchRoute` is the one place a path becomes a page. */
export type Route =
  | { readonly page: 'home' }
  | { readonly page: 'signIn' }
  | { readonly page: 'orders' }
  | { readonly page: 'newOrder' }
  | { readonly page: 'order'; readonly id: string }
  | { readonly page: 'editOrder'; readonly id: string }
  | { readonly page: 'reviews' }
  | { readonly page: 'quotas' }
  | { readonly page: 'materials' }
  | { readonly page: 'prices' }
  | { readonly page: 'production' }
  | { readonly page: 'reports' }
  | { readonly page: 'notFound' };

const FIXED_PAGES: Readonly<Record<string, Route>> = {
  '': { page: 'home' },
  signin: { page: 'signIn' },
  orders: { page: 'orders' },
  'orders/new': { page: 'newOrder' },
  reviews: { page: 'reviews' },
  quotas: { page: 'quotas' },
  materials: { page: 'materials' },
  prices: { page: 'prices' },
  production: { page: 'production' },
  reports: { page: 'reports' },
};

/** The page a path (without query) shows; trailing slashes do not matter. */
export function matchRoute(path: string): Route {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  const fixed = FIXED_PAGES[trimmed];
  if (fixed !== undefined) return fixed;
  const order = /^orders\/([^/]+)(\/edit)?$/.exec(trimmed);
  if (order !== null) {
    const id = decodeURIComponent(order[1] ?? '');
    return order[2] === undefined ? { page: 'order', id } : { page: 'editOrder', id };
  }
  return { page: 'notFound' };
}

export const paths = {
  home: () => '/',
  signIn: () => '/signin',
  orders: () => '/orders',
  newOrder: () => '/orders/new',
  order: (id: string) => `/orders/${encodeURIComponent(id)}`,
  editOrder: (id: string) => `/orders/${encodeURIComponent(id)}/edit`,
  reviews: () => '/reviews',
  quotas: () => '/quotas',
  materials: () => '/materials',
  prices: () => '/prices',
  production: () => '/production',
  reports: () => '/reports',
} as const;

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
  | { readonly page: 'leads' }
  | { readonly page: 'newLead' }
  | { readonly page: 'lead'; readonly id: string }
  | { readonly page: 'leadOrder'; readonly id: string }
  | { readonly page: 'demoCars' }
  | { readonly page: 'funnel' }
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
  leads: { page: 'leads' },
  'leads/new': { page: 'newLead' },
  'demo-cars': { page: 'demoCars' },
  funnel: { page: 'funnel' },
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
  const lead = /^leads\/([^/]+)(\/order)?$/.exec(trimmed);
  if (lead !== null) {
    const id = decodeURIComponent(lead[1] ?? '');
    return lead[2] === undefined ? { page: 'lead', id } : { page: 'leadOrder', id };
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
  leads: () => '/leads',
  newLead: () => '/leads/new',
  lead: (id: string) => `/leads/${encodeURIComponent(id)}`,
  /** The order form of a lead, starting from the configuration of the offer chosen. */
  leadOrder: (id: string, choice?: ChosenConfiguration) =>
    `/leads/${encodeURIComponent(id)}/order${choice ? `?${configurationQuery(choice)}` : ''}`,
  demoCars: () => '/demo-cars',
  funnel: () => '/funnel',
} as const;

/** A configuration carried in an address: the offer a lead's order starts from. */
export interface ChosenConfiguration {
  readonly model: string;
  readonly trim: string;
  readonly options: readonly string[];
}

function configurationQuery(choice: ChosenConfiguration): string {
  return new URLSearchParams({ model: choice.model, trim: choice.trim, options: choice.options.join(',') }).toString();
}

/** The configuration an address carries, or null when it names no model and trim. */
export function configurationFromQuery(query: URLSearchParams): ChosenConfiguration | null {
  const model = query.get('model') ?? '';
  const trim = query.get('trim') ?? '';
  if (model === '' || trim === '') return null;
  const options = (query.get('options') ?? '').split(',').filter((code) => code !== '');
  return { model, trim, options };
}

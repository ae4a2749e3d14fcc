import { createContext, useContext, type ReactNode } from 'react';
import type { ApiCatalog, ApiDealer } from '../api/api-types.js';
import { useRequest, type RequestState } from '../components/use-request.js';
import { useApi } from './session-context.js';

interface ReferenceData {
  readonly catalog: RequestState<ApiCatalog> & { reload(): void };
  readonly dealers: RequestState<readonly ApiDealer[]> & { reload(): void };
}

const ReferenceDataContext = createContext<ReferenceData | null>(null);

/** The catalog and the dealers, read once per sign-in: every page names models, options and dealers with them. */
export function ReferenceDataProvider({ children }: { readonly children: ReactNode }) {
  const api = useApi();
  const catalog = useRequest(() => api.get<ApiCatalog>('/catalog'), [api]);
  const dealers = useRequest(async () => (await api.get<{ items: readonly ApiDealer[] }>('/dealers')).items, [api]);
  return <ReferenceDataContext.Provider value={{ catalog, dealers }}>{children}</ReferenceDataContext.Provider>;
}

export function useReferenceData(): ReferenceData {
  const data = useContext(ReferenceDataContext);
  if (data === null) throw new Error('useReferenceData needs a ReferenceDataProvider above it');
  return data;
}

/** The catalog once loaded (null until then), for pages that only use it to name things. */
export function useCatalogIfLoaded(): ApiCatalog | null {
  const { catalog } = useReferenceData();
  return catalog.status === 'ready' ? catalog.data : null;
}

import { useMemo } from 'react';
import type { VehicleModel } from '../../../src/domain/catalog/catalog-types.js';
import type { ApiCatalog } from '../api/api-types.js';
import { toDomainCatalog } from '../order-form/catalog-model.js';

/** The catalog's models as the domain rules take them, converted once per catalog. */
export function useDomainModels(catalog: ApiCatalog): readonly VehicleModel[] {
  return useMemo(() => toDomainCatalog(catalog).models, [catalog]);
}

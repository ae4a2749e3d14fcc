import type {
  Catalog,
  OptionCategory,
  OptionDefinition,
  VehicleModel,
} from '../../../src/domain/catalog/catalog-types.js';
import type { ApiCatalog, ApiModel } from '../api/api-types.js';

/**
 * The catalog as the domain rules take it. The API leaves out what only the plant needs (the VIN descriptor), and
 * the rules the form reuses never read it.
 */
export function toDomainCatalog(catalog: ApiCatalog): Catalog {
  return {
    brand: catalog.brand ?? { code: '', name: '', wmi: '' },
    models: catalog.models.map(toDomainModel),
  };
}

export function toDomainModel(model: ApiModel): VehicleModel {
  return {
    code: model.code,
    name: model.name,
    powertrain: model.powertrain,
    plant: model.plant,
    minDepositCents: model.minDepositCents,
    vinDescriptor: '',
    trims: model.trims,
    options: model.options.map((option): OptionDefinition => ({
      ...option,
      category: option.category as OptionCategory,
    })),
  };
}

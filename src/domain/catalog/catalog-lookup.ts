import type { Catalog, OptionDefinition, Trim, VehicleModel } from './catalog-types.js';

/** The model with this code, or `undefined` when the catalog has none. */
export function findModel(catalog: Catalog, code: string): VehicleModel | undefined {
  return catalog.models.find((model) => model.code === code);
}

/** The trim of the model with this code, or `undefined` when the model has none. */
export function findTrim(model: VehicleModel, code: string): Trim | undefined {
  return model.trims.find((trim) => trim.code === code);
}

/** The option of the model with this code, or `undefined` when the model has none. */
export function findOption(model: VehicleModel, code: string): OptionDefinition | undefined {
  return model.options.find((option) => option.code === code);
}

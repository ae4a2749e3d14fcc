import type { VehicleModel } from '../../../src/domain/catalog/catalog-types.js';
import { findOption, findTrim } from '../../../src/domain/catalog/configuration-rules.js';
import { priceConfiguration } from '../../../src/domain/pricing/price-list.js';
import type { Configuration } from './configuration-choices.js';

export interface PriceLine {
  readonly code: string;
  readonly name: string;
  readonly priceCents: number;
}

export interface PriceSummary {
  readonly trim: PriceLine | null;
  readonly options: readonly PriceLine[];
  readonly totalCents: number;
  readonly minDepositCents: number;
}

/**
 * The price of the configuration as chosen so far, from the catalog's prices in force now (the catalog the API
 * serves already applies the current price list), added up by the domain's own pricing rule.
 */
export function priceSummary(model: VehicleModel, configuration: Configuration, at: string): PriceSummary {
  const trim = findTrim(model, configuration.trim);
  const options = [...new Set(configuration.options)]
    .map((code) => findOption(model, code))
    .filter((option) => option !== undefined)
    .map((option) => ({ code: option.code, name: option.name, priceCents: option.priceCents }));
  return {
    trim: trim ? { code: trim.code, name: trim.name, priceCents: trim.basePriceCents } : null,
    options,
    totalCents: priceConfiguration([], model, { ...configuration, model: model.code }, at),
    minDepositCents: model.minDepositCents,
  };
}

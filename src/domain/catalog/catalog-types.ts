import type { Cents } from '../shared/money.js';

export type Powertrain = 'BEV' | 'PHEV' | 'ICE';
export const OPTION_CATEGORIES = [
  'paint',
  'interior',
  'wheels',
  'roof',
  'seating',
  'package',
  'assist',
  'audio',
] as const;
export type OptionCategory = (typeof OPTION_CATEGORIES)[number];

export interface Brand {
  readonly code: string;
  readonly name: string;
  /** ISO 3780 world manufacturer identifier: the first three characters of every VIN. */
  readonly wmi: string;
}

export interface Trim {
  readonly code: string;
  readonly name: string;
  readonly basePriceCents: Cents;
  readonly inProduction: boolean;
  /** Selling features, in words a salesperson would say. */
  readonly features: readonly string[];
}

export interface OptionDefinition {
  readonly code: string;
  readonly name: string;
  readonly category: OptionCategory;
  readonly priceCents: Cents;
  /** The trims that may carry the option; `null` means every trim. */
  readonly trims: readonly string[] | null;
  /** Every one of these options must be chosen too. */
  readonly requires: readonly string[];
  /** None of these options may be chosen with it. */
  readonly excludes: readonly string[];
  /** Part codes: one unit of each is reserved when an order with the option is verified. */
  readonly parts: readonly string[];
  /** A special option sends the order to a person for review. */
  readonly special: boolean;
  readonly inProduction: boolean;
}

export interface VehicleModel {
  readonly code: string;
  readonly name: string;
  readonly powertrain: Powertrain;
  /** Code of the plant that builds it. */
  readonly plant: string;
  readonly minDepositCents: Cents;
  /** The five characters of the VIN's vehicle descriptor section (positions 4–8). */
  readonly vinDescriptor: string;
  readonly trims: readonly Trim[];
  readonly options: readonly OptionDefinition[];
}

export interface Catalog {
  readonly brand: Brand;
  readonly models: readonly VehicleModel[];
}

/** What the customer chose: model, trim and option codes. */
export interface Configuration {
  readonly model: string;
  readonly trim: string;
  readonly options: readonly string[];
}

import type { Configuration, OptionDefinition, VehicleModel } from './catalog-types.js';
import { findOption } from './catalog-lookup.js';

/**
 * The distinct option definitions a configuration chooses, in the order chosen. Unknown codes are left out (the
 * buildability check reports them) and a repeated code counts once, so nothing is reserved or flagged twice.
 */
export function chosenOptions(model: VehicleModel, configuration: Configuration): OptionDefinition[] {
  const chosen: OptionDefinition[] = [];
  for (const code of new Set(configuration.options)) {
    const option = findOption(model, code);
    if (option !== undefined) chosen.push(option);
  }
  return chosen;
}

/**
 * The distinct part codes the chosen options consume, sorted: a verified order reserves one unit of each, and a
 * sorted list keeps the reservation order the same for every order (no two transactions lock parts in opposite order).
 */
export function partsOfConfiguration(model: VehicleModel, configuration: Configuration): string[] {
  const parts = new Set(chosenOptions(model, configuration).flatMap((option) => option.parts));
  return [...parts].sort();
}

/** The chosen options marked `special`, in the order chosen: any of them sends the order to manual review. */
export function specialOptionsOf(model: VehicleModel, configuration: Configuration): OptionDefinition[] {
  return chosenOptions(model, configuration).filter((option) => option.special);
}

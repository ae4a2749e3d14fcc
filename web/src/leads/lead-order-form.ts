import type { VehicleModel } from '../../../src/domain/catalog/catalog-types.js';
import { findOption, findTrim } from '../../../src/domain/catalog/configuration-rules.js';
import type { ApiLead } from '../api/sales-types.js';
import {
  conflictsWith,
  EXCLUSIVE_CATEGORIES,
  unavailabilityOf,
  type Configuration,
} from '../order-form/configuration-choices.js';
import { emptyOrderForm, type OrderForm } from '../order-form/form-state.js';
import { submitOrderBody, type SubmitOrderBody } from '../order-form/order-request.js';

/** `POST /leads/:id/order`: the lead gives the name, phone and language; the form the rest. */
export interface LeadOrderBody {
  readonly vehicle: SubmitOrderBody['vehicle'];
  readonly customer: Pick<SubmitOrderBody['customer'], 'idType' | 'idNumber'>;
  readonly deposit: SubmitOrderBody['deposit'];
  readonly special?: SubmitOrderBody['special'];
}

/**
 * The configuration with a paint and an interior where the offer names none: the cheapest one that can be built
 * with the rest (in production, on the trim, not special, its requirements chosen, no conflict), the catalog's first
 * on a tie. The dealer changes it in the form if the customer wants another.
 */
export function withStandardFinish(model: VehicleModel, configuration: Configuration): Configuration {
  const trim = findTrim(model, configuration.trim);
  let options = [...configuration.options];
  for (const category of EXCLUSIVE_CATEGORIES) {
    if (options.some((code) => findOption(model, code)?.category === category)) continue;
    const current = { ...configuration, options };
    const finish = model.options
      .filter(
        (option) =>
          option.category === category &&
          !option.special &&
          unavailabilityOf(option, trim) === null &&
          option.requires.every((required) => options.includes(required)) &&
          conflictsWith(model, { ...current, options: [...options, option.code] }, option.code).length === 0,
      )
      .sort((a, b) => a.priceCents - b.priceCents)[0];
    if (finish !== undefined) options = [...options, finish.code];
  }
  return { ...configuration, options };
}

/**
 * The order form of a lead: the customer as the lead has them (name, phone, language) and the vehicle of the offer
 * chosen, finished with a standard paint and interior, so that only the ID and the deposit remain to be typed.
 */
export function leadOrderForm(
  lead: ApiLead,
  choice: Configuration | null,
  model: VehicleModel | undefined,
  now: Date,
): OrderForm {
  const empty = emptyOrderForm(now);
  const vehicle = choice === null ? null : model === undefined ? choice : withStandardFinish(model, choice);
  return {
    ...empty,
    ...(vehicle === null ? {} : { model: vehicle.model, trim: vehicle.trim, options: [...vehicle.options] }),
    customer: { ...empty.customer, name: lead.name, phone: lead.phone ?? '', language: lead.language },
  };
}

/** The body of the lead's order from a form without problems. */
export function leadOrderBody(form: OrderForm): LeadOrderBody {
  const { vehicle, customer, deposit, special } = submitOrderBody(form);
  return {
    vehicle,
    customer: { idType: customer.idType, idNumber: customer.idNumber },
    deposit,
    ...(special ? { special } : {}),
  };
}

import type { ApiOrder, CustomerLanguage, IdType } from '../api/api-types.js';
import type { OrderForm } from './form-state.js';
import { fromLocalInputValue } from './local-time.js';
import { parseYuan } from './money-input.js';

export interface SubmitOrderBody {
  readonly customer: {
    readonly name: string;
    readonly phone: string;
    readonly idType: IdType;
    readonly idNumber: string;
    readonly language: CustomerLanguage;
  };
  readonly vehicle: { readonly model: string; readonly trim: string; readonly options: readonly string[] };
  readonly deposit: { readonly amountCents: number; readonly paidAt: string; readonly reference: string };
  readonly special?: { readonly reason: string };
}

export interface PatchOrderBody {
  customer?: Partial<SubmitOrderBody['customer']>;
  vehicle?: SubmitOrderBody['vehicle'];
  deposit?: SubmitOrderBody['deposit'];
  special?: { readonly reason: string } | null;
}

function depositOf(form: OrderForm): SubmitOrderBody['deposit'] {
  return {
    amountCents: parseYuan(form.deposit.amountYuan) ?? 0,
    paidAt: fromLocalInputValue(form.deposit.paidAt) ?? form.deposit.paidAt,
    reference: form.deposit.reference.trim(),
  };
}

/** `POST /orders` from the form; only called once the form has no problems left. */
export function submitOrderBody(form: OrderForm): SubmitOrderBody {
  return {
    customer: {
      name: form.customer.name.trim(),
      phone: form.customer.phone.trim(),
      idType: form.customer.idType,
      idNumber: form.customer.idNumber.trim(),
      language: form.customer.language,
    },
    vehicle: { model: form.model, trim: form.trim, options: [...form.options] },
    deposit: depositOf(form),
    ...(form.special.flagged ? { special: { reason: form.special.reason.trim() } } : {}),
  };
}

function sameOptions(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

/**
 * `PATCH /orders/:id`: only what differs from the stored order, so that contact data can be corrected even once
 * the vehicle is locked. Null when nothing changed. A blank ID number keeps the stored one.
 */
export function patchOrderBody(order: ApiOrder, form: OrderForm): PatchOrderBody | null {
  const body: PatchOrderBody = {};
  const submitted = submitOrderBody(form);
  const customer: { -readonly [K in keyof SubmitOrderBody['customer']]?: SubmitOrderBody['customer'][K] } = {};
  if (submitted.customer.name !== order.customer.name) customer.name = submitted.customer.name;
  if (submitted.customer.phone !== order.customer.phone) customer.phone = submitted.customer.phone;
  if (submitted.customer.idType !== order.customer.idType) customer.idType = submitted.customer.idType;
  if (submitted.customer.idNumber !== '') customer.idNumber = submitted.customer.idNumber;
  if (submitted.customer.language !== (order.customer.language ?? 'zh-CN')) {
    customer.language = submitted.customer.language;
  }
  if (Object.keys(customer).length > 0) body.customer = customer;
  const vehicle = submitted.vehicle;
  if (
    vehicle.model !== order.vehicle.model ||
    vehicle.trim !== order.vehicle.trim ||
    !sameOptions(vehicle.options, order.vehicle.options)
  ) {
    body.vehicle = vehicle;
  }
  const deposit = submitted.deposit;
  if (
    deposit.amountCents !== order.deposit.amountCents ||
    Date.parse(deposit.paidAt) !== Date.parse(order.deposit.paidAt) ||
    deposit.reference !== order.deposit.reference
  ) {
    body.deposit = deposit;
  }
  const special = submitted.special ?? null;
  if ((special?.reason ?? null) !== (order.special?.reason ?? null)) body.special = special;
  return Object.keys(body).length === 0 ? null : body;
}

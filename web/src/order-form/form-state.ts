import type { ApiOrder, CustomerLanguage, IdType } from '../api/api-types.js';
import { centsToYuanText } from './money-input.js';
import { toLocalInputValue } from './local-time.js';

/** What the dealer has typed and chosen so far; text exactly as typed, turned into API values on submit. */
export interface OrderForm {
  readonly model: string;
  readonly trim: string;
  readonly options: readonly string[];
  readonly customer: {
    readonly name: string;
    readonly phone: string;
    readonly idType: IdType;
    /** Empty when fixing an order: the stored number is only shown masked, and is kept unless retyped. */
    readonly idNumber: string;
    readonly language: CustomerLanguage;
  };
  readonly deposit: {
    readonly amountYuan: string;
    /** A `datetime-local` value in the browser's time zone. */
    readonly paidAt: string;
    readonly reference: string;
  };
  readonly special: { readonly flagged: boolean; readonly reason: string };
}

/** A new order: nothing chosen, the deposit paid now. */
export function emptyOrderForm(now: Date): OrderForm {
  return {
    model: '',
    trim: '',
    options: [],
    customer: { name: '', phone: '', idType: 'resident_id', idNumber: '', language: 'zh-CN' },
    deposit: { amountYuan: '', paidAt: toLocalInputValue(now.toISOString()), reference: '' },
    special: { flagged: false, reason: '' },
  };
}

/** The form of an order being fixed: everything as stored, except the ID number, which is only known masked. */
export function orderFormFromOrder(order: ApiOrder): OrderForm {
  return {
    model: order.vehicle.model,
    trim: order.vehicle.trim,
    options: [...order.vehicle.options],
    customer: {
      name: order.customer.name,
      phone: order.customer.phone,
      idType: order.customer.idType,
      idNumber: '',
      language: order.customer.language ?? 'zh-CN',
    },
    deposit: {
      amountYuan: centsToYuanText(order.deposit.amountCents),
      paidAt: toLocalInputValue(order.deposit.paidAt),
      reference: order.deposit.reference,
    },
    special: { flagged: order.special != null, reason: order.special?.reason ?? '' },
  };
}

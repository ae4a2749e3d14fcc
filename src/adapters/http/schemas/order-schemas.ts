import { z } from 'zod';
import { ORDER_STATUSES } from '../../../domain/order/order-status.js';

/** Limits on every field: nothing unbounded reaches the store. */
const code = z.string().min(1).max(40);

export const customerSchema = z.strictObject({
  name: z.string().max(100),
  phone: z.string().max(32),
  idType: z.enum(['resident_id', 'passport', 'company']),
  idNumber: z.string().max(40),
  /** The language of the buyer's text messages and tracking page. */
  language: z.enum(['zh-CN', 'en']).optional(),
});

export const vehicleSchema = z.strictObject({
  model: code,
  trim: code,
  options: z.array(code).max(40),
});

export const depositSchema = z.strictObject({
  amountCents: z.number().int().min(0).max(100_000_000_000),
  paidAt: z.iso.datetime({ offset: true }),
  reference: z.string().max(100),
});

export const specialSchema = z.strictObject({ reason: z.string().trim().min(1).max(500) });

export const submitOrderSchema = z.strictObject({
  customer: customerSchema,
  vehicle: vehicleSchema,
  deposit: depositSchema,
  special: specialSchema.optional(),
  /** OEM staff and integrations not bound to a dealer name the dealer; a dealer's own users may leave it out. */
  dealerCode: code.optional(),
});

export const patchOrderSchema = z.strictObject({
  customer: customerSchema.partial().optional(),
  vehicle: vehicleSchema.optional(),
  deposit: depositSchema.optional(),
  special: specialSchema.nullable().optional(),
});

export const orderIdParams = z.strictObject({ id: z.string().min(1).max(64) });

export const listOrdersQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
  status: z.enum(ORDER_STATUSES).optional(),
  model: code.optional(),
  dealer: code.optional(),
  q: z.string().max(100).optional(),
  /** `true`: only the undecided orders past their SLA (deposits at risk); `false`: every other one. */
  slaBreached: z.enum(['true', 'false']).optional(),
});

import type { PersonalDataCipher } from '../../application/ports/personal-data-cipher.js';
import type { StoredOrder } from '../../application/ports/repositories.js';
import type { DepositRefundStatus } from '../../domain/order/deposit-refund.js';
import type { OrderStatus } from '../../domain/order/order-status.js';
import type { IdType, Language } from '../../domain/order/order-types.js';
import type { Verification } from '../../domain/verification/verification-types.js';
import type { OrderRow } from './schema.js';

/** The order of a row; the identity number is opened here and nowhere else. */
export function orderFromRow(row: OrderRow, cipher: PersonalDataCipher): StoredOrder {
  return {
    id: row.id,
    orderNo: row.order_no,
    dealerCode: row.dealer_code,
    region: row.region,
    status: row.status as OrderStatus,
    customer: {
      name: row.customer_name,
      phone: row.customer_phone,
      idType: row.customer_id_type as IdType,
      idNumber: cipher.open(row.customer_id_number),
      language: row.customer_language as Language,
    },
    customerIdHash: row.customer_id_hash,
    vehicle: { model: row.model, trim: row.trim, options: JSON.parse(row.options) as string[] },
    special: row.special_reason === null ? null : { reason: row.special_reason },
    listPriceCents: Number(row.list_price_cents),
    lockedPriceCents: row.locked_price_cents === null ? null : Number(row.locked_price_cents),
    priceCents: Number(row.price_cents),
    deposit: {
      amountCents: Number(row.deposit_amount_cents),
      paidAt: row.deposit_paid_at,
      reference: row.deposit_reference,
    },
    verification: row.verification === null ? null : (JSON.parse(row.verification) as Verification),
    decidedAt: row.decided_at,
    quota: { region: row.quota_region, month: row.quota_month, model: row.quota_model },
    quotaReserved: Number(row.quota_reserved) === 1,
    reservedParts: JSON.parse(row.reserved_parts) as string[],
    productionSlot:
      row.plant === null || row.build_date === null || row.sequence === null
        ? null
        : { plant: row.plant, buildDate: row.build_date, sequence: Number(row.sequence) },
    vin: row.vin,
    eta: row.eta,
    createdBy: row.created_by,
    tracking: { generation: Number(row.tracking_generation), tokenHash: row.tracking_token_hash },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: Number(row.version),
    depositRefundStatus: row.deposit_refund_status as DepositRefundStatus | null,
  };
}

/**
 * Every column but the tracking link and the event counter, which have their own writers. The identity number is
 * sealed afresh on every write.
 */
export function rowFromOrder(
  order: StoredOrder,
  cipher: PersonalDataCipher,
): Omit<OrderRow, 'tracking_token_hash' | 'tracking_generation' | 'last_event_seq'> {
  return {
    id: order.id,
    order_no: order.orderNo,
    dealer_code: order.dealerCode,
    region: order.region,
    status: order.status,
    customer_name: order.customer.name,
    customer_phone: order.customer.phone,
    customer_id_type: order.customer.idType,
    customer_id_number: cipher.seal(order.customer.idNumber),
    customer_id_hash: order.customerIdHash,
    customer_language: order.customer.language,
    model: order.vehicle.model,
    trim: order.vehicle.trim,
    options: JSON.stringify(order.vehicle.options),
    special_reason: order.special?.reason ?? null,
    list_price_cents: order.listPriceCents,
    locked_price_cents: order.lockedPriceCents,
    price_cents: order.priceCents,
    deposit_amount_cents: order.deposit.amountCents,
    deposit_paid_at: order.deposit.paidAt,
    deposit_reference: order.deposit.reference,
    verification: order.verification === null ? null : JSON.stringify(order.verification),
    decided_at: order.decidedAt,
    quota_region: order.quota.region,
    quota_month: order.quota.month,
    quota_model: order.quota.model,
    quota_reserved: order.quotaReserved ? 1 : 0,
    reserved_parts: JSON.stringify(order.reservedParts),
    plant: order.productionSlot?.plant ?? null,
    build_date: order.productionSlot?.buildDate ?? null,
    sequence: order.productionSlot?.sequence ?? null,
    vin: order.vin,
    eta: order.eta,
    created_by: order.createdBy,
    created_at: order.createdAt,
    updated_at: order.updatedAt,
    version: order.version,
    deposit_refund_status: order.depositRefundStatus ?? null,
  };
}

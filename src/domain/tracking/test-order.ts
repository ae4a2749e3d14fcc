import type { Dealer } from '../dealer/dealer-types.js';
import type { Order } from '../order/order-types.js';
import type { CheckOutcome, Verification } from '../verification/verification-types.js';
import type { TrackingEvent } from './tracking-stages.js';

/**
 * Orders and dealers for the notification and tracking tests: one Shanghai buyer of an Aurora E7 with a panoramic
 * roof, at each point of the order's life.
 */

export const TEST_DEALER: Dealer = {
  code: 'SH001',
  name: 'Aurora Shanghai Pudong',
  region: 'EAST',
  phone: '021-5888-0001',
  city: 'Shanghai',
  models: ['AUR-E7', 'AUR-X9'],
};

/** A line of a verification, passing unless told otherwise. */
export function checkLine(overrides: Partial<CheckOutcome> & Pick<CheckOutcome, 'check'>): CheckOutcome {
  return { result: 'pass', code: 'ok', message: 'Fine.', path: null, ...overrides };
}

export function verificationOf(decision: Verification['decision'], lines: readonly CheckOutcome[]): Verification {
  return { decision, decidedBy: 'system', decidedAt: '2026-03-02T02:00:00.000Z', checks: lines };
}

export const TEST_ORDER: Order = {
  id: 'ord_01',
  orderNo: 'SO-2026-000123',
  dealerCode: 'SH001',
  region: 'EAST',
  status: 'submitted',
  customer: {
    name: '张三丰',
    phone: '13812345678',
    idType: 'resident_id',
    idNumber: '11010519491231002X',
    language: 'zh-CN',
  },
  vehicle: { model: 'AUR-E7', trim: 'E7-LR', options: ['PAINT-BLUE', 'INT-TAN', 'WHL-21', 'ROOF-PANO'] },
  special: null,
  listPriceCents: 29_580_000,
  lockedPriceCents: null,
  priceCents: 29_580_000,
  deposit: { amountCents: 500_000, paidAt: '2026-03-01T08:00:00.000Z', reference: 'PAY-778812' },
  verification: null,
  quota: { region: 'EAST', month: '2026-03', model: 'AUR-E7' },
  quotaReserved: false,
  reservedParts: [],
  productionSlot: null,
  vin: null,
  eta: null,
  createdAt: '2026-03-02T02:00:00.000Z',
  updatedAt: '2026-03-02T02:00:00.000Z',
  version: 1,
};

/** The test order with some fields changed. */
export function testOrder(overrides: Partial<Order> = {}): Order {
  return { ...TEST_ORDER, ...overrides };
}

/** Status-change events, one a day from 2 March 2026, for each status given. */
export function eventsFor(...types: readonly string[]): TrackingEvent[] {
  return types.map((type, index) => ({
    seq: index + 1,
    type,
    at: `2026-03-${String(index + 2).padStart(2, '0')}T02:00:00.000Z`,
  }));
}

import { describe, expect, it } from 'vitest';
import type { ApiOrder } from '../api/api-types.js';
import { emptyOrderForm, orderFormFromOrder, type OrderForm } from './form-state.js';
import { toLocalInputValue } from './local-time.js';
import { patchOrderBody, submitOrderBody } from './order-request.js';
import { residentIdBornOn } from './test-models.js';

const idNumber = residentIdBornOn('19850101');

const form: OrderForm = {
  model: 'E7',
  trim: 'LR',
  options: ['PAINT-WHITE', 'INT-BLACK'],
  customer: { name: ' 张三 ', phone: '13800138000', idType: 'resident_id', idNumber, language: 'zh-CN' },
  deposit: { amountYuan: '5,000', paidAt: toLocalInputValue('2026-12-03T02:00:00Z'), reference: 'PAY-1 ' },
  special: { flagged: false, reason: '' },
};

const stored: ApiOrder = {
  id: 'o1',
  orderNo: 'SO-2026-000001',
  dealerCode: 'SH001',
  region: 'EAST',
  status: 'rejected',
  customer: {
    name: '张三',
    phone: '13800138000',
    idType: 'resident_id',
    idNumber: '310***********1234',
    language: 'zh-CN',
  },
  vehicle: { model: 'E7', trim: 'LR', options: ['INT-BLACK', 'PAINT-WHITE'] },
  special: null,
  listPriceCents: 25_980_000,
  lockedPriceCents: null,
  priceCents: 25_980_000,
  deposit: { amountCents: 500_000, paidAt: '2026-12-03T10:00:00+08:00', reference: 'PAY-1' },
  verification: null,
  quota: { region: 'EAST', month: '2026-12', model: 'E7' },
  productionSlot: null,
  vin: null,
  eta: null,
  createdAt: '2026-12-04T04:00:00Z',
  updatedAt: '2026-12-04T04:00:00Z',
  version: 2,
};

describe('the requests the order form sends', () => {
  it('submits the order with trimmed text, cents and an ISO payment time', () => {
    expect(submitOrderBody(form)).toEqual({
      customer: { name: '张三', phone: '13800138000', idType: 'resident_id', idNumber, language: 'zh-CN' },
      vehicle: { model: 'E7', trim: 'LR', options: ['PAINT-WHITE', 'INT-BLACK'] },
      deposit: { amountCents: 500_000, paidAt: '2026-12-03T02:00:00.000Z', reference: 'PAY-1' },
    });
  });

  it('sends the reason of a flagged order', () => {
    expect(submitOrderBody({ ...form, special: { flagged: true, reason: ' fleet ' } }).special).toEqual({
      reason: 'fleet',
    });
  });

  it('opens a stored order for fixing with everything but the ID number, which is only known masked', () => {
    const reopened = orderFormFromOrder(stored);
    expect(reopened.customer.idNumber).toBe('');
    expect(reopened.deposit.amountYuan).toBe('5000');
    expect(patchOrderBody(stored, reopened)).toBeNull();
  });

  it('patches only what changed, so a locked vehicle is never sent back', () => {
    const reopened = orderFormFromOrder(stored);
    expect(patchOrderBody(stored, { ...reopened, deposit: { ...reopened.deposit, amountYuan: '6000' } })).toEqual({
      deposit: { amountCents: 600_000, paidAt: '2026-12-03T02:00:00.000Z', reference: 'PAY-1' },
    });
    expect(patchOrderBody(stored, { ...reopened, customer: { ...reopened.customer, idNumber } })).toEqual({
      customer: { idNumber },
    });
    expect(patchOrderBody(stored, { ...reopened, options: ['PAINT-RED', 'INT-BLACK'] })?.vehicle).toEqual({
      model: 'E7',
      trim: 'LR',
      options: ['PAINT-RED', 'INT-BLACK'],
    });
  });

  it('clears the flag of a stored order that is no longer special', () => {
    const flagged = { ...stored, special: { reason: 'fleet' } };
    const reopened = orderFormFromOrder(flagged);
    expect(reopened.special).toEqual({ flagged: true, reason: 'fleet' });
    expect(patchOrderBody(flagged, { ...reopened, special: { flagged: false, reason: 'fleet' } })).toEqual({
      special: null,
    });
  });

  it('starts a new order with the deposit paid now', () => {
    const now = new Date('2026-12-04T04:00:00Z');
    expect(emptyOrderForm(now).deposit.paidAt).toBe(toLocalInputValue(now.toISOString()));
  });
});

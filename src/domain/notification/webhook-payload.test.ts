import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES } from '../order/order-status.js';
import { InvariantError } from '../shared/assert.js';
import { TEST_ORDER, testOrder } from '../tracking/test-order.js';
import { isStatusChangeEvent, orderStatusWebhook, webhookDedupKey } from './webhook-payload.js';

const SCHEDULED = testOrder({ status: 'scheduled', vin: 'LA9E7SB12T0000123', eta: '2026-04-20' });
const SCHEDULED_EVENT = { seq: 3, type: 'scheduled', at: '2026-03-05T02:00:00.000Z' };

describe('orderStatusWebhook', () => {
  it('tells a DMS which order reached which status, when, with its VIN and delivery estimate', () => {
    expect(orderStatusWebhook(SCHEDULED, SCHEDULED_EVENT)).toEqual({
      event: 'order.status_changed',
      orderId: 'ord_01',
      orderNo: 'SO-2026-000123',
      dealerCode: 'SH001',
      status: 'scheduled',
      at: '2026-03-05T02:00:00.000Z',
      seq: 3,
      vin: 'LA9E7SB12T0000123',
      eta: '2026-04-20',
    });
  });

  it('carries no personal data: no name, phone, ID, deposit or price', () => {
    const json = JSON.stringify(orderStatusWebhook(SCHEDULED, SCHEDULED_EVENT));
    const { customer } = TEST_ORDER;
    for (const secret of [customer.name, customer.phone, customer.idNumber, TEST_ORDER.deposit.reference]) {
      expect(json).not.toContain(secret);
    }
    expect(json).not.toMatch(/customer|phone|idNumber|price|deposit/i);
  });

  it("reports the event's status, not the order's current one, so both steps of a submit reach the DMS", () => {
    const verified = testOrder({ status: 'verified' });
    const submitted = orderStatusWebhook(verified, { seq: 1, type: 'submitted', at: '2026-03-02T02:00:00.000Z' });
    const verdict = orderStatusWebhook(verified, { seq: 2, type: 'verified', at: '2026-03-02T02:00:00.000Z' });
    expect([submitted.status, verdict.status]).toEqual(['submitted', 'verified']);
  });

  it('gives null VIN and estimate before the order is scheduled', () => {
    const body = orderStatusWebhook(TEST_ORDER, { seq: 1, type: 'submitted', at: '2026-03-02T02:00:00.000Z' });
    expect([body.vin, body.eta]).toEqual([null, null]);
  });

  it.each(['edited', 'reallocated', 'status_changed', ''])(
    'throws for the event "%s", which is no status change',
    (type) => {
      expect(() => orderStatusWebhook(SCHEDULED, { ...SCHEDULED_EVENT, type })).toThrow(InvariantError);
    },
  );

  it.each([0, -1, 1.5, Number.NaN])('throws for the sequence number %s', (seq) => {
    expect(() => orderStatusWebhook(SCHEDULED, { ...SCHEDULED_EVENT, seq })).toThrow(InvariantError);
  });
});

describe('isStatusChangeEvent', () => {
  it.each(ORDER_STATUSES)('takes a "%s" event for a status change', (type) => {
    expect(isStatusChangeEvent({ seq: 1, type, at: '2026-03-02T02:00:00.000Z' })).toBe(true);
  });

  it.each(['edited', 'reallocated', 'toString'])('does not take a "%s" event for one', (type) => {
    expect(isStatusChangeEvent({ seq: 1, type, at: '2026-03-02T02:00:00.000Z' })).toBe(false);
  });
});

describe('webhookDedupKey', () => {
  it('is one key per order and event', () => {
    expect(webhookDedupKey('ord_01', 3)).toBe('webhook:ord_01:3');
    expect(webhookDedupKey('ord_01', 3)).toBe(webhookDedupKey('ord_01', 3));
    expect(webhookDedupKey('ord_01', 4)).not.toBe(webhookDedupKey('ord_01', 3));
    expect(webhookDedupKey('ord_02', 3)).not.toBe(webhookDedupKey('ord_01', 3));
  });

  it('throws for a sequence number that no event has', () => {
    expect(() => webhookDedupKey('ord_01', 0)).toThrow(InvariantError);
  });
});

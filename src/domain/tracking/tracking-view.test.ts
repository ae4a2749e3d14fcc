import { describe, expect, it } from 'vitest';
import type { Order } from '../order/order-types.js';
import { TEST_DEALER, TEST_ORDER, checkLine, eventsFor, testOrder, verificationOf } from './test-order.js';
import { maskCustomerName, trackingView, type TrackingInput } from './tracking-view.js';

function inputFor(order: Order, events = eventsFor('submitted')): TrackingInput {
  return {
    order,
    dealer: TEST_DEALER,
    modelName: 'Aurora E7 electric sedan',
    trimName: 'Long Range',
    events,
    optionNames: { 'PAINT-BLUE': 'Aurora Blue metallic', 'ROOF-PANO': 'Panoramic glass roof' },
    partNames: { 'GLASS-PANO': 'Panoramic glass' },
  };
}

const SCHEDULED = testOrder({
  status: 'scheduled',
  vin: 'LA9E7SB12T0000123',
  eta: '2026-04-20',
  productionSlot: { plant: 'NB', buildDate: '2026-04-10', sequence: 17 },
  customer: { ...TEST_ORDER.customer, phone: '+86 138-1234-5678' },
});

describe('trackingView', () => {
  it('shows a scheduled order: masked buyer, vehicle, dealer, VIN, estimate and its steps', () => {
    const view = trackingView(inputFor(SCHEDULED, eventsFor('submitted', 'verified', 'scheduled')), 'en');
    expect(view).toMatchObject({
      orderNo: 'SO-2026-000123',
      language: 'en',
      status: 'scheduled',
      statusLabel: 'Scheduled for production',
      customerName: '张**',
      customerPhone: '138****5678',
      vehicle: {
        model: 'AUR-E7',
        modelName: 'Aurora E7 electric sedan',
        trim: 'E7-LR',
        trimName: 'Long Range',
        options: ['PAINT-BLUE', 'INT-TAN', 'WHL-21', 'ROOF-PANO'],
        optionNames: ['Aurora Blue metallic', 'INT-TAN', 'WHL-21', 'Panoramic glass roof'],
      },
      dealer: { name: 'Aurora Shanghai Pudong', phone: '021-5888-0001', city: 'Shanghai' },
      vin: 'LA9E7SB12T0000123',
      eta: '2026-04-20',
      notice: null,
    });
    expect(view.stages.map((stage) => `${stage.key}:${stage.state}`)).toEqual([
      'submitted:done',
      'verified:done',
      'scheduled:current',
      'in_production:upcoming',
      'shipped:upcoming',
      'delivered:upcoming',
    ]);
  });

  it.each([
    { language: 'zh-CN', status: '已排产', stage: '订单提交' },
    { language: 'en', status: 'Scheduled for production', stage: 'Order placed' },
  ] as const)('labels status and steps in $language', ({ language, status, stage }) => {
    const view = trackingView(inputFor(SCHEDULED), language);
    expect([view.statusLabel, view.stages[0]?.label]).toEqual([status, stage]);
  });

  it('explains a postponed order with the part and its supply date', () => {
    const verification = verificationOf('postponed', [
      checkLine({
        check: 'materials',
        result: 'hold',
        code: 'part_short',
        details: { part: 'GLASS-PANO', expectedAt: '2026-05-01T00:00:00.000Z' },
      }),
    ]);
    const view = trackingView(inputFor(testOrder({ status: 'postponed', verification })), 'en');
    expect(view.notice).toEqual({
      kind: 'postponed',
      text: 'Your order is waiting for a part in short supply: Panoramic glass (expected on 1 May 2026). It will be confirmed automatically once the part arrives.',
    });
    expect(view.stages[1]).toMatchObject({ key: 'verified', state: 'upcoming', at: null });
  });

  it('shows supply dates in the zone it is given', () => {
    const verification = verificationOf('postponed', [
      checkLine({
        check: 'materials',
        result: 'hold',
        code: 'part_short',
        details: { part: 'GLASS-PANO', expectedAt: '2026-05-01T20:00:00.000Z' },
      }),
    ]);
    const order = testOrder({ status: 'postponed', verification });
    expect(trackingView(inputFor(order), 'en').notice?.text).toContain('2 May 2026');
    expect(trackingView({ ...inputFor(order), timeZone: 'UTC' }, 'en').notice?.text).toContain('1 May 2026');
  });

  it('gives a rejected order a plain reason and skips the steps after submission', () => {
    const verification = verificationOf('rejected', [
      checkLine({ check: 'quota', result: 'fail', code: 'quota_exhausted', details: { suggestions: [] } }),
    ]);
    const view = trackingView(inputFor(testOrder({ status: 'rejected', verification })), 'zh-CN');
    expect(view.notice).toEqual({ kind: 'rejected', text: '本月该车型的配额已满，经销商将为您安排其他月份。' });
    expect(view.stages.filter((stage) => stage.state === 'skipped')).toHaveLength(5);
  });

  it('works without option or part names, showing codes', () => {
    const { optionNames: _optionNames, partNames: _partNames, ...bare } = inputFor(SCHEDULED);
    expect(trackingView(bare, 'en').vehicle.optionNames).toEqual(SCHEDULED.vehicle.options);
  });

  it('leaves out the ID number, the full name and phone, the price, the deposit and the verification internals', () => {
    const verification = verificationOf('manual_review', [
      checkLine({
        check: 'special',
        result: 'review',
        code: 'duplicate_active_order',
        message: 'The buyer 11010519491231002X already has 1 active order(s).',
        path: 'customer.idNumber',
      }),
    ]);
    const order = testOrder({ status: 'manual_review', verification, special: { reason: '张三丰 is a VIP' } });
    const json = JSON.stringify(trackingView(inputFor(order), 'en'));
    for (const secret of ['11010519491231002X', '张三丰', '13812345678', 'PAY-778812', '29580000', '500000']) {
      expect(json).not.toContain(secret);
    }
    expect(json).not.toMatch(/idNumber|duplicate_active_order|deposit|price|VIP/u);
  });
});

describe('maskCustomerName', () => {
  it.each([
    { name: '张三丰', masked: '张**' },
    { name: '张三', masked: '张*' },
    { name: '张', masked: '张' },
    { name: 'John Smith', masked: 'J*** S****' },
    { name: 'J S', masked: 'J*' },
    { name: 'a b c', masked: 'a**' },
    { name: ' J  S ', masked: 'J*' },
    { name: '', masked: '' },
  ])('masks "$name" as "$masked"', ({ name, masked }) => {
    expect(maskCustomerName(name)).toBe(masked);
  });
});

import { describe, expect, it } from 'vitest';
import type { ApiLead } from '../api/sales-types.js';
import { X9 } from '../order-form/test-models.js';
import { leadOrderBody, leadOrderForm, withStandardFinish } from './lead-order-form.js';

const NOW = new Date('2026-12-04T04:00:00Z');
const LEAD = { name: '王芳', phone: '13900001234', language: 'en' } as ApiLead;

describe('the order form of a lead', () => {
  it('starts from the lead and the offer chosen, with a standard paint and interior', () => {
    const form = leadOrderForm(LEAD, { model: 'X9', trim: 'MAX', options: ['SEAT-7'] }, X9, NOW);
    expect(form).toMatchObject({
      model: 'X9',
      trim: 'MAX',
      options: ['SEAT-7', 'PAINT-WHITE', 'INT-BLACK'],
      customer: { name: '王芳', phone: '13900001234', language: 'en', idNumber: '' },
      deposit: { amountYuan: '', reference: '' },
    });
  });

  it('keeps a paint or interior the offer names', () => {
    const chosen = withStandardFinish(X9, { model: 'X9', trim: 'ULTRA', options: ['INT-IVORY'] });
    expect(chosen.options).toEqual(['INT-IVORY', 'PAINT-WHITE']);
  });

  it('leaves the vehicle to choose when no offer was chosen', () => {
    expect(leadOrderForm(LEAD, null, undefined, NOW)).toMatchObject({ model: '', trim: '', options: [] });
  });

  it("sends the car, the buyer's ID and the deposit, and leaves the name and phone to the lead", () => {
    const form = leadOrderForm(LEAD, { model: 'X9', trim: 'MAX', options: ['SEAT-7'] }, X9, NOW);
    const body = leadOrderBody({
      ...form,
      customer: { ...form.customer, idNumber: '110101199003071234' },
      deposit: { amountYuan: '5000', paidAt: '2026-12-04T12:00', reference: ' PAY-1 ' },
    });
    expect(body).toEqual({
      vehicle: { model: 'X9', trim: 'MAX', options: ['SEAT-7', 'PAINT-WHITE', 'INT-BLACK'] },
      customer: { idType: 'resident_id', idNumber: '110101199003071234' },
      deposit: { amountCents: 500_000, paidAt: new Date('2026-12-04T12:00').toISOString(), reference: 'PAY-1' },
    });
  });
});

import { validOrder } from './order-fixtures.js';
import { TEST_NOW } from './test-app.js';

let serial = 0;

/**
 * Bodies that pass the schemas of the routes the security suites know, by `METHOD url`. A route not listed gets
 * `{}`, and the suites judge only who may call it.
 */
export const SAMPLE_BODIES: Readonly<Record<string, () => unknown>> = {
  'POST /api/v1/auth/login': () => ({ username: 'gz.sales', password: 'demo1234' }),
  'POST /api/v1/auth/password': () => ({ currentPassword: 'not-the-password', newPassword: 'a far longer passphrase' }),
  'POST /api/v1/orders': () => validOrder(9_000 + ++serial),
  'PATCH /api/v1/orders/:id': () => ({ customer: { name: '王五' } }),
  'PUT /api/v1/quotas': () => ({ region: 'EAST', month: '2027-01', model: 'E7', cap: 5_000 }),
  'PUT /api/v1/materials/:part': () => ({ availableUnits: 5_000 }),
  'POST /api/v1/prices': () => ({
    effectiveAt: '2027-06-01T00:00:00Z',
    items: [{ model: 'E7', trim: 'LR', priceCents: 1 }],
  }),
  'POST /api/v1/admin/users': () => ({
    username: `sample.user${++serial}`,
    displayName: 'Sample User',
    role: 'dealer_sales',
    dealerCode: 'SH001',
    password: 'a long enough password',
  }),
  'PATCH /api/v1/admin/users/:id': () => ({}),
  'POST /api/v1/admin/dealers': () => ({
    code: `MX${++serial}`,
    name: 'Sample Motors 4S',
    region: 'EAST',
    city: 'Suzhou',
    phone: '0512-0000 0000',
    models: ['E7'],
  }),
  'PATCH /api/v1/admin/dealers/:code': () => ({}),
  'POST /api/v1/admin/tokens': () => ({ name: 'sample', scope: { kind: 'dealer', dealerCode: 'SH001' } }),
  'POST /api/v1/orders/:id/review': () => ({ decision: 'reject', reason: 'sample' }),
  'POST /api/v1/orders/:id/reallocate': () => ({}),
  'POST /api/v1/orders/:id/cancel': () => ({ reason: 'sample' }),
  'POST /api/v1/orders/:id/milestones': () => ({ status: 'in_production', at: TEST_NOW.toISOString() }),
};

/** The records that sample path parameters point at. */
export interface SampleRecords {
  readonly orderId: string;
  readonly userId: string;
}

/** A value for a path parameter that names something real where this suite knows what. */
export function sampleParam(name: string, url: string, records: SampleRecords): string {
  if (name === 'id' && url.startsWith('/api/v1/orders/')) return records.orderId;
  if (name === 'id' && url.startsWith('/api/v1/admin/users/')) return records.userId;
  if (name === 'id') return '00000000-0000-7000-8000-000000000000';
  if (name === 'code') return 'CQ001';
  if (name === 'part') return 'TOWBAR-KIT';
  return 'sample';
}

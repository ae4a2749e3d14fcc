import { describe, expect, it } from 'vitest';
import { SubmissionKeys } from './idempotency.js';

describe('the Idempotency-Key of a submission', () => {
  it('is the same when the same order is sent again, and new for a changed order', () => {
    let serial = 0;
    const keys = new SubmissionKeys(() => `key-${++serial}`);
    const order = { customer: { name: '张三' }, vehicle: { model: 'E7' } };
    expect(keys.keyFor(order)).toBe('key-1');
    expect(keys.keyFor({ ...order })).toBe('key-1');
    expect(keys.keyFor({ ...order, vehicle: { model: 'X9' } })).toBe('key-2');
  });
});

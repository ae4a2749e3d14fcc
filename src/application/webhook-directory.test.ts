import { describe, expect, it } from 'vitest';
import type { DealerWebhook } from './ports/tracking-and-webhook-repositories.js';
import { WebhookDirectory } from './webhook-directory.js';

const HOOK: DealerWebhook = {
  dealerCode: 'SH001',
  url: 'https://dms.example.com/hook',
  secret: 'secret',
  createdAt: '2026-12-04T04:00:00.000Z',
  updatedAt: '2026-12-04T04:00:00.000Z',
  updatedBy: 'sh.manager',
};

function directoryOver(registered: DealerWebhook | null) {
  let nowMs = 0;
  let reads = 0;
  let current = registered;
  const directory = new WebhookDirectory(() => nowMs, 1_000);
  const read = async () => {
    reads += 1;
    return current;
  };
  return {
    directory,
    find: () => directory.find('SH001', read),
    advance: (ms: number) => (nowMs += ms),
    register: (webhook: DealerWebhook | null) => (current = webhook),
    reads: () => reads,
  };
}

describe('the dealers’ webhooks as one process knows them', () => {
  it('reads a dealer once within its age, a missing webhook too', async () => {
    const { find, reads, advance, register } = directoryOver(null);
    expect(await find()).toBeNull();
    register(HOOK);
    advance(1_000);
    expect(await find()).toBeNull();
    expect(reads()).toBe(1);
    advance(1);
    expect(await find()).toEqual(HOOK);
    expect(reads()).toBe(2);
  });

  it('reads again at once after a change made here', async () => {
    const { directory, find, register } = directoryOver(HOOK);
    expect(await find()).toEqual(HOOK);
    register(null);
    directory.forget('SH001');
    expect(await find()).toBeNull();
  });
});

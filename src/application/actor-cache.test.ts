import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.js';
import { ActorCache } from './actor-cache.js';

const SALES: Actor = { userId: 'u1', username: 'sh.sales', role: 'dealer_sales', dealerCode: 'SH001' };
const NOW = '2026-12-04T04:00:00.000Z';
const LATER = '2026-12-04T16:00:00.000Z';

function cache(ttlMs = 1_000) {
  let nowMs = 0;
  return { cache: new ActorCache(ttlMs, () => nowMs), advance: (ms: number) => (nowMs += ms) };
}

describe('remembering who is behind a session', () => {
  it('answers a remembered session until its time to live has passed', () => {
    const { cache: actors, advance } = cache();
    actors.remember('hash', SALES, LATER);
    expect(actors.get('hash', NOW)).toEqual(SALES);
    advance(1_000);
    expect(actors.get('hash', NOW)).toEqual(SALES);
    advance(1);
    expect(actors.get('hash', NOW)).toBeUndefined();
  });

  it('never answers a session past its own expiry', () => {
    const { cache: actors } = cache();
    actors.remember('hash', SALES, LATER);
    expect(actors.get('hash', LATER)).toBeUndefined();
  });

  it('forgets a session signed out, and everything when cleared', () => {
    const { cache: actors } = cache();
    actors.remember('one', SALES, LATER);
    actors.remember('two', SALES, LATER);
    actors.forget('one');
    expect(actors.get('one', NOW)).toBeUndefined();
    expect(actors.get('two', NOW)).toEqual(SALES);
    actors.clear();
    expect(actors.get('two', NOW)).toBeUndefined();
  });

  it('keeps at most 10,000 sessions, dropping the oldest', () => {
    const { cache: actors } = cache();
    for (let index = 0; index <= 10_000; index++) actors.remember(`hash-${index}`, SALES, LATER);
    expect(actors.get('hash-0', NOW)).toBeUndefined();
    expect(actors.get('hash-1', NOW)).toEqual(SALES);
    expect(actors.get('hash-10000', NOW)).toEqual(SALES);
  });
});

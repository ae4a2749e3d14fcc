import { describe, expect, it } from 'vitest';
import { cryptoHasher } from '../../adapters/system/crypto-hasher.js';
import { trackingKeyOf } from '../../main/wiring.js';
import type { StoredOrder } from '../ports/repositories.js';
import { TRACKING_TOKEN_PATTERN, issuedLink, trackingToken, trackingUrlOf } from './tracking-links.js';

const dataKey = Buffer.alloc(32, 7);
const keys = {
  trackingKey: trackingKeyOf(dataKey),
  hasher: cryptoHasher(dataKey),
  policies: { publicUrl: 'https://track.example.com/' },
};
const orderWith = (tracking: StoredOrder['tracking']) => ({ id: 'ord_1', tracking }) as StoredOrder;

describe('tracking tokens', () => {
  it('are 24 URL-safe characters (144 bits), the same for the same order and generation', () => {
    const token = trackingToken(keys.trackingKey, 'ord_1', 1);
    expect(token).toMatch(TRACKING_TOKEN_PATTERN);
    expect(trackingToken(keys.trackingKey, 'ord_1', 1)).toBe(token);
  });

  it('differ between generations, orders and keys', () => {
    const tokens = [
      trackingToken(keys.trackingKey, 'ord_1', 1),
      trackingToken(keys.trackingKey, 'ord_1', 2),
      trackingToken(keys.trackingKey, 'ord_2', 1),
      trackingToken(trackingKeyOf(Buffer.alloc(32, 8)), 'ord_1', 1),
      trackingToken(dataKey, 'ord_1', 1),
    ];
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('are keyed apart from the identity hash', () => {
    expect(keys.trackingKey.equals(dataKey)).toBe(false);
  });
});

describe('trackingUrlOf', () => {
  it('is the public origin, /t/ and the token of the current generation', () => {
    const order = orderWith(issuedLink(keys, 'ord_1', 3));
    expect(trackingUrlOf(keys, order)).toBe(
      `https://track.example.com/t/${trackingToken(keys.trackingKey, 'ord_1', 3)}`,
    );
  });

  it.each([
    ['a revoked link', { generation: 2, tokenHash: null }],
    ['no link ever issued', { generation: 0, tokenHash: null }],
    ['a link issued under another key', issuedLink({ ...keys, trackingKey: Buffer.alloc(32, 1) }, 'ord_1', 1)],
    ['an order not read from the store', undefined],
  ])('is null for %s', (_case, tracking) => {
    expect(trackingUrlOf(keys, orderWith(tracking))).toBeNull();
  });
});

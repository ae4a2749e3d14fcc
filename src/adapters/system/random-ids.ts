import { randomBytes, randomFillSync } from 'node:crypto';

/** Random bytes are drawn this many at a time: one call into the generator serves hundreds of ids. */
const POOL_BYTES = 4096;
const pool = Buffer.alloc(POOL_BYTES);
let poolOffset = POOL_BYTES;

/** `size` fresh random bytes, copied out of a pool that is refilled when used up; no byte is handed out twice. */
function pooledRandomBytes(size: number): Buffer {
  if (poolOffset + size > POOL_BYTES) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const bytes = Buffer.from(pool.subarray(poolOffset, poolOffset + size));
  poolOffset += size;
  return bytes;
}
import type { IdGenerator } from '../../application/ports/services.js';

/**
 * UUID version 7: 48 bits of milliseconds, then randomness. Rows inserted later sort later, which keeps the
 * B-tree indexes of busy tables append-mostly.
 */
export function uuidV7(nowMs: number = Date.now()): string {
  const bytes = pooledRandomBytes(16);
  bytes.writeUIntBE(nowMs, 0, 6);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const randomIds: IdGenerator = {
  id: () => uuidV7(),
  // 256 bits: far beyond guessing, and URL-safe for tracking links and bearer tokens.
  secret: () => randomBytes(32).toString('base64url'),
};

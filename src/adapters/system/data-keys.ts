import { hkdfSync } from 'node:crypto';

/** The keys derived from `ORDERGATE_DATA_KEY`: one per purpose, so that no key serves two algorithms. */
export interface DataKeys {
  /** AES-256-GCM key sealing identity numbers at rest. */
  readonly encryption: Buffer;
  /** HMAC-SHA256 key of the identity-number hash (the anti-scalping lookup). */
  readonly identityHash: Buffer;
}

const SALT = 'ordergate data key v1';

function subkey(master: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, SALT, purpose, 32));
}

/** HKDF-SHA256 from the 32-byte master key. */
export function deriveDataKeys(master: Buffer): DataKeys {
  if (master.length !== 32) throw new Error('the data key must be 32 bytes');
  return {
    encryption: subkey(master, 'identity-number encryption'),
    identityHash: subkey(master, 'identity-number hash'),
  };
}

import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { PersonalDataCipher } from '../../application/ports/personal-data-cipher.js';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Binds every sealed value to its purpose: a value sealed for something else does not open here. */
const ASSOCIATED_DATA = Buffer.from('ordergate personal data v1', 'utf8');

/** True for a value in the sealed form `v1:<iv>:<tag>:<ciphertext>`. */
export function isSealed(value: string): boolean {
  return value.startsWith(`${VERSION}:`);
}

/**
 * AES-256-GCM with a random 96-bit IV per value, stored as `v1:<iv>:<tag>:<ciphertext>` in base64url. The
 * version prefix lets a later key or algorithm live beside this one.
 */
export function aesGcmCipher(key: Buffer): PersonalDataCipher {
  if (key.length !== 32) throw new Error('AES-256-GCM needs a 32-byte key');
  return {
    seal(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(ASSOCIATED_DATA);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [VERSION, iv, cipher.getAuthTag(), body]
        .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
        .join(':');
    },
    open(sealed) {
      const parts = sealed.split(':');
      const [version, iv, tag, body] = parts;
      if (parts.length !== 4 || version !== VERSION || iv === undefined || tag === undefined || body === undefined) {
        throw new Error('not a sealed value of this version');
      }
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), { authTagLength: TAG_BYTES });
      decipher.setAAD(ASSOCIATED_DATA);
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}

/** The cipher of a store opened without a key: it opens nothing and seals nothing, loudly. */
export const NO_CIPHER: PersonalDataCipher = Object.freeze({
  seal(): string {
    throw new Error('personal data cannot be stored: no data key was given to the store');
  },
  open(): string {
    throw new Error('personal data cannot be read: no data key was given to the store');
  },
});

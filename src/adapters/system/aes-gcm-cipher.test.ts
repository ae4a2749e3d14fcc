import { describe, expect, it } from 'vitest';
import { aesGcmCipher, isSealed, NO_CIPHER } from './aes-gcm-cipher.js';
import { deriveDataKeys } from './data-keys.js';

const key = Buffer.alloc(32, 3);
const cipher = aesGcmCipher(key);
const ID = '310115198501010011';

describe('sealing personal data with AES-256-GCM', () => {
  it('opens what it sealed, including text beyond ASCII', () => {
    expect(cipher.open(cipher.seal(ID))).toBe(ID);
    expect(cipher.open(cipher.seal('护照 E12345678 𠮷'))).toBe('护照 E12345678 𠮷');
    expect(cipher.open(cipher.seal(''))).toBe('');
  });

  it('writes v1:<iv>:<tag>:<ciphertext> in base64url with a 96-bit IV and a 128-bit tag, never the value', () => {
    const sealed = cipher.seal(ID);
    expect(isSealed(sealed)).toBe(true);
    const [version, iv, tag, body] = sealed.split(':');
    expect(version).toBe('v1');
    expect(Buffer.from(iv!, 'base64url')).toHaveLength(12);
    expect(Buffer.from(tag!, 'base64url')).toHaveLength(16);
    expect(body).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain(ID);
  });

  it('gives a new sealed text (a new IV) every time, even for the same value', () => {
    const sealed = new Set(Array.from({ length: 50 }, () => cipher.seal(ID)));
    expect(sealed.size).toBe(50);
    expect(new Set([...sealed].map((text) => text.split(':')[1])).size).toBe(50);
  });

  it.each([
    ['the ciphertext', 3],
    ['the tag', 2],
    ['the IV', 1],
  ])('refuses a value whose %s was changed', (_part, index) => {
    const parts = cipher.seal(ID).split(':');
    const part = parts[index]!;
    parts[index] = (part[0] === 'A' ? 'B' : 'A') + part.slice(1);
    expect(() => cipher.open(parts.join(':'))).toThrow();
  });

  it('refuses a value sealed under another key, and a value never sealed', () => {
    expect(() => aesGcmCipher(Buffer.alloc(32, 4)).open(cipher.seal(ID))).toThrow();
    expect(() => cipher.open(ID)).toThrow(/not a sealed value/);
    expect(() => cipher.open(`${cipher.seal(ID)}:${ID}`)).toThrow(/not a sealed value/);
  });

  it('without a key, seals and opens nothing', () => {
    expect(() => NO_CIPHER.seal(ID)).toThrow(/no data key/);
    expect(() => NO_CIPHER.open(cipher.seal(ID))).toThrow(/no data key/);
  });
});

describe('the keys derived from the data key', () => {
  it('gives each purpose its own key, none equal to the master, the same every time', () => {
    const master = Buffer.alloc(32, 9);
    const keys = deriveDataKeys(master);
    expect(keys.encryption).toHaveLength(32);
    expect(keys.identityHash).toHaveLength(32);
    expect(keys.encryption.equals(keys.identityHash)).toBe(false);
    expect(keys.encryption.equals(master)).toBe(false);
    expect(deriveDataKeys(Buffer.alloc(32, 9)).encryption.equals(keys.encryption)).toBe(true);
    expect(deriveDataKeys(Buffer.alloc(32, 8)).encryption.equals(keys.encryption)).toBe(false);
  });

  it('refuses a master key that is not 32 bytes', () => {
    expect(() => deriveDataKeys(Buffer.alloc(16))).toThrow(/32 bytes/);
  });
});

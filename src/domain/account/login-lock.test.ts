import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOGIN_LOCK, lockedUntil, lockMemoryMs } from './login-lock.js';

const MINUTE = 60_000;
const policy = DEFAULT_LOGIN_LOCK;
const at = (minutes: number) => minutes * MINUTE;

describe('login lock', () => {
  it('does not lock after four failures', () => {
    expect(lockedUntil([at(0), at(1), at(2), at(3)], at(4), policy)).toBeNull();
  });

  it('locks for 15 minutes from the fifth failure within 15 minutes', () => {
    const failures = [at(0), at(1), at(2), at(3), at(4)];
    expect(lockedUntil(failures, at(4), policy)).toBe(at(19));
    expect(lockedUntil(failures, at(18), policy)).toBe(at(19));
  });

  it('unlocks once the 15 minutes are over', () => {
    expect(lockedUntil([at(0), at(1), at(2), at(3), at(4)], at(19), policy)).toBeNull();
  });

  it('does not lock five failures spread over more than 15 minutes', () => {
    expect(lockedUntil([at(0), at(4), at(8), at(12), at(16)], at(16), policy)).toBeNull();
  });

  it('reads the failures in any order', () => {
    expect(lockedUntil([at(4), at(0), at(3), at(1), at(2)], at(5), policy)).toBe(at(19));
  });

  it('keeps the latest lock when several windows overflow', () => {
    expect(lockedUntil([at(0), at(1), at(2), at(3), at(4), at(10)], at(11), policy)).toBe(at(25));
  });

  it('never needs a failure older than a window and a lock', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: at(120) }), { maxLength: 30 }), (failures) => {
        const now = at(120);
        const recent = failures.filter((failure) => failure > now - lockMemoryMs(policy));
        expect(lockedUntil(recent, now, policy)).toBe(lockedUntil(failures, now, policy));
      }),
    );
  });
});

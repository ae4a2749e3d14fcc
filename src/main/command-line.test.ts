import { describe, expect, it } from 'vitest';
import { environmentFromArguments } from './command-line.js';

describe('the command line', () => {
  it('reads --workers N and --workers=N as ORDERGATE_WORKERS', () => {
    expect(environmentFromArguments(['--workers', '4'])).toEqual({ ORDERGATE_WORKERS: '4' });
    expect(environmentFromArguments(['--workers=2'])).toEqual({ ORDERGATE_WORKERS: '2' });
  });

  it('needs a number after --workers', () => {
    expect(() => environmentFromArguments(['--workers'])).toThrow('--workers needs a number of processes');
  });

  it('leaves other arguments alone', () => {
    expect(environmentFromArguments([])).toEqual({});
    expect(environmentFromArguments(['--inspect'])).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import { isPublicAddress, mayBePublicHost } from './public-address.js';

describe('which addresses are on the public internet', () => {
  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '203.0.114.1',
    '172.32.0.1',
    '2001:4860:4860::8888',
    '::ffff:8.8.8.8',
  ])('%s is public', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it.each([
    ['this host', '127.0.0.1'],
    ['this host, anywhere in 127/8', '127.255.0.9'],
    ['no address', '0.0.0.0'],
    ['a private network', '10.1.2.3'],
    ['a private network', '172.16.0.1'],
    ['a private network', '172.31.255.255'],
    ['a private network', '192.168.1.10'],
    ['cloud instance metadata (link-local)', '169.254.169.254'],
    ['shared address space', '100.64.0.1'],
    ['documentation', '192.0.2.7'],
    ['multicast', '224.0.0.1'],
    ['reserved', '255.255.255.255'],
    ['this host in IPv6', '::1'],
    ['no address in IPv6', '::'],
    ['a unique local IPv6 network', 'fd12:3456::1'],
    ['IPv6 link-local', 'fe80::1'],
    ['a private IPv4 address mapped into IPv6', '::ffff:10.0.0.1'],
    ['this host mapped into IPv6', '::ffff:127.0.0.1'],
    ['something that is no address', 'dms.example.com'],
  ])('%s (%s) is not', (_why, address) => {
    expect(isPublicAddress(address)).toBe(false);
  });
});

describe('which webhook hosts may be public, as far as the URL tells', () => {
  it.each(['dms.example.com', 'DMS.Example.COM.', '8.8.8.8', '[2001:4860:4860::8888]'])('%s may be', (host) => {
    expect(mayBePublicHost(host)).toBe(true);
  });

  it.each(['localhost', 'LOCALHOST.', 'api.localhost', 'postgres', '127.0.0.1', '169.254.169.254', '[::1]'])(
    '%s may not',
    (host) => {
      expect(mayBePublicHost(host)).toBe(false);
    },
  );
});

import { allowedClient, parseCidrs } from './server';

describe('the relay allowlist', () => {
  const ranges = parseCidrs(['127.0.0.0/8', '::1/128', '10.9.9.0/24']);

  it('admits addresses inside a range, IPv4-mapped IPv6 as IPv4', () => {
    expect(allowedClient('127.0.0.1', ranges)).toBe(true);
    expect(allowedClient('::1', ranges)).toBe(true);
    expect(allowedClient('::ffff:10.9.9.7', ranges)).toBe(true);
  });

  it('refuses addresses outside every range, and anything that is not an address', () => {
    expect(allowedClient('10.9.10.1', ranges)).toBe(false);
    expect(allowedClient('2001:db8::1', ranges)).toBe(false);
    expect(allowedClient('not-an-address', ranges)).toBe(false);
    expect(allowedClient('127.0.0.1', [])).toBe(false);
  });
});

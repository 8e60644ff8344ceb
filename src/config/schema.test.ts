import { configSchema } from './schema';

describe('smtp.allow_cidrs', () => {
  it('accepts IPv4 and IPv6 ranges', () => {
    expect(configSchema.parse({ smtp: { allow_cidrs: ['10.0.0.0/8', '2001:db8::/32'] } }).smtp.allow_cidrs).toEqual(['10.0.0.0/8', '2001:db8::/32']);
  });

  it('refuses what only looks like a range, so the listener never starts with a list it cannot read', () => {
    for (const bad of ['999.1.1.1/8', '10.0.0.0/33', '10.0.0.0', 'fe80::/129']) {
      const result = configSchema.safeParse({ smtp: { allow_cidrs: [bad] } });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/not a CIDR range/);
    }
  });
});

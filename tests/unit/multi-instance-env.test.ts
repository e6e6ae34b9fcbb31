import { describe, expect, it } from 'vitest';
import { readEnv } from '@/lib/env';

const configWith = (variables: Record<string, string>) => readEnv(variables as NodeJS.ProcessEnv);

describe('REDIS_URL', () => {
  it('takes redis:// and rediss:// URLs, and stops at anything else, naming the variable', () => {
    expect(configWith({ REDIS_URL: 'redis://127.0.0.1:6379' }).redisUrl).toBe('redis://127.0.0.1:6379');
    expect(configWith({ REDIS_URL: 'rediss://:pw@cache.example:6380' }).redisUrl).toBe('rediss://:pw@cache.example:6380');
    expect(configWith({ REDIS_URL: ' ' }).redisUrl).toBeUndefined();
    expect(() => configWith({ REDIS_URL: 'http://cache.example' })).toThrow(/REDIS_URL: must be a Redis connection URL/);
  });
});

describe('TRUSTED_PROXIES', () => {
  it('is a list of addresses, ranges and proxy-addr’s named ranges; none by default', () => {
    expect(configWith({ TRUSTED_PROXIES: 'loopback, 10.0.0.0/8,fd00::/8 , 192.0.2.1' }).trustedProxies).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8', '192.0.2.1']);
    expect(configWith({}).trustedProxies).toEqual([]);
  });

  it('on Vercel defaults to taking X-Forwarded-For as the edge sets it, unless set', () => {
    expect(configWith({ VERCEL: '1' }).trustedProxies).toBeUndefined();
    expect(configWith({ VERCEL: '1', TRUSTED_PROXIES: 'loopback' }).trustedProxies).toEqual(['loopback']);
  });

  it('stops at an entry that is no address, range or named range, naming the variable', () => {
    expect(() => configWith({ TRUSTED_PROXIES: 'loopback, proxy.example' })).toThrow(/TRUSTED_PROXIES: must be/);
    expect(() => configWith({ TRUSTED_PROXIES: '10.0.0.0/40' })).toThrow(/TRUSTED_PROXIES/);
  });
});

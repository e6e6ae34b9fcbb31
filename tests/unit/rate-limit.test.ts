import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRateLimiter } from '@/lib/rate-limit/limiter';
import { memoryStore } from '@/lib/rate-limit/store';

describe('the rate limiter', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: 0 }));
  afterEach(() => vi.useRealTimers());

  const attempts = (limiter: ReturnType<typeof createRateLimiter>, clientKey: string, count: number) =>
    Promise.all(Array.from({ length: count }, () => limiter.tryAcquire(clientKey)));

  it('allows `limit` attempts per client in a window, then none until the window ends', async () => {
    const limiter = createRateLimiter({ name: 'test', limit: 10, windowMs: 60_000, store: memoryStore });
    expect(await attempts(limiter, 'a', 11)).toEqual([...Array(10).fill(true), false]);
    expect(await limiter.tryAcquire('b')).toBe(true);
    vi.setSystemTime(59_999);
    expect(await limiter.tryAcquire('a')).toBe(false);
    // The window began with a's first attempt, at 0: a new one starts at 60 s.
    vi.setSystemTime(60_000);
    expect(await attempts(limiter, 'a', 11)).toEqual([...Array(10).fill(true), false]);
  });

  it('keeps the counts of two limits apart, even for the same client key', async () => {
    const tips = createRateLimiter({ name: 'tips', limit: 1, windowMs: 60_000, store: memoryStore });
    const comments = createRateLimiter({ name: 'comments', limit: 1, windowMs: 60_000, store: memoryStore });
    expect(await tips.tryAcquire('a')).toBe(true);
    expect(await comments.tryAcquire('a')).toBe(true);
    expect(await tips.tryAcquire('a')).toBe(false);
  });
});

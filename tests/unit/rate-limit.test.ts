import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '@/lib/tips/rate-limit';

describe('the rate limiter', () => {
  it('lets a client tip again once its oldest tip leaves the window', () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 10, windowMs: 60_000, clock: () => now });
    for (let i = 0; i < 10; i++, now += 1000) expect(limiter.tryAcquire('a')).toBe(true);
    expect(limiter.tryAcquire('a')).toBe(false);
    expect(limiter.tryAcquire('b')).toBe(true);
    now = 60_000; // the first attempt, at 0, has just left the window
    expect(limiter.tryAcquire('a')).toBe(true);
    expect(limiter.tryAcquire('a')).toBe(false);
    // A refused attempt does not count: at 61 s the second one (at 1 s) has left too.
    now = 61_000;
    expect(limiter.tryAcquire('a')).toBe(true);
  });
});

/**
 * A sliding-window limit per client: at most `limit` acquisitions in any `windowMs`.
 *
 * Kept in this process's memory, which is enough for what it guards against: a script or a stuck
 * button filling an article's supporters with fake tips. Recording a tip moves no money (readers pay
 * through WeChat, Alipay or a link outside the site), so a limit that is per instance, forgotten on
 * restart and looser by a factor of the instance count still stops a flood, and costs no storage.
 *
 * A deployment with several instances that wants one exact limit (several `next start` behind a
 * load balancer, or serverless, where each warm instance counts on its own and a cold start
 * forgets) needs the window in storage every instance shares: a Redis sorted set per client
 * (ZREMRANGEBYSCORE + ZCARD + ZADD in one MULTI), or a PostgreSQL table of attempts queried the
 * same way, behind the same `tryAcquire`.
 */
export type RateLimiter = {
  /** Counts an attempt by `clientKey` at time `at` (ms) and says whether it is within the limit. */
  tryAcquire(clientKey: string, at?: number): boolean;
};

export function createRateLimiter(options: {
  limit: number;
  windowMs: number;
  /** The time in milliseconds, injectable so tests control it. */
  clock?: () => number;
}): RateLimiter {
  const { limit, windowMs, clock = Date.now } = options;
  // Each client's accepted attempts inside the window, oldest first.
  const attempts = new Map<string, number[]>();
  let lastSweep = clock();

  // Drops clients with no attempt left in the window, so memory follows recent clients only.
  function sweep(now: number): void {
    for (const [clientKey, times] of attempts) {
      if (times[times.length - 1]! <= now - windowMs) attempts.delete(clientKey);
    }
    lastSweep = now;
  }

  return {
    tryAcquire(clientKey, at = clock()) {
      if (at - lastSweep >= windowMs) sweep(at);
      const recent = (attempts.get(clientKey) ?? []).filter((time) => time > at - windowMs);
      const allowed = recent.length < limit;
      if (allowed) recent.push(at);
      if (recent.length > 0) attempts.set(clientKey, recent);
      else attempts.delete(clientKey);
      return allowed;
    },
  };
}

/**
 * At most `limit` attempts per client in each window of `windowMs`, counted in the configured store
 * (store.ts): shared by every instance of the site, or this process's memory.
 *
 * A window starts at a client's first attempt and ends `windowMs` later, when the count starts
 * again; refused attempts count too, so a client that keeps hammering stays refused until the
 * window ends. When the shared store does not answer, a limiter in this process's memory (the
 * insurance) answers instead: limits then hold per instance, which still stops a flood, and a
 * request never fails or waits because the store is down.
 */
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { configuredStore, type LimitOptions, type LimitStore } from './store';

export type RateLimiter = {
  /** Counts an attempt by `clientKey` and says whether it is within the limit. */
  tryAcquire(clientKey: string): Promise<boolean>;
};

/** A memory limiter that reports each time it answers for the shared store. */
class InsuranceLimiter extends RateLimiterMemory {
  constructor(
    options: LimitOptions,
    private readonly onAnswer: () => void,
  ) {
    super(options);
  }

  override consume(...args: Parameters<RateLimiterMemory['consume']>): Promise<RateLimiterRes> {
    this.onAnswer();
    return super.consume(...args);
  }
}

export function createRateLimiter(options: {
  /** Keeps this limit's counts apart from other limits' in a shared store. */
  name: string;
  limit: number;
  windowMs: number;
  /** Unset: the configured store, chosen on first use. */
  store?: LimitStore;
}): RateLimiter {
  const limits: LimitOptions = { keyPrefix: options.name, points: options.limit, duration: Math.ceil(options.windowMs / 1000) };
  let store: LimitStore | undefined;
  let insurance: InsuranceLimiter | undefined;
  let counting: Promise<RateLimiterAbstract> | undefined;

  function limiter(): Promise<RateLimiterAbstract> {
    store ??= options.store ?? configuredStore();
    const { outage } = store;
    if (outage) insurance ??= new InsuranceLimiter(limits, () => outage.failed());
    // A store that could not be set up (its server down at the first attempt) is tried again next time.
    counting ??= store.limiter(limits, insurance).catch((error: unknown) => {
      counting = undefined;
      throw error;
    });
    return counting;
  }

  return {
    async tryAcquire(clientKey) {
      try {
        await (await limiter()).consume(clientKey);
        return true;
      } catch (error) {
        if (error instanceof RateLimiterRes) return false;
        if (!insurance) throw error;
        return insurance.consume(clientKey).then(
          () => true,
          () => false,
        );
      }
    },
  };
}

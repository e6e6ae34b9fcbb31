/**
 * Where rate limits are counted: in a store every instance of the site shares (Redis with
 * REDIS_URL, else the PostgreSQL server of DATABASE_URL), so N instances allow what one does; or,
 * with neither, in this process's memory, which is exact for a single `next start`.
 */
import pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { env } from '../env';
import { readyOrTimeout, redisClient, type RedisClient } from '../redis/client';
import { outageLog, type OutageLog } from './outage';

export type LimitOptions = { keyPrefix: string; points: number; duration: number };

export type LimitStore = {
  name: string;
  /** Present for a shared store: the log of its outages, which its insurance limiters report to. */
  outage?: OutageLog;
  /** A limiter counting in this store; `insurance` answers whenever the store does not. */
  limiter(options: LimitOptions, insurance?: RateLimiterAbstract): Promise<RateLimiterAbstract>;
};

export const memoryStore: LimitStore = {
  name: 'memory',
  limiter: async (options) => new RateLimiterMemory(options),
};

export function redisStore(client: RedisClient): LimitStore {
  const outage = outageLog('Redis');
  client.on('ready', () => outage.recovered());
  return {
    name: 'Redis',
    outage,
    limiter: async (options, insurance) => {
      // The connection opens on first use: the first attempts wait for it (a second at most)
      // rather than count in memory and report an outage that is only a start.
      await readyOrTimeout(client);
      // Not ready later (reconnecting after an outage): the insurance answers at once.
      return new RateLimiterRedis({ ...options, storeClient: client, useRedisPackage: true, rejectIfRedisNotReady: true, insuranceLimiter: insurance });
    },
  };
}

/** Short, so that a PostgreSQL server that does not answer delays a request by a second at most. */
const POSTGRES_TIMEOUT_MS = 1_000;

export function postgresStore(url: string): LimitStore {
  const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: POSTGRES_TIMEOUT_MS, query_timeout: POSTGRES_TIMEOUT_MS });
  // An idle connection dropped by the server: the next query reconnects or falls back.
  pool.on('error', () => {});
  const outage = outageLog('PostgreSQL');
  pool.on('connect', () => outage.recovered());
  return {
    name: 'PostgreSQL',
    outage,
    // Creates its table (rate_limits) first if missing; fails, to be tried again, while the server is down.
    limiter: (options, insurance) =>
      new Promise((resolve, reject) => {
        const limiter: RateLimiterPostgres = new RateLimiterPostgres(
          { ...options, storeClient: pool, storeType: 'pool', tableName: 'rate_limits', clearExpiredByTimeout: true, insuranceLimiter: insurance },
          (error) => (error ? reject(error) : resolve(limiter)),
        );
      }),
  };
}

let shared: LimitStore | undefined;

/** The store this deployment's configuration names, one per process. */
export function configuredStore(): LimitStore {
  if (shared) return shared;
  const { redisUrl, databaseUrl } = env();
  const client = redisUrl ? redisClient() : undefined;
  shared = client ? redisStore(client) : databaseUrl ? postgresStore(databaseUrl) : memoryStore;
  return shared;
}

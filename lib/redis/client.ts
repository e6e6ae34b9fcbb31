import { setTimeout as delay } from 'node:timers/promises';
import { createClient } from 'redis';
import { env } from '../env';

/** A Redis that does not answer within these fails the request's command rather than holding the request. */
const CONNECT_TIMEOUT_MS = 1_000;
const COMMAND_TIMEOUT_MS = 500;
const RECONNECT_MAX_DELAY_MS = 2_000;

export type RedisClient = ReturnType<typeof createRedisClient>;

/**
 * A client that never queues: while disconnected a command fails at once (the caller falls back)
 * instead of waiting for the connection, and the connection is retried in the background.
 */
export function createRedisClient(url: string) {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    commandOptions: { timeout: COMMAND_TIMEOUT_MS },
    socket: {
      connectTimeout: CONNECT_TIMEOUT_MS,
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, RECONNECT_MAX_DELAY_MS),
    },
  });
  // Without a listener an 'error' event would crash the process; the callers report outages themselves.
  client.on('error', () => {});
  client.connect().catch(() => {});
  return client;
}

/** Resolves once `client` is connected, or after the connect timeout if it does not connect. */
export async function readyOrTimeout(client: RedisClient): Promise<void> {
  if (client.isReady) return;
  let onReady: (() => void) | undefined;
  const ready = new Promise<void>((resolve) => client.once('ready', (onReady = resolve)));
  await Promise.race([ready, delay(CONNECT_TIMEOUT_MS)]);
  client.off('ready', onReady!);
}

let shared: RedisClient | undefined;

/** This process's one connection to REDIS_URL, opened on first use; undefined without REDIS_URL. */
export function redisClient(): RedisClient | undefined {
  const url = env().redisUrl;
  if (!url) return undefined;
  return (shared ??= createRedisClient(url));
}

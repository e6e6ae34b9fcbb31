// @ts-check
import { createClient } from 'redis';

/**
 * One Redis connection per process, shared by every cache handler instance (Next makes a new one
 * per request). Commands fail at once while it is down instead of queueing, so a page never waits
 * for Redis; the connection keeps retrying in the background.
 *
 * The availability is logged on each change only: once when Redis is lost (or unreachable at
 * start), once when it is back. `onReady` callbacks run on every (re)connection.
 */

/** How long one Redis command may take before the cache treats Redis as down for that request. */
export const COMMAND_TIMEOUT_MS = 500;
/** Longest wait between reconnection attempts, and between checks of a connection that was too slow. */
const MAX_RETRY_DELAY_MS = 2_000;

/**
 * @typedef {{
 *   client: import('redis').RedisClientType;
 *   ready: () => boolean;
 *   markDown: (reason: unknown) => void;
 *   onReady: (callback: () => void) => void;
 * }} RedisConnection
 */

/** @param {unknown} reason */
const describe = (reason) => (reason instanceof Error ? reason.message || reason.name : String(reason));

/**
 * @param {string} url
 * @returns {RedisConnection}
 */
export function connectRedis(url) {
  /** @type {boolean | undefined} undefined until the first connection succeeds or fails. */
  let up;
  /** @type {(() => void)[]} */
  const readyCallbacks = [];
  const client = /** @type {import('redis').RedisClientType} */ (
    createClient({
      url,
      disableOfflineQueue: true,
      // A connection that silently stops answering (a dropped route, a server that accepts and then
      // says nothing) is closed after a while without a byte, and made again; the ping keeps a
      // healthy idle connection from counting as silent.
      pingInterval: 3_000,
      socket: {
        connectTimeout: 2_000,
        socketTimeout: 10_000,
        reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, MAX_RETRY_DELAY_MS),
      },
    })
  );
  const host = new URL(url).host;
  const markUp = () => {
    if (up === false) console.warn(`[缓存] Redis at ${host} is back: the cache is shared again`);
    up = true;
    for (const callback of readyCallbacks) callback();
  };
  /**
   * A command that failed on a connection still open (too slow, say) makes no new connection, so
   * no 'ready' follows: ask the server until it answers in time again.
   */
  const checkUntilAnswered = async () => {
    while (up === false && client.isOpen) {
      await new Promise((resolve) => setTimeout(resolve, MAX_RETRY_DELAY_MS));
      if (!client.isReady) continue; // the reconnection's 'ready' says when it is back
      try {
        await client.withAbortSignal(AbortSignal.timeout(COMMAND_TIMEOUT_MS)).ping();
        if (up === false) markUp();
      } catch {
        // Still too slow; ask again.
      }
    }
  };
  /** @param {unknown} reason */
  const markDown = (reason) => {
    if (up === false) return;
    up = false;
    console.warn(`[缓存] Redis at ${host} is unreachable (${describe(reason)}): pages are served from this instance's own cache until it is back`);
    void checkUntilAnswered();
  };
  // Without a listener node-redis would throw its connection errors and end the process.
  client.on('error', markDown);
  client.on('ready', markUp);
  client.connect().catch(markDown);
  return {
    client,
    ready: () => client.isReady && up === true,
    markDown,
    onReady: (callback) => {
      readyCallbacks.push(callback);
    },
  };
}

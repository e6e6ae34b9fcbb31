// @ts-check
import fs from 'node:fs';
import path from 'node:path';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { COMMAND_TIMEOUT_MS, connectRedis } from './redis-connection.mjs';

/**
 * Next's ISR and data cache shared by every instance through Redis (or Valkey), with REDIS_URL set
 * (next.config.js names this file then; without it Next's own cache is used, as before).
 *
 * Two layers:
 *  - shared: the redis-strings handler of @fortedigital/nextjs-cache-handler stores the entries,
 *    their tag index and expiry, and turns the Buffers and Maps of a page entry into strings and
 *    back. It is chosen because it is maintained for Next 16's cacheHandler interface and works with
 *    the official `redis` client; it runs on Node 20 (its package asks for 22, but it uses nothing
 *    newer than 20 has, and the tests run it on 20). Its CacheHandler class is not used: it answers
 *    a miss of the shared store with a miss, whereas the build's pages must still be served from the
 *    build folder, and its build-output loader writes keys that Next 16.4's scoped cache keys never
 *    ask for.
 *  - local: Next's own cache (memory, and the pages the build rendered), exactly what a single
 *    instance uses. It answers when Redis has no entry and no tag of the local entry was invalidated
 *    since it was made (tag times are kept in Redis, so an invalidation on another instance counts),
 *    and it answers alone while Redis is down: no request fails or waits for Redis.
 *
 * An invalidation made while Redis is down is applied locally and kept; once Redis is back it is
 * sent again, marking its tags invalidated as of then (a little more than was invalidated, never
 * less), so the other instances drop what they cached meanwhile.
 *
 * Keys carry the build's BUILD_ID, so two deployments sharing one Redis never read each other's pages.
 */

/** @typedef {import('next/dist/server/lib/incremental-cache').CacheHandler} NextCacheHandler */
/** @typedef {import('next/dist/server/lib/incremental-cache').CacheHandlerContext} CacheHandlerContext */
/** @typedef {import('next/dist/server/lib/incremental-cache').CacheHandlerValue} CacheHandlerValue */

const FileSystemCache = /** @type {typeof import('next/dist/server/lib/incremental-cache/file-system-cache.js').default} */ (
  /** @type {any} */ (FileSystemCacheModule).default ?? FileSystemCacheModule
);

/** An entry with no revalidate time lives this long (Next's own default, a year). */
const DEFAULT_STALE_SECONDS = 365 * 24 * 60 * 60;
const TAGS_HEADER = 'x-next-cache-tags';
/** How long the times of invalidated tags are kept after the last invalidation: longer than any entry lives. */
const TAG_TIMES_SECONDS = 2 * DEFAULT_STALE_SECONDS;

/**
 * @typedef {{
 *   connection: import('./redis-connection.mjs').RedisConnection;
 *   shared: ReturnType<typeof createRedisHandler>;
 *   tagTimesKey: string;
 *   pendingTags: Set<string>;
 * }} SharedCache
 */

/** @type {Map<string, SharedCache>} One per Redis URL and build; Next constructs a handler per request. */
const sharedCaches = new Map();

/**
 * @param {string} url
 * @param {string} buildId
 * @returns {SharedCache}
 */
function sharedCache(url, buildId) {
  const id = `${url} ${buildId}`;
  const existing = sharedCaches.get(id);
  if (existing) return existing;
  const connection = connectRedis(url);
  const keyPrefix = `yuedu:cache:${buildId}:`;
  /** @type {SharedCache} */
  const cache = {
    connection,
    shared: createRedisHandler({ client: /** @type {any} */ (connection.client), keyPrefix, timeoutMs: COMMAND_TIMEOUT_MS }),
    tagTimesKey: `${keyPrefix}tag-times`,
    pendingTags: new Set(),
  };
  connection.onReady(() => void resendPendingTags(cache));
  sharedCaches.set(id, cache);
  return cache;
}

/** @param {SharedCache} cache */
async function resendPendingTags(cache) {
  for (const tag of [...cache.pendingTags]) {
    try {
      await invalidateShared(cache, tag);
      cache.pendingTags.delete(tag);
    } catch (error) {
      cache.connection.markDown(error);
      return;
    }
  }
}

/**
 * @param {SharedCache} cache
 * @param {string} tag
 */
async function invalidateShared(cache, tag) {
  const { client } = cache.connection;
  // Kept as long as the longest-lived entry it may have to refuse, then gone with its build.
  await Promise.all([client.hSet(cache.tagTimesKey, tag, Date.now()), client.expire(cache.tagTimesKey, TAG_TIMES_SECONDS)]);
  await cache.shared.revalidateTag(tag);
}

/**
 * The tags an entry answers to: a data cache entry's own, a page's from its header (which includes
 * the page's implicit path tags), and the soft tags Next asks with.
 * @param {CacheHandlerValue['value']} value
 * @param {any} ctx
 * @returns {string[]}
 */
function tagsOf(value, ctx) {
  const header = value && 'headers' in value ? value.headers?.[TAGS_HEADER] : undefined;
  const fromHeader = typeof header === 'string' ? header.split(',') : Array.isArray(header) ? header.map(String) : [];
  return [...new Set([...(ctx?.tags ?? []), ...(ctx?.softTags ?? []), ...fromHeader])].filter(Boolean);
}

/**
 * Seconds until the entry goes stale: a data cache entry's own revalidate, a page's from its cache control.
 * @param {NonNullable<CacheHandlerValue['value']>} value
 * @param {any} ctx
 */
function staleSeconds(value, ctx) {
  const revalidate = value.kind === 'FETCH' ? value.revalidate : ctx?.cacheControl?.revalidate;
  return typeof revalidate === 'number' && revalidate > 0 ? revalidate : DEFAULT_STALE_SECONDS;
}

/** @implements {NextCacheHandler} */
export default class RedisCacheHandler {
  /** @param {CacheHandlerContext} context */
  constructor(context) {
    this.local = new FileSystemCache(/** @type {any} */ (context));
    const url = process.env.REDIS_URL?.trim();
    // The build renders into its own folder; only a running server shares its cache.
    const building = process.env.NEXT_PHASE === 'phase-production-build';
    const buildId = context.serverDistDir && readBuildId(context.serverDistDir);
    /** @type {SharedCache | undefined} */
    this.cache = url && !building && !context.dev && buildId ? sharedCache(url, buildId) : undefined;
  }

  /** @type {NextCacheHandler['get']} */
  async get(key, ctx) {
    const cache = this.cache;
    if (cache?.connection.ready()) {
      try {
        const found = await cache.shared.get(key, { implicitTags: /** @type {any} */ (ctx)?.softTags ?? [] });
        if (found) return /** @type {CacheHandlerValue} */ ({ lastModified: found.lastModified, value: /** @type {any} */ (found.value) });
        const own = await this.local.get(key, ctx);
        if (!own) return null;
        const tags = tagsOf(own.value, ctx);
        if (tags.length === 0) return own;
        const times = await cache.connection.client.hmGet(cache.tagTimesKey, tags);
        const since = own.lastModified ?? 0;
        return times.some((time) => time !== null && Number(time) > since) ? null : own;
      } catch (error) {
        cache.connection.markDown(error);
      }
    }
    return this.local.get(key, ctx);
  }

  /** @type {NextCacheHandler['set']} */
  async set(key, data, ctx) {
    await this.local.set(key, data, ctx);
    const cache = this.cache;
    if (!data || !cache?.connection.ready()) return;
    const lastModified = Date.now();
    const lastModifiedAt = Math.floor(lastModified / 1000);
    const stale = staleSeconds(data, ctx);
    // Kept half as long again as it stays fresh, so a stale entry can still answer while it is regenerated.
    const expireAt = lastModifiedAt + Math.ceil(stale * 1.5);
    try {
      await cache.shared.set(key, {
        lastModified,
        lifespan: { lastModifiedAt, staleAge: stale, staleAt: lastModifiedAt + stale, expireAge: expireAt - lastModifiedAt, expireAt, revalidate: stale },
        tags: tagsOf(data, ctx),
        value: data,
      });
    } catch (error) {
      cache.connection.markDown(error);
    }
  }

  /** @type {NextCacheHandler['revalidateTag']} */
  async revalidateTag(tags, durations) {
    await this.local.revalidateTag(tags, durations);
    const cache = this.cache;
    if (!cache) return;
    for (const tag of typeof tags === 'string' ? [tags] : tags) cache.pendingTags.add(tag);
    if (cache.connection.ready()) await resendPendingTags(cache);
  }

  resetRequestCache() {
    this.local.resetRequestCache();
  }
}

/** @param {string} serverDistDir */
function readBuildId(serverDistDir) {
  try {
    return fs.readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return undefined;
  }
}

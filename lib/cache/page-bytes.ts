/**
 * `next start` keeps a cached page as a JavaScript string and hands that string to the response on
 * every request, so Node encodes the whole page to UTF-8 again each time: for an article of 43,000
 * characters, most of the CPU time of sending it. While the socket drains, the encoded copy stays
 * alive, and under load these copies outlive the young generation and fill the old one.
 *
 * Installed once per server process (instrumentation.ts), this keeps the encoded bytes of the pages
 * Next.js answers from its cache (x-nextjs-cache HIT or STALE) and sends those bytes instead. The
 * bytes are those of the very string Next.js sent (same length, same Content-Length); pages
 * rendered for one request only (a search, a signed-in page, a first render) are never kept.
 */
import http from 'node:http';

/** Below this many characters the encoding costs too little to be worth keeping. */
export const MIN_PAGE_CHARACTERS = 16 * 1024;
/** The most memory held, by the most recently sent pages: about 250 article pages. */
export const DEFAULT_BUDGET_BYTES = 32 * 1024 * 1024;

/**
 * What keeping a page holds: its bytes, and its string, which Next.js may have let go of meanwhile
 * (counted at two bytes a character, as a string with any Chinese in it is held).
 */
export const heldBytes = (page: string, bytes: Buffer) => bytes.length + page.length * 2;

const CACHED_STATES = new Set(['HIT', 'STALE']);

/**
 * Pages' bytes by their string, least recently sent first. A cached page is one string object for
 * as long as Next.js keeps it, so a lookup is by identity in all but name.
 */
export class PageBytesCache {
  private readonly pages = new Map<string, Buffer>();
  private total = 0;

  constructor(private readonly budgetBytes = DEFAULT_BUDGET_BYTES) {}

  get size(): number {
    return this.pages.size;
  }

  /** Memory the kept pages hold (heldBytes), never more than the budget. */
  get held(): number {
    return this.total;
  }

  bytesOf(page: string): Buffer {
    let bytes = this.pages.get(page);
    if (bytes) {
      // Most recently used last, so eviction takes the page least recently sent.
      this.pages.delete(page);
      this.pages.set(page, bytes);
      return bytes;
    }
    bytes = Buffer.from(page, 'utf8');
    if (heldBytes(page, bytes) > this.budgetBytes) return bytes;
    this.pages.set(page, bytes);
    this.total += heldBytes(page, bytes);
    for (const [oldest, oldBytes] of this.pages) {
      if (this.total <= this.budgetBytes) break;
      this.pages.delete(oldest);
      this.total -= heldBytes(oldest, oldBytes);
    }
    return bytes;
  }
}

type End = http.ServerResponse['end'];

/** Whether `end` was given a whole page as UTF-8 text (end(page), end(page, cb), end(page, 'utf8', …)). */
function isUtf8Page(chunk: unknown, encoding: unknown): chunk is string {
  if (typeof chunk !== 'string' || chunk.length < MIN_PAGE_CHARACTERS) return false;
  return encoding === undefined || typeof encoding === 'function' || encoding === 'utf8' || encoding === 'utf-8';
}

const installedKey = Symbol.for('yuedu.pageBytes');
const processGlobal = globalThis as { [installedKey]?: PageBytesCache };

/** Sends cached pages from `cache` on every server of this process; the installed cache, once installed. */
export function sendCachedPagesAsBytes(cache = new PageBytesCache()): PageBytesCache {
  const installed = processGlobal[installedKey];
  if (installed) return installed;
  processGlobal[installedKey] = cache;
  const end = http.ServerResponse.prototype.end as (this: http.ServerResponse, ...args: unknown[]) => http.ServerResponse;
  http.ServerResponse.prototype.end = function (this: http.ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    if (isUtf8Page(chunk, rest[0]) && CACHED_STATES.has(String(this.getHeader('x-nextjs-cache')))) {
      // The encoding argument goes with the text: bytes carry none.
      return end.call(this, cache.bytesOf(chunk), ...rest.filter((arg) => typeof arg === 'function'));
    }
    return end.call(this, chunk, ...rest);
  } as End;
  return cache;
}

import http from 'node:http';

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

/**
 * GET with the request target sent exactly as given: no client re-encodes or normalises it, so
 * `%e5` stays lower-case on the wire. Only plain ASCII targets are possible (Node refuses others,
 * as HTTP does); redirects are not followed.
 */
export function rawGet(baseURL: string, target: string): Promise<RawResponse> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = http.get({ hostname, port, path: target, headers: { accept: 'text/html' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

/**
 * How many seconds a Cache-Control value lets a shared cache (a CDN) serve the response without
 * asking the server again: `s-maxage`, else `max-age`; 0 when `private`, `no-store` or `no-cache`.
 */
/**
 * `x-nextjs-cache` of a page served from the full-route cache. STALE is that cached page too, once
 * a long run outlives the pages' five-minute revalidate; a render per request has no header, or MISS.
 */
export const FROM_ROUTE_CACHE = /^(HIT|STALE)$/;

export function sharedCacheSeconds(cacheControl: string | undefined): number {
  if (!cacheControl) return 0;
  const directives = new Map(
    cacheControl
      .toLowerCase()
      .split(',')
      .map((d) => d.trim().split('=') as [string, string?])
      .map(([k, v]) => [k.trim(), v?.trim().replace(/^"|"$/g, '')] as const),
  );
  if (directives.has('no-store') || directives.has('private') || directives.has('no-cache')) return 0;
  const seconds = (name: string) => Number(directives.get(name) ?? 0) || 0;
  return directives.has('s-maxage') ? seconds('s-maxage') : seconds('max-age');
}

/** How many answers of each status a fuzzing run got, printed lowest status first: `200×87, 404×12`. */
export class StatusTally {
  private readonly counts = new Map<number, number>();

  add(status: number): void {
    this.counts.set(status, (this.counts.get(status) ?? 0) + 1);
  }

  get(status: number): number {
    return this.counts.get(status) ?? 0;
  }

  toString(): string {
    return [...this.counts].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(', ');
  }
}

import type { APIRequestContext, Browser } from '@playwright/test';
import fc from 'fast-check';
import { seed } from './support/content';
import { expect, test } from './support/fixtures';
import { StatusTally } from './support/http';
import { newLogin, signedInContext } from './support/reader';

/**
 * Every reader write endpoint, fed random and malformed requests: wrong methods' bodies, JSON of
 * every shape, text that is not JSON, wrong and missing content types, huge bodies, bad slugs,
 * foreign origins, forged and missing sessions. Not one may answer 5xx; every refusal is a 4xx with
 * a message; and afterwards the readers' stored marks are only real articles and valid progress.
 * Runs in `site-pg` (PostgreSQL) when there is a server, else in `site` (PGlite).
 */

const REQUESTS = 1_000;
/** Each reader stays under the write rate limit (120 a minute), so the bodies, not the limit, are tested. */
const PER_READER = 110;
const IN_FLIGHT = 4;

const slugs = fc.oneof(
  fc.constant(seed.slug),
  fc.constant('no-such-article'),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('..', '%2e%2e%2f', '%00', 'a'.repeat(2_000), '<script>', "' or 1=1 --", '\u0000', '😀', '__proto__'),
);
const jsonBodies = fc.oneof(
  fc.jsonValue(),
  fc.record({ progress: fc.oneof(fc.double(), fc.string(), fc.constant(null), fc.integer()) }),
  fc.record({ progress: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.constant({ bookmarks: [{ slug: seed.slug, at: Date.now() }], history: [{ slug: seed.slug, progress: 0.5, at: Date.now() }] }),
  fc.record({
    bookmarks: fc.oneof(fc.array(fc.record({ slug: slugs, at: fc.oneof(fc.integer(), fc.string(), fc.double()) }), { maxLength: 5 }), fc.jsonValue()),
    history: fc.oneof(fc.array(fc.record({ slug: slugs, progress: fc.double(), at: fc.integer() }), { maxLength: 5 }), fc.jsonValue()),
  }),
).map((value) => JSON.stringify(value) ?? 'null');
const rawBodies = fc.oneof(
  jsonBodies,
  fc.string({ maxLength: 200 }),
  fc.constantFrom('{', '{"progress":', '[]]', 'null', '', '\u0000\u0001', 'x'.repeat(200_000), `{"pad":"${'y'.repeat(140_000)}"}`),
);
const contentTypes = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', undefined);
/** The methods each write endpoint answers; a few requests use another one. */
const METHODS = { bookmarks: ['PUT', 'DELETE'], likes: ['PUT', 'DELETE'], history: ['PUT', 'GET'], merge: ['POST'] } as const;
type Endpoint = keyof typeof METHODS;
const fuzzedRequest = (endpoint: Endpoint) =>
  fc.record({
    route: fc.record({
      endpoint: fc.constant(endpoint),
      method: fc.oneof({ arbitrary: fc.constantFrom(...METHODS[endpoint]), weight: 9 }, { arbitrary: fc.constantFrom('PATCH', 'POST', 'GET', 'PUT'), weight: 1 }),
    }),
    slug: slugs,
    body: fc.option(rawBodies, { nil: undefined }),
    contentType: contentTypes,
    origin: fc.constantFrom(undefined, undefined, undefined, 'https://evil.example', 'null'),
    session: fc.constantFrom('reader', 'reader', 'reader', 'reader', 'none', 'forged'),
  });
type FuzzedRequest = ReturnType<typeof fuzzedRequest> extends fc.Arbitrary<infer T> ? T : never;

function target(r: FuzzedRequest): string {
  const { endpoint } = r.route;
  if (endpoint === 'merge') return `/api/reader/${endpoint}`;
  return `/api/reader/${endpoint}/${encodeURIComponent(r.slug)}`;
}

async function send(readerRequest: APIRequestContext, anonymous: APIRequestContext, r: FuzzedRequest) {
  const headers: Record<string, string> = {};
  if (r.contentType) headers['Content-Type'] = r.contentType;
  if (r.origin) headers.Origin = r.origin;
  if (r.session === 'forged') headers.Cookie = 'next-auth.session-token=forged.not.a.token';
  const client = r.session === 'reader' ? readerRequest : anonymous;
  return client.fetch(target(r), { method: r.route.method, headers, data: r.route.method === 'GET' ? undefined : r.body, failOnStatusCode: false, maxRedirects: 0 });
}

async function signedInReaders(browser: Browser, baseURL: string, count: number) {
  const readers = [];
  for (let i = 0; i < count; i++) readers.push(await signedInContext(browser, baseURL, newLogin('fuzz'), '/'));
  return readers;
}

for (const [n, endpoint] of (Object.keys(METHODS) as Endpoint[]).entries()) {
  test(`${REQUESTS} random and malformed requests to /api/reader/${endpoint}: no 5xx, every refusal explained, nothing invalid stored`, async ({ browser, baseURL, playwright }) => {
    test.setTimeout(300_000);
    const requests = fc.sample(fuzzedRequest(endpoint), { numRuns: REQUESTS, seed: 20261201 + n });
    const readers = await signedInReaders(browser, baseURL!, Math.ceil(REQUESTS / PER_READER));
    const anonymous = await playwright.request.newContext({ baseURL });
    const statuses = new StatusTally();
    const failures: string[] = [];
    try {
      const check = async (r: FuzzedRequest, i: number) => {
        const reader = readers[Math.floor(i / PER_READER)]!;
        const response = await send(reader.context.request, anonymous, r);
        const status = response.status();
        statuses.add(status);
        const what = `${r.route.method} ${target(r).slice(0, 80)} (${r.contentType ?? 'no type'}, ${r.session}${r.origin ? `, from ${r.origin}` : ''})`;
        if (status >= 500) failures.push(`${what} → ${status}`);
        if (status >= 400 && status < 500) {
          const body = (await response.json().catch(() => undefined)) as { error?: unknown } | undefined;
          if (typeof body?.error !== 'string' || body.error.length === 0) failures.push(`${what} → ${status} without a message`);
        }
      };
      // A few at a time, as a page's scripts and a reader's other tabs send them.
      for (let i = 0; i < requests.length; i += IN_FLIGHT) await Promise.all(requests.slice(i, i + IN_FLIGHT).map((r, j) => check(r, i + j)));
      console.log(`fuzzed /api/reader/${endpoint} requests by status: ${statuses}`);
      expect(failures).toEqual([]);
      // Some requests got through, so the stored state below is worth checking.
      expect(statuses.get(200)).toBeGreaterThan(0);

      for (const { context } of readers) {
        const state = (await (await context.request.get('/api/reader/state')).json()) as { bookmarks: string[]; likes: string[] };
        for (const slug of [...state.bookmarks, ...state.likes]) expect(slug, 'a stored mark names a real article').toBe(seed.slug);
        const history = (await (await context.request.get(`/api/reader/history/${encodeURIComponent(seed.slug)}`)).json()) as { progress: number | null };
        if (history.progress !== null) {
          expect(history.progress).toBeGreaterThanOrEqual(0);
          expect(history.progress).toBeLessThanOrEqual(1);
        }
      }
    } finally {
      await anonymous.dispose();
      for (const { context } of readers) await context.close();
    }
  });
}

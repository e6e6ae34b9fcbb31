import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { APIRequestContext } from '@playwright/test';
import { createClient } from 'redis';
import { fixture, revalidateSecret } from './support/drafts-env';
import { baseURLs, redisProxyControl, serverLog } from './support/paths';
import { expect, test } from './support/fixtures';

/**
 * Two instances of one deployment (A and B: the drafts build, its clock a century ahead) share one
 * database and, through REDIS_URL, one Next cache (lib/cache). What one of them invalidates, the
 * other serves fresh; with Redis gone both keep answering from their own cache, and once it is
 * back the invalidations made meanwhile reach the other instance.
 */

const A = baseURLs.instanceA;
const B = baseURLs.instanceB;
const ARTICLE = fixture.published.path.replace('/articles/', '');
const OTHER_ARTICLE = fixture.comments[0]!;
const { d4 } = fixture.scheduled;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  // Entries another run of these servers left in the test Redis must not answer for this build.
  const client = createClient({ url: process.env.TEST_REDIS_URL });
  await client.connect();
  for await (const keys of client.scanIterator({ MATCH: 'yuedu:cache:*', COUNT: 1000 })) if (keys.length) await client.unlink(keys);
  await client.close();
});

/** A tip through `base`, from its own client address (the limit is per address). */
async function tip(request: APIRequestContext, base: string, article = ARTICLE): Promise<number> {
  const response = await request.post(`${base}/api/tips`, {
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250) + 1}` },
    data: JSON.stringify({ article, amount: '5', method: 'wechat', idempotencyKey: randomUUID() }),
  });
  return response.status();
}

async function supporters(request: APIRequestContext, base: string): Promise<number> {
  const response = await request.get(`${base}/api/articles/${ARTICLE}/supporters`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { count: number }).count;
}

/** Milliseconds until `base` answers `count` supporters, asking every 20 ms; Infinity after `limitMs`. */
async function delayUntil(request: APIRequestContext, base: string, count: number, limitMs: number): Promise<number> {
  const start = performance.now();
  while (performance.now() - start < limitMs) {
    if ((await supporters(request, base)) === count) return performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Infinity;
}

const setRedis = async (mode: 'up' | 'refuse') => expect((await fetch(redisProxyControl, { method: 'PUT', body: mode })).status).toBe(200);

test('a tip recorded through A changes the supporter count B serves within a second', async ({ request }) => {
  const before = await supporters(request, B);
  // B has the count in its cache now; A records the tip.
  expect(await supporters(request, B)).toBe(before);
  expect(await tip(request, A)).toBe(201);
  const delay = await delayUntil(request, B, before + 1, 5_000);
  console.log(`[instances] B served the new supporter count ${Math.round(delay)} ms after A recorded the tip`);
  expect(delay).toBeLessThan(1_000);
});

test('the revalidation endpoint on A publishes a due scheduled article on B', async ({ request }) => {
  // B's home page is the build's, made before the article was due…
  const home = await request.get(`${B}/`);
  expect(home.status()).toBe(200);
  expect(await home.text()).not.toContain(d4.title);
  expect(await (await request.get(`${B}/`)).text()).not.toContain(d4.title);

  const response = await request.post(`${A}/api/revalidate`, { headers: { Authorization: `Bearer ${revalidateSecret}` } });
  expect(response.status()).toBe(200);

  // …and lists it once A has revalidated.
  await expect.poll(async () => (await (await request.get(`${B}/`)).text()).includes(d4.title), { timeout: 5_000, intervals: [50] }).toBe(true);
});

/**
 * A tip sent from the loopback address `peer`, naming `forwardedFor` in X-Forwarded-For; Playwright's
 * requests all come from 127.0.0.1, the instances' trusted proxy.
 */
function tipFrom(base: string, peer: string, forwardedFor: string): Promise<number> {
  const body = JSON.stringify({ article: ARTICLE, amount: '5', method: 'wechat', idempotencyKey: randomUUID() });
  return new Promise((resolve, reject) => {
    const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-forwarded-for': forwardedFor };
    const request = http.request(`${base}/api/tips`, { method: 'POST', localAddress: peer, headers }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** How many of the answers were each status, e.g. { 201: 10, 429: 4 }. */
const tally = (statuses: number[]) => Object.fromEntries([...new Set(statuses)].sort().map((status) => [status, statuses.filter((s) => s === status).length]));

// Random per run: the limits' windows live in the shared Redis, which outlasts a run.
const randomByte = () => Math.floor(Math.random() * 254) + 1;

test('14 tips from one client spread over A and B get exactly 10 × 201 and 4 × 429', async () => {
  // The client, as the trusted proxy (127.0.0.1) names it.
  const client = `2001:db8::${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}`;
  const statuses: number[] = [];
  for (let i = 0; i < 14; i++) statuses.push(await tipFrom(i % 2 ? B : A, '127.0.0.1', client));
  expect(tally(statuses)).toEqual({ 201: 10, 429: 4 });
});

test('a peer that is not a trusted proxy gets no fresh bucket from a forged X-Forwarded-For, on either instance', async () => {
  const peer = `127.${randomByte()}.${randomByte()}.${randomByte() + 1}`;
  const statuses: number[] = [];
  for (let i = 0; i < 14; i++) statuses.push(await tipFrom(i % 2 ? B : A, peer, `203.0.113.${i + 1}, 198.51.100.${i + 1}`));
  expect(tally(statuses)).toEqual({ 201: 10, 429: 4 });
});

test('without Redis both instances keep answering, and an invalidation made meanwhile reaches B once it is back', async ({ request }) => {
  const logLength = (name: 'instance-a' | 'instance-b') => fs.statSync(serverLog(name)).size;
  const logSince = (name: 'instance-a' | 'instance-b', from: number) => fs.readFileSync(serverLog(name)).subarray(from).toString();
  const from = { a: logLength('instance-a'), b: logLength('instance-b') };
  const cached = await supporters(request, B);

  await setRedis('refuse');
  try {
    const statuses: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const base of [A, B]) {
        for (const path of ['/', fixture.published.path, `/articles/${d4.slug}`, `/authors/alice`, `/api/articles/${ARTICLE}/supporters`]) {
          statuses.push((await request.get(`${base}${path}`)).status());
        }
      }
    }
    // Tips through both (B's on another article), the one through A invalidating what Redis cannot hear of.
    statuses.push(await tip(request, B, OTHER_ARTICLE), await tip(request, A));
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    expect(statuses.filter((status) => status === 201)).toHaveLength(2);
    // B answers from its own cache, which the tip through A could not reach.
    expect(await supporters(request, B)).toBe(cached);
  } finally {
    await setRedis('up');
  }

  // Once Redis is back, A sends the invalidation it kept, and B serves the new count.
  const back = (name: 'instance-a' | 'instance-b', start: number) => /\[缓存\] Redis at \S+ is back/.test(logSince(name, start));
  await expect.poll(() => back('instance-a', from.a) && back('instance-b', from.b), { timeout: 15_000 }).toBe(true);
  expect(await delayUntil(request, B, cached + 1, 5_000)).toBeLessThan(5_000);
  // And invalidations reach B again as they happen.
  expect(await tip(request, A)).toBe(201);
  const delay = await delayUntil(request, B, cached + 2, 5_000);
  console.log(`[instances] after Redis came back, B served a tip through A ${Math.round(delay)} ms after it was recorded`);
  expect(delay).toBeLessThan(1_000);

  // Each instance said once that Redis was gone, and once that it was back.
  for (const [name, start] of [['instance-a', from.a], ['instance-b', from.b]] as const) {
    const log = logSince(name, start);
    expect(log.match(/\[缓存\] Redis at \S+ is unreachable/g), name).toHaveLength(1);
    expect(log.match(/\[缓存\] Redis at \S+ is back/g), name).toHaveLength(1);
  }
});

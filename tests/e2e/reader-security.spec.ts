import { encode } from 'next-auth/jwt';
import type { APIRequestContext } from '@playwright/test';
import { seed } from './support/content';
import { expect, test } from './support/fixtures';
import { expectSignedIn, newLogin, signedInContext, signIn, signInButtonName } from './support/reader';

/**
 * What the reader endpoints refuse, and to whom. Runs in `site-pg` (PostgreSQL) when there is a server, else in `site` (PGlite).
 */

const encodedSeed = encodeURIComponent(seed.slug);
const json = { 'Content-Type': 'application/json' };

/** Every reader endpoint, with a body it would accept from a signed-in reader. */
const endpoints: { method: 'GET' | 'PUT' | 'DELETE' | 'POST'; path: string; data?: unknown }[] = [
  { method: 'GET', path: '/api/reader/state' },
  { method: 'GET', path: `/api/reader/history/${encodedSeed}` },
  { method: 'PUT', path: `/api/reader/bookmarks/${encodedSeed}` },
  { method: 'DELETE', path: `/api/reader/bookmarks/${encodedSeed}` },
  { method: 'PUT', path: `/api/reader/likes/${encodedSeed}` },
  { method: 'DELETE', path: `/api/reader/likes/${encodedSeed}` },
  { method: 'PUT', path: `/api/reader/history/${encodedSeed}`, data: { progress: 0.5 } },
  { method: 'POST', path: '/api/reader/merge', data: { bookmarks: [{ slug: seed.slug, at: Date.now() }], history: [] } },
];

function send(request: APIRequestContext, endpoint: (typeof endpoints)[number], headers: Record<string, string> = {}) {
  return request.fetch(endpoint.path, {
    method: endpoint.method,
    headers: { ...(endpoint.data === undefined ? {} : json), ...headers },
    data: endpoint.data === undefined ? undefined : JSON.stringify(endpoint.data),
  });
}

test('every reader endpoint answers 401 without a session, and writes nothing', async ({ request }) => {
  for (const endpoint of endpoints) {
    const response = await send(request, endpoint);
    expect(response.status(), `${endpoint.method} ${endpoint.path}`).toBe(401);
    expect(((await response.json()) as { error: string }).error).toBe('请先登录。');
    expect(response.headers()['cache-control']).toContain('no-store');
  }
});

test('forged session cookies are refused with 401', async ({ request }) => {
  const forged = [
    'not-a-token',
    // A well-formed session token for a made-up reader, encrypted with a secret that is not the site's.
    await encode({ token: { name: 'Mallory', uid: '00000000-0000-4000-8000-000000000000', provider: 'oidc', providerAccountId: 'user-mallory' }, secret: 'a-secret-that-is-not-the-sites-secret' }),
  ];
  for (const value of forged) {
    for (const endpoint of endpoints) {
      const response = await send(request, endpoint, { Cookie: `next-auth.session-token=${value}` });
      expect(response.status(), `${endpoint.method} ${endpoint.path} with a forged cookie`).toBe(401);
    }
  }
});

test('a signed-in reader’s writes from another site are refused with 403', async ({ page }) => {
  await signIn(page, newLogin(), '/');
  const request = page.context().request;
  for (const endpoint of endpoints.filter((e) => e.method !== 'GET')) {
    const response = await send(request, endpoint, { Origin: 'https://evil.example' });
    expect(response.status(), `${endpoint.method} ${endpoint.path} from another origin`).toBe(403);
  }
  const state = (await (await request.get('/api/reader/state')).json()) as { bookmarks: string[]; likes: string[] };
  expect(state).toEqual({ bookmarks: [], likes: [] });
});

test('bad input is a clear 4xx and changes nothing', async ({ page }) => {
  await signIn(page, newLogin(), '/');
  const request = page.context().request;
  const cases: { path: string; method: string; headers?: Record<string, string>; data?: string; status: number }[] = [
    { method: 'PUT', path: '/api/reader/bookmarks/no-such-article', status: 404 },
    { method: 'PUT', path: `/api/reader/history/${encodedSeed}`, headers: json, data: '{"progress": 2}', status: 400 },
    { method: 'PUT', path: `/api/reader/history/${encodedSeed}`, headers: json, data: '{"progress": "half"}', status: 400 },
    { method: 'PUT', path: `/api/reader/history/${encodedSeed}`, headers: json, data: '{not json', status: 400 },
    { method: 'PUT', path: `/api/reader/history/${encodedSeed}`, headers: { 'Content-Type': 'text/plain' }, data: '{"progress": 0.5}', status: 415 },
    { method: 'POST', path: '/api/reader/merge', headers: json, data: JSON.stringify({ bookmarks: 'all' }), status: 400 },
    { method: 'POST', path: '/api/reader/merge', headers: json, data: JSON.stringify({ bookmarks: Array.from({ length: 501 }, (_, i) => ({ slug: `s${i}`, at: 1 })) }), status: 400 },
    { method: 'POST', path: '/api/reader/merge', headers: json, data: JSON.stringify({ pad: 'x'.repeat(200_000) }), status: 413 },
  ];
  for (const c of cases) {
    const response = await request.fetch(c.path, { method: c.method, headers: c.headers, data: c.data });
    expect(response.status(), `${c.method} ${c.path} ${c.data?.slice(0, 40) ?? ''}`).toBe(c.status);
    expect(((await response.json()) as { error: string }).error.length).toBeGreaterThan(0);
  }
  const history = (await (await request.get(`/api/reader/history/${encodedSeed}`)).json()) as { progress: number | null };
  expect(history.progress).toBeNull();
});

test('of two reading positions that arrive out of order, the one the browser saw last is kept', async ({ page }) => {
  await signIn(page, newLogin(), '/');
  const request = page.context().request;
  const put = (progress: number, at: number) =>
    request.put(`/api/reader/history/${encodedSeed}`, { headers: json, data: JSON.stringify({ progress, at }) });
  const seen = Date.now() - 60_000;
  // Sent on leaving, at 40 %; then the visit's first report, made a few seconds earlier, arrives late.
  expect((await put(0.4, seen + 5_000)).status()).toBe(200);
  expect((await put(0, seen)).status()).toBe(200);
  const history = (await (await request.get(`/api/reader/history/${encodedSeed}`)).json()) as { progress: number | null };
  expect(history.progress).toBe(0.4);
});

test('one reader can neither see nor change another reader’s marks', async ({ page, browser, baseURL }) => {
  const alice = newLogin('alice');
  await signIn(page, alice, seed.path);
  const request = page.context().request;
  expect((await request.put(`/api/reader/bookmarks/${encodedSeed}`)).status()).toBe(200);
  expect((await request.put(`/api/reader/likes/${encodedSeed}`)).status()).toBe(200);

  const bob = await signedInContext(browser, baseURL!, newLogin('bob'), '/me');
  await expect(bob.page.getByTestId('me-bookmark')).toHaveCount(0);
  await expect(bob.page.getByTestId('me-like')).toHaveCount(0);
  const bobState = (await (await bob.context.request.get('/api/reader/state')).json()) as { bookmarks: string[]; likes: string[] };
  expect(bobState).toEqual({ bookmarks: [], likes: [] });
  // Bob taking the seed off his own bookmarks leaves Alice's alone.
  expect((await bob.context.request.delete(`/api/reader/bookmarks/${encodedSeed}`)).status()).toBe(200);
  expect((await bob.context.request.delete(`/api/reader/likes/${encodedSeed}`)).status()).toBe(200);
  await bob.context.close();

  const aliceState = (await (await request.get('/api/reader/state')).json()) as { bookmarks: string[]; likes: string[] };
  expect(aliceState).toEqual({ bookmarks: [seed.slug], likes: [seed.slug] });
});

test('the callback URL cannot send a reader off the site', async ({ page, baseURL }) => {
  for (const target of ['https://evil.example/phish', '//evil.example/phish', '/\\evil.example/phish']) {
    const login = newLogin();
    await page.context().clearCookies();
    await page.goto(`/login?callbackUrl=${encodeURIComponent(target)}`);
    await page.getByRole('button', { name: signInButtonName }).click();
    await page.getByLabel('用户名').fill(login);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL((url) => url.origin === new URL(baseURL!).origin && !url.pathname.startsWith('/api/auth/'));
    const landed = new URL(page.url());
    expect(landed.origin, `after sign-in with callbackUrl=${target}`).toBe(new URL(baseURL!).origin);
    expect(landed.pathname).toBe('/');
    // The header asks for the session once the page is up, and that answer renews the session
    // cookie: let it arrive, and leave the page, before the next round clears the cookies.
    await expectSignedIn(page, login);
    await page.goto('about:blank');
  }
  // next-auth's own endpoint with a foreign callbackUrl redirects to the site's sign-in page, not away.
  const response = await page.request.get('/api/auth/signin?callbackUrl=https%3A%2F%2Fevil.example%2F', { maxRedirects: 0 });
  expect(response.status()).toBeGreaterThanOrEqual(300);
  expect(response.status()).toBeLessThan(400);
  expect(response.headers()['location'] ?? '').not.toContain('evil.example');
});

test('a burst of writes is rate limited with 429 and Retry-After, and reading is not', async ({ page }) => {
  await signIn(page, newLogin(), '/');
  const request = page.context().request;
  const statuses: number[] = [];
  let retryAfter: string | undefined;
  for (let i = 0; i < 130; i++) {
    const response = await request.put(`/api/reader/history/${encodedSeed}`, { headers: json, data: JSON.stringify({ progress: (i % 100) / 100 }) });
    statuses.push(response.status());
    if (response.status() === 429) retryAfter ??= response.headers()['retry-after'];
  }
  expect(statuses.filter((s) => s === 200).length).toBe(120);
  expect(statuses.filter((s) => s === 429).length).toBe(10);
  expect(Number(retryAfter)).toBeGreaterThan(0);
  expect((await request.get(seed.path)).status()).toBe(200);
  expect((await request.get('/api/reader/state')).status()).toBe(200);
});

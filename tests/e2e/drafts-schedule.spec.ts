import { baseURLs } from './support/paths';
import { fixture, revalidateSecret } from './support/drafts-env';
import { withoutBreakHints } from './support/content';
import { expect, test } from './support/fixtures';

/**
 * Scheduled articles publish on their own, without a rebuild: the drafts build, copied and started
 * with its clock a century ahead (so the fixture's 2099 articles are due), shows them once the
 * revalidation endpoint a cron calls has run; the real-time server still does not.
 */

const later = baseURLs.draftsLater;
const { d4, e5 } = fixture.scheduled;
const bearer = { Authorization: `Bearer ${revalidateSecret}` };

test.describe.configure({ mode: 'serial' });

test('the revalidation endpoint refuses callers without the secret', async ({ request }) => {
  for (const headers of [{}, { Authorization: 'Bearer wrong' }, { Authorization: revalidateSecret }] as Record<string, string>[]) {
    const response = await request.post(`${later}/api/revalidate`, { headers });
    expect(response.status()).toBe(401);
  }
});

test('a scheduled article is public at its time, everywhere, after the cron’s revalidation', async ({ request }) => {
  // Built before its time: the page and the lists from the build do not have it yet…
  expect((await request.get(`${later}/`)).status()).toBe(200);

  const response = await request.post(`${later}/api/revalidate`, { headers: bearer });
  expect(response.status()).toBe(200);
  const summary = (await response.json()) as { revalidated: boolean; public: number; nextPublishAt: string | null };
  // Three of the drafts fixture's own (the two now due among them), and the comment specs' articles.
  expect(summary).toEqual({ revalidated: true, public: 3 + fixture.comments.length, nextPublishAt: null });

  // …and now it is at its address, on the home page, in its author's list, in the feeds and the sitemap, and found by search.
  for (const { slug, title } of [d4, e5]) {
    await expect.poll(async () => (await request.get(`${later}/articles/${slug}`)).status(), { timeout: 20_000 }).toBe(200);
    expect(await (await request.get(`${later}/articles/${slug}`)).text()).toContain(title);
  }
  await expect.poll(async () => (await request.get(`${later}/`)).text(), { timeout: 20_000 }).toContain(d4.title);
  await expect.poll(async () => (await request.get(`${later}/authors/bob`)).text(), { timeout: 20_000 }).toContain(e5.title);
  await expect.poll(async () => (await request.get(`${later}/feed.xml`)).text(), { timeout: 20_000 }).toContain(d4.title);
  await expect.poll(async () => (await request.get(`${later}/sitemap/0.xml`)).text(), { timeout: 20_000 }).toContain(`/articles/${e5.slug}`);
  expect(withoutBreakHints(await (await request.get(`${later}/search?q=${encodeURIComponent('定时发布')}`)).text())).toContain(d4.title);
  // Drafts stay drafts whatever the time.
  expect((await request.get(`${later}/articles/${fixture.drafts.a1.slug}`)).status()).toBe(404);
});

test('on the real-time server the same articles are still scheduled', async ({ request }) => {
  const response = await request.post('/api/revalidate', { headers: bearer });
  expect(((await response.json()) as { nextPublishAt: string }).nextPublishAt).toBe('2099-01-01T00:00:00.000Z');
  expect((await request.get(`/articles/${d4.slug}`)).status()).toBe(404);
  expect(await (await request.get('/')).text()).not.toContain(d4.title);
});

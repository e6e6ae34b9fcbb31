import type { Page } from '@playwright/test';
import { signPreview } from '../../lib/preview/link';
import { editorLogin, fixture, previewSecret } from './support/drafts-env';
import { expect, test } from './support/fixtures';
import { signIn } from './support/reader';

/**
 * Authors and editors preview unpublished articles on the built site, through sign-in and through
 * signed links; nobody else sees them. Runs against the drafts fixture (tests/fixtures/drafts).
 */

const { a1, b2, c3 } = fixture.drafts;
const { d4, e5 } = fixture.scheduled;

const draftTitles = async (page: Page) => (await page.getByTestId('draft').locator('p.font-medium').allTextContents()).sort();
const banner = (page: Page) => page.getByTestId('preview-banner');

function link(slug: string, expires: number, sig = signPreview({ slug, expires }, previewSecret)): string {
  return `/api/preview?${new URLSearchParams({ slug, expires: String(expires), sig })}`;
}

test('an author signs in, sees their own drafts on /drafts, previews one, and exits to a 404', async ({ page }) => {
  await signIn(page, 'alice', '/drafts');
  await expect(page.getByRole('heading', { level: 1, name: '草稿与定时发布' })).toBeVisible();
  // Alice's draft and scheduled article; not Bob's, nor the draft by an author without a profile.
  expect(await draftTitles(page)).toEqual([a1.title, d4.title].sort());
  const row = page.getByTestId('draft').filter({ hasText: d4.title });
  await expect(row.getByTestId('draft-status')).toHaveText('定时发布于 2099年1月1日 08:00');
  await expect(page.getByTestId('draft').filter({ hasText: a1.title }).getByTestId('draft-status')).toHaveText('草稿');
  await expect(row).toContainText(/最后修改 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);

  const previewResponse = page.waitForResponse((r) => new URL(r.url()).pathname === `/articles/${a1.slug}` && r.request().resourceType() === 'document');
  await page.getByTestId('draft').filter({ hasText: a1.title }).getByRole('link', { name: '预览' }).click();
  await expect(page).toHaveURL((url) => url.pathname === `/articles/${a1.slug}`);
  const response = await previewResponse;
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toMatch(/private|no-store/);
  expect(response.headers()['cache-control']).toContain('no-store');
  await expect(page.locator('h1')).toHaveText(a1.title);
  await expect(banner(page)).toContainText('草稿预览 · 未公开');
  await expect(page.getByTestId('article-body')).toContainText('DRAFT-MARKER-A1-BODY');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);

  await banner(page).getByRole('link', { name: '退出预览' }).click();
  await expect(page).toHaveURL((url) => url.pathname === `/articles/${a1.slug}`);
  await expect(page.getByRole('heading', { name: '找不到这个页面' })).toBeVisible();
  expect((await page.request.get(`/articles/${a1.slug}`)).status()).toBe(404);
});

test('an editor sees and previews every unpublished article', async ({ page }) => {
  await signIn(page, editorLogin, '/drafts');
  expect(await draftTitles(page)).toEqual([a1.title, b2.title, c3.title, d4.title, e5.title].sort());
  await page.goto(`/api/preview?slug=${c3.slug}`);
  await expect(page.locator('h1')).toHaveText(c3.title);
  await expect(banner(page)).toBeVisible();
});

test('a signed-in reader who is not the author can neither list nor open the draft', async ({ page, request }) => {
  await signIn(page, 'bob', '/drafts');
  expect(await draftTitles(page)).toEqual([b2.title, e5.title].sort());
  // Bob previews his own draft (Draft Mode on), then tries Alice's.
  await page.goto(`/api/preview?slug=${b2.slug}`);
  await expect(page.locator('h1')).toHaveText(b2.title);
  await page.goto(`/api/preview?slug=${a1.slug}`);
  await expect(page).toHaveURL(/\/preview\/error\?reason=forbidden$/);
  await expect(page.getByTestId('preview-error')).toHaveText(/没有预览这篇文章的权限/);
  const direct = await page.goto(`/articles/${a1.slug}`);
  expect(direct?.status()).toBe(404);
  await expect(page.locator('body')).not.toContainText('DRAFT-MARKER-A1');
  // And a reader with no account at all is sent to sign in, not shown the draft.
  const anonymous = await request.get(`/api/preview?slug=${a1.slug}`, { maxRedirects: 0 });
  expect(anonymous.status()).toBe(307);
  expect(anonymous.headers()['location']).toMatch(/^\/login\?callbackUrl=/);
});

test('a signed link from /drafts opens the draft in a fresh browser; expired and tampered links are refused', async ({ page, browser, baseURL }) => {
  await signIn(page, 'alice', '/drafts');
  await page.getByTestId('draft').filter({ hasText: a1.title }).getByRole('button', { name: '生成预览链接' }).click();
  const field = page.getByRole('textbox', { name: `《${a1.title}》的预览链接` });
  await expect(field).toBeVisible();
  const shared = new URL(await field.inputValue());
  expect(shared.pathname).toBe('/api/preview');
  const expires = Number(shared.searchParams.get('expires'));
  expect(expires - Date.now()).toBeGreaterThan(6.9 * 24 * 3600_000);
  expect(expires - Date.now()).toBeLessThan(7.1 * 24 * 3600_000);

  const editor = await browser.newContext({ baseURL, locale: 'zh-CN' });
  const tab = await editor.newPage();
  await tab.goto(`${shared.pathname}${shared.search}`);
  await expect(tab).toHaveURL((url) => url.pathname === `/articles/${a1.slug}`);
  await expect(tab.locator('h1')).toHaveText(a1.title);
  await expect(banner(tab)).toBeVisible();
  // The link opens that article only.
  expect((await tab.goto(`/articles/${d4.slug}`))?.status()).toBe(404);
  await editor.close();

  const fresh = await browser.newContext({ baseURL, locale: 'zh-CN' });
  const other = await fresh.newPage();
  const cases: [string, RegExp][] = [
    [link(a1.slug, Date.now() - 60_000), /已经过期/],
    [link(a1.slug, expires, `${shared.searchParams.get('sig')!.slice(0, -2)}xx`), /不完整或被改动过/],
    [link(d4.slug, expires, shared.searchParams.get('sig')!), /不完整或被改动过/],
    [link(a1.slug, expires + 1, shared.searchParams.get('sig')!), /不完整或被改动过/],
    [`/api/preview?slug=${a1.slug}&expires=${expires}`, /不完整或被改动过/],
    [link('no-such-article', expires), /不存在/],
  ];
  for (const [target, message] of cases) {
    await other.goto(target);
    await expect(other, target).toHaveURL(/\/preview\/error\?reason=/);
    await expect(other.getByTestId('preview-error')).toHaveText(message);
    expect((await other.goto(`/articles/${a1.slug}`))?.status()).toBe(404);
  }
  await fresh.close();
});

test('the preview redirect goes to the article’s own path, whatever else the query says', async ({ request }) => {
  const expires = Date.now() + 3600_000;
  const response = await request.get(`${link(a1.slug, expires)}&redirect=https://evil.example/&callbackUrl=//evil.example`, { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers()['location']).toBe(`/articles/${a1.slug}`);
});

test('previewing changes nothing for anonymous readers: the public article is still served from the cache', async ({ page, request }) => {
  await page.goto(link(a1.slug, Date.now() + 3600_000));
  await expect(banner(page)).toBeVisible();
  const draft = await request.get(`/articles/${a1.slug}`);
  expect(draft.status()).toBe(404);
  expect(await draft.text()).not.toContain('DRAFT-MARKER');
  const published = await request.get(fixture.published.path);
  expect(published.status()).toBe(200);
  expect(published.headers()['x-nextjs-cache']).toBe('HIT');
});

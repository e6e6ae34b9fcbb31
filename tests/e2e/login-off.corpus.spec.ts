import fs from 'node:fs';
import { cardLinks, expect, test } from './support/fixtures';
import { serverLog } from './support/paths';
import { markersUnder, routeMarkers } from './support/route-table';

/**
 * A site with no login provider configured (the corpus build): no login UI anywhere, reading and
 * browser-kept bookmarks work, and the account endpoints are simply not there.
 */

test('no login UI: no 登录 in the header, no 点赞, and bookmarks are kept in this browser', async ({ page }) => {
  await page.goto('/');
  const href = (await cardLinks(page))[0]!.href;
  await expect(page.getByRole('banner').getByRole('link', { name: '登录' })).toHaveCount(0);
  await page.goto(href);
  await expect(page.getByRole('banner').getByRole('link', { name: '登录' })).toHaveCount(0);
  const marks = page.getByTestId('marks-article');
  await expect(marks.getByRole('button', { name: /点赞/ })).toHaveCount(0);
  const bookmark = marks.getByRole('button', { name: /收藏/ });
  await bookmark.click();
  await expect(bookmark).toHaveAttribute('aria-pressed', 'true');
  // /me explains that there are no accounts, and lists what this browser kept.
  await page.goto('/me');
  await expect(page.getByText('本站没有开启登录。', { exact: false })).toBeVisible();
  const kept = page.getByTestId('local-records');
  await expect(kept.getByRole('link')).toHaveCount(2); // the bookmark, and the reading of it
  await expect(kept.getByRole('link').first()).toHaveAttribute('href', href);
});

test('the sign-in page says login is off, and the account endpoints answer 404', async ({ page, request }) => {
  await page.goto('/login');
  await expect(page.getByText('本站没有开启登录。', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: /登录/ })).toHaveCount(0);
  for (const path of ['/api/auth/session', '/api/auth/providers', '/api/reader/state', '/api/articles/x/reactions']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  expect((await request.put('/api/reader/bookmarks/x')).status()).toBe(404);
});

for (const name of ['corpus', 'site'] as const) {
  test(`the ${name} build prerendered article, category and author pages (● in the route table)`, () => {
    test.skip(!fs.existsSync(serverLog(name)), `the ${name} server was not started in this run`);
    const markers = routeMarkers(fs.readFileSync(serverLog(name), 'utf8'));
    for (const route of ['/articles/[slug]', '/categories/[...path]', '/authors/[slug]']) {
      const found = markersUnder(markers, route);
      expect(found.length, `${route} in the ${name} route table`).toBeGreaterThan(0);
      expect(found.filter((m) => m === 'ƒ'), `${route} is not dynamic`).toEqual([]);
      expect(found, `${route} has prerendered paths`).toContain('●');
    }
    expect(markers.get('/'), 'the home page is static').toBe('○');
    // With login on, /me reads the session; with it off there is no session to read.
    if (name === 'site') expect(markers.get('/me'), '/me reads the session').toBe('ƒ');
  });
}

import { readSeed, seed } from './support/content';
import { expect, test } from './support/fixtures';
import { oidcIssuer } from './support/paths';
import { FROM_ROUTE_CACHE } from './support/http';
import { articleMarks, displayName, expectSignedIn, newLogin, signedInContext, signIn, signInButtonName, signOut } from './support/reader';

/**
 * Reader accounts end to end, through the real OpenID Connect redirect flow, on a build with login
 * on. Runs in `site-pg` (PostgreSQL) when there is a server, else in `site` (PGlite). Every test signs in as its own reader.
 */

const other = { slug: 'hexo-migration', path: '/articles/hexo-migration', title: '把 Hexo 博客迁移到 Yuedu' };

test('the header offers 登录, and the sign-in page lists the configured provider', async ({ page }) => {
  await page.goto(seed.path);
  const login = page.getByRole('banner').getByRole('link', { name: '登录', exact: true });
  await expect(login).toBeVisible();
  await login.click();
  await expect(page).toHaveURL((url) => url.pathname === '/login' && decodeURIComponent(url.searchParams.get('callbackUrl') ?? '') === seed.path);
  await expect(page.getByRole('heading', { level: 1, name: '登录' })).toBeVisible();
  await expect(page.getByRole('button', { name: signInButtonName })).toBeVisible();
});

test('signing in returns to the article the reader came from, and the avatar menu leads to /me', async ({ page }) => {
  const login = newLogin();
  await page.goto(seed.path);
  await page.getByRole('banner').getByRole('link', { name: '登录', exact: true }).click();
  await page.getByRole('button', { name: signInButtonName }).click();
  // The provider's own login page, on its own origin.
  await expect(page).toHaveURL((url) => url.href.startsWith(`${oidcIssuer}/authorize`));
  await page.getByLabel('用户名').fill(login);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL((url) => decodeURIComponent(url.pathname) === seed.path);
  await expectSignedIn(page, login);

  await page.getByRole('banner').getByLabel(/ 的账户菜单$/).click();
  await page.getByRole('link', { name: '我的主页' }).click();
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole('heading', { level: 1, name: '我的主页' })).toBeVisible();
  await expect(page.getByRole('main').getByText(displayName(login), { exact: true }).first()).toBeVisible();
});

test('a bookmark follows the reader: signed out and back in on a new device, it is still there', async ({ page, browser, baseURL }) => {
  const login = newLogin();
  await signIn(page, login, seed.path);
  const marks = articleMarks(page);
  await expect(marks.bookmark).toHaveAttribute('aria-pressed', 'false');
  const saved = page.waitForResponse((r) => r.url().includes('/api/reader/bookmarks/') && r.request().method() === 'PUT');
  await marks.bookmark.click();
  await expect(marks.bookmark).toHaveAttribute('aria-pressed', 'true');
  expect((await saved).status()).toBe(200);
  await signOut(page);
  // Signed out, this browser has no bookmarks of its own.
  await expect(articleMarks(page).bookmark).toHaveAttribute('aria-pressed', 'false');

  const device = await signedInContext(browser, baseURL!, login, seed.path);
  await expect(articleMarks(device.page).bookmark).toHaveAttribute('aria-pressed', 'true');
  // The article's card in a list shows it too.
  await device.page.goto('/');
  const card = device.page.locator('article', { hasText: readSeed().title }).getByTestId('marks-card');
  await expect(card.getByRole('button', { name: /收藏/ })).toHaveAttribute('aria-pressed', 'true');
  await device.page.goto('/me');
  const bookmarks = device.page.getByTestId('me-bookmark');
  await expect(bookmarks).toHaveCount(1);
  await expect(bookmarks.first().getByRole('link')).toHaveText(readSeed().title);
  await device.context.close();
});

test('/me removes a bookmark, and the article shows it unbookmarked', async ({ page }) => {
  const login = newLogin();
  await signIn(page, login, other.path);
  // The button shows the bookmark at once; /me reads what the server has stored.
  const stored = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/api/reader/bookmarks/'));
  await articleMarks(page).bookmark.click();
  await expect(articleMarks(page).bookmark).toHaveAttribute('aria-pressed', 'true');
  expect((await stored).ok()).toBe(true);
  await page.goto('/me');
  const row = page.getByTestId('me-bookmark');
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('link')).toHaveText(other.title);
  await row.getByRole('button', { name: `取消收藏《${other.title}》` }).click();
  await expect(page.getByTestId('me-bookmark')).toHaveCount(0);
  await expect(page.getByText('还没有收藏文章。')).toBeVisible();
  await page.goto(other.path);
  await expect(articleMarks(page).bookmark).toHaveAttribute('aria-pressed', 'false');
});

test('bookmarks and reading made before sign-in join the account once, without duplicates', async ({ page, browser, baseURL }) => {
  const login = newLogin();
  // The account already has the seed bookmarked, from another device.
  const device = await signedInContext(browser, baseURL!, login, seed.path);
  const saved = device.page.waitForResponse((r) => r.url().includes('/api/reader/bookmarks/'));
  await articleMarks(device.page).bookmark.click();
  await expect(articleMarks(device.page).bookmark).toHaveAttribute('aria-pressed', 'true');
  expect((await saved).status()).toBe(200);
  await device.context.close();

  // Signed out on this device: bookmark the seed and the other article, kept in the browser.
  for (const path of [seed.path, other.path]) {
    await page.goto(path);
    await articleMarks(page).bookmark.click();
    await expect(articleMarks(page).bookmark).toHaveAttribute('aria-pressed', 'true');
  }
  const local = await page.evaluate(() => JSON.parse(localStorage.getItem('yuedu:reader:v1') ?? '{}') as { bookmarks?: unknown[]; history?: unknown[] });
  expect(local.bookmarks).toHaveLength(2);
  expect(local.history?.length, 'both articles were opened').toBe(2);

  // Finished, not only answered: the page lets go of the answer, so it does not hang open.
  const merged = page.waitForEvent('requestfinished', (r) => r.url().endsWith('/api/reader/merge'));
  await signIn(page, login, '/me');
  expect((await (await merged).response())?.status()).toBe(200);
  await page.reload();
  await expect(page.getByTestId('me-bookmark')).toHaveCount(2);
  await expect(page.getByTestId('me-history')).toHaveCount(2);
  expect(await page.evaluate(() => localStorage.getItem('yuedu:reader:v1')), 'handed over, then forgotten').toBeNull();

  // Signing out and in again merges nothing a second time.
  await signOut(page);
  let mergedAgain = false;
  page.on('request', (r) => {
    if (r.url().endsWith('/api/reader/merge')) mergedAgain = true;
  });
  await signIn(page, login, '/me');
  await expect(page.getByTestId('me-bookmark')).toHaveCount(2);
  expect(mergedAgain).toBe(false);
});

test('点赞 needs an account: signed out it leads to sign-in; signed in the count goes up and down', async ({ page, browser, baseURL }) => {
  const login = newLogin();
  await page.goto(other.path);
  await articleMarks(page).like.click();
  await expect(page).toHaveURL((url) => url.pathname === '/login' && url.searchParams.get('callbackUrl') === other.path);

  await page.getByRole('button', { name: signInButtonName }).click();
  await page.getByLabel('用户名').fill(login);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL((url) => url.pathname === other.path);
  const like = articleMarks(page).like;
  await expect(like).toHaveAttribute('aria-pressed', 'false');
  await expect(like).toBeEnabled();
  // Counts load after the page; read them from the page once they have arrived.
  const counts = (await (await page.request.get(`/api/articles/${other.slug}/reactions`)).json()) as { likes: number };
  const before = counts.likes;
  await expect(like).toHaveText(before === 0 ? /点赞$/ : new RegExp(`点赞\\s*${before}$`));
  await like.click();
  await expect(like).toHaveAttribute('aria-pressed', 'true');
  await expect(like).toHaveText(new RegExp(`已点赞\\s*${before + 1}$`));

  // Another device of the same reader sees the like and the count.
  const device = await signedInContext(browser, baseURL!, login, other.path);
  const likeThere = articleMarks(device.page).like;
  await expect(likeThere).toHaveAttribute('aria-pressed', 'true');
  await expect(likeThere).toHaveText(new RegExp(`已点赞\\s*${before + 1}$`));
  await device.page.goto('/me');
  await expect(device.page.getByTestId('me-like')).toHaveCount(1);
  await expect(device.page.getByTestId('me-like').getByRole('link')).toHaveText(other.title);
  await device.page.goto(other.path);
  await likeThere.click();
  await expect(likeThere).toHaveAttribute('aria-pressed', 'false');
  await device.page.reload();
  await expect(articleMarks(device.page).like).toHaveAttribute('aria-pressed', 'false');
  await device.context.close();
});

test('a mark that cannot be saved rolls back and says so', async ({ page }) => {
  await signIn(page, newLogin(), other.path);
  await page.route('**/api/reader/bookmarks/**', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: '暂时不可用，请稍后再试。' }) }));
  const marks = articleMarks(page);
  await marks.bookmark.click();
  await expect(marks.status).toHaveText('暂时不可用，请稍后再试。');
  await expect(marks.bookmark).toHaveAttribute('aria-pressed', 'false');
  await page.unrouteAll();
  await page.reload();
  await expect(articleMarks(page).bookmark).toHaveAttribute('aria-pressed', 'false');
});

test('the reading position follows the reader, and 继续阅读 takes them back there', async ({ page, browser, baseURL }) => {
  const login = newLogin();
  await signIn(page, login, seed.path);
  const body = page.getByTestId('article-body');
  const { top, height } = await body.evaluate((el) => {
    const rect = el.getBoundingClientRect();
    return { top: rect.top + window.scrollY, height: rect.height };
  });
  // Leaving the page right after scrolling, before the browser reports the scroll, still sends the
  // position; the account has it shortly after.
  await page.evaluate((y) => {
    window.scrollTo(0, y);
    window.location.assign('/');
  }, top + height * 0.4);
  await page.waitForURL((url) => url.pathname === '/');
  const stored = async () =>
    ((await (await page.request.get(`/api/reader/history/${encodeURIComponent(seed.slug)}`)).json()) as { progress: number | null }).progress ?? 0;
  await expect.poll(stored).toBeGreaterThan(0.35);
  const progress = await stored();
  expect(progress).toBeLessThan(0.45);
  await page.goto('/me');
  await expect(page.getByTestId('me-history')).toHaveCount(1);
  await expect(page.getByTestId('me-history')).toContainText(`读到 ${Math.round(progress * 100)}%`);

  const device = await signedInContext(browser, baseURL!, login, seed.path);
  const resume = device.page.getByRole('button', { name: `继续阅读（上次读到 ${Math.round(progress * 100)}%）` });
  await expect(resume).toBeVisible();
  await resume.click();
  await expect(resume).toBeHidden();
  const position = await device.page.evaluate(() => window.scrollY);
  expect(Math.abs(position - (top + height * progress))).toBeLessThan(64);
  await device.context.close();
});

test('a position whose send seemed to fail never outranks a later one when this browser hands it to the account', async ({ page }) => {
  // The visit's first report reaches the server, but the browser hears of it only as a failure,
  // and only after a later position was sent: as when the reader leaves while it is in flight.
  let firstSent = false;
  let laterSent: () => void = () => {};
  const later = new Promise<void>((resolve) => (laterSent = resolve));
  await page.route('**/api/reader/history/**', async (route) => {
    if (route.request().method() !== 'PUT') return route.continue();
    if (firstSent) {
      await route.continue();
      return laterSent();
    }
    firstSent = true;
    await route.fetch();
    await later;
    await route.abort();
  });
  await signIn(page, newLogin(), seed.path);
  await expect.poll(() => firstSent).toBe(true);
  const body = page.getByTestId('article-body');
  const { top, height } = await body.evaluate((el) => ({ top: el.getBoundingClientRect().top + window.scrollY, height: el.getBoundingClientRect().height }));
  await page.evaluate((y) => window.scrollTo(0, y), top + height * 0.5);
  await later;
  const stored = async () => ((await (await page.request.get(`/api/reader/history/${encodeURIComponent(seed.slug)}`)).json()) as { progress: number | null }).progress ?? 0;
  await expect.poll(stored).toBeGreaterThan(0.45);
  // The failed report was kept in this browser; the next signed-in page hands it over, and it is
  // older than what the account has.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('yuedu:reader:v1') ?? '')).toMatch(/"progress":0[,}]/);
  await page.goto('/');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('yuedu:reader:v1'))).toBeNull();
  expect(await stored()).toBeGreaterThan(0.45);
});

test('a signed-out reader gets 继续阅读 from this browser too', async ({ page }) => {
  await page.goto(seed.path);
  const body = page.getByTestId('article-body');
  const { top, height } = await body.evaluate((el) => ({ top: el.getBoundingClientRect().top + window.scrollY, height: el.getBoundingClientRect().height }));
  await page.evaluate((y) => window.scrollTo(0, y), top + height * 0.5);
  await expect
    .poll(() => page.evaluate(() => (JSON.parse(localStorage.getItem('yuedu:reader:v1') ?? '{}') as { history?: { progress: number }[] }).history?.[0]?.progress ?? 0))
    .toBeGreaterThan(0.45);
  await page.goto('/');
  await page.goto(seed.path);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.getByRole('button', { name: /^继续阅读（上次读到 5\d%）$/ })).toBeVisible();
});

test('a tip given signed in is listed on /me and shown under the reader’s name, unless anonymous', async ({ page }) => {
  const login = newLogin();
  const path = '/articles/赞赏与读者关系';
  await signIn(page, login, path);
  for (const anonymous of [false, true]) {
    await page.goto(path);
    // The tip button at the end of the article (a tag of the same name links to the tag page).
    await page.locator('a[href*="/tip?article="]').last().click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText(`将以“${displayName(login)}”的名义记录`)).toBeVisible();
    await dialog.locator('label', { has: page.getByRole('radio', { name: '¥2', exact: true }) }).click();
    if (anonymous) await dialog.getByLabel('匿名赞赏（不在文章下显示我的名字）').check();
    await dialog.getByRole('button', { name: '我已赞赏' }).click();
    await expect(dialog.getByText('谢谢你的赞赏！')).toBeVisible();
  }
  const supporters = page.getByTestId('article-supporters');
  await expect(supporters.getByRole('listitem').first()).toHaveAttribute('title', '匿名读者');
  await expect(supporters.getByRole('img', { name: displayName(login) })).toHaveCount(1);

  await page.goto('/me');
  const tips = page.getByTestId('me-tip');
  await expect(tips).toHaveCount(2);
  await expect(tips.first()).toContainText('¥2');
  await expect(tips.first()).toContainText('匿名');
  await expect(tips.nth(1)).not.toContainText('匿名');
});

test('a cancelled sign-in comes back to the sign-in page with a Chinese explanation, still signed out', async ({ page }) => {
  await page.goto(`/login?callbackUrl=${encodeURIComponent(seed.path)}`);
  await page.getByRole('button', { name: signInButtonName }).click();
  await page.getByRole('link', { name: '取消' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/login' && url.searchParams.has('error'));
  await expect(page.getByRole('main').getByRole('alert')).toContainText('登录没有完成');
  await expect(page.getByRole('main').getByRole('alert')).toContainText('取消');
  // The reader can try again from here.
  await expect(page.getByRole('button', { name: signInButtonName })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: '登录', exact: true })).toBeVisible();
});

test('next-auth’s error page explains in Chinese and offers a retry', async ({ page }) => {
  await page.goto('/login/error?error=Configuration');
  await expect(page.getByRole('heading', { level: 1, name: '登录没有完成' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('站点的登录设置有误，请联系站长。');
  await expect(page.getByRole('link', { name: '重新登录' })).toHaveAttribute('href', '/login');
  await page.goto('/login/error?error=<script>');
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('登录时出了问题，请重新登录。');
});

test('/me sends a signed-out visitor to sign in, and back to /me afterwards', async ({ page }) => {
  await page.goto('/me');
  await expect(page).toHaveURL((url) => url.pathname === '/login' && url.searchParams.get('callbackUrl') === '/me');
  const login = newLogin();
  await page.getByRole('button', { name: signInButtonName }).click();
  await page.getByLabel('用户名').fill(login);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/me');
  await expect(page.getByText('还没有收藏文章。')).toBeVisible();
});

test('article pages stay static for signed-in readers: the same cached HTML, no session in it', async ({ page, request }) => {
  const login = newLogin();
  await signIn(page, login, seed.path);
  const signedIn = await page.context().request.get(seed.path);
  const anonymous = await request.get(seed.path);
  expect(signedIn.headers()['x-nextjs-cache']).toMatch(FROM_ROUTE_CACHE);
  expect(anonymous.headers()['x-nextjs-cache']).toMatch(FROM_ROUTE_CACHE);
  const html = await signedIn.text();
  expect(html).not.toContain(displayName(login));
  expect(html).not.toContain(login);
});

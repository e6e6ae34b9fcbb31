import { randomBytes } from 'node:crypto';
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { t } from '../../lib/strings';
import { axeViolations } from './support/axe';
import { editorLogin } from './support/drafts-env';
import { cardLinks, expect, test } from './support/fixtures';
import { newLogin, signedInContext, signIn } from './support/reader';

/**
 * /moderation on the drafts server (guest comments on, editor@example.test an editor): comments
 * posted through the comment endpoint, decided on by the editor and by the article's author (bob),
 * each decision seen in what readers get from that endpoint. Only `comments-moderated` is used.
 */

const m = t.comments.moderation;
const ARTICLE = { slug: 'comments-moderated', title: '待审核评论的文章', path: '/articles/comments-moderated' };
const API = `/api/articles/${ARTICLE.slug}/comments`;

/** Text no other comment has, to find this test's comment in every list. */
const marker = (what: string) => `${what}-${randomBytes(5).toString('hex')}`;

let sent = 0;
/**
 * A client address no other request of this run uses: guests are limited to 5 comments a minute per
 * address, and tests running side by side must not share one.
 */
const nextAddress = () => `198.51.100.${(test.info().parallelIndex * 100 + (sent++ % 100)) % 254 + 1}`;

type Posted = { status: number; body: { comment?: { id: string }; pending?: boolean; error?: string } };

/** POSTs a comment as a guest (`name`, maybe `email`), or as whoever `request`'s cookies sign in. */
async function postComment(request: APIRequestContext, data: { body: string; name?: string; email?: string }): Promise<Posted> {
  const response = await request.post(API, { data, headers: { 'X-Forwarded-For': nextAddress() } });
  return { status: response.status(), body: (await response.json()) as Posted['body'] };
}

async function postGuestComment(request: APIRequestContext, body: string, email?: string): Promise<string> {
  const posted = await postComment(request, { body, name: '路过的游客', ...(email && { email }) });
  expect(posted.status, JSON.stringify(posted.body)).toBe(201);
  expect(posted.body.pending).toBe(true);
  return posted.body.comment!.id;
}

/** The comments readers get (newest first, so this run's are on the first page), as their HTML. */
async function shownToReaders(request: APIRequestContext): Promise<string[]> {
  const response = await request.get(`${API}?sort=newest`);
  expect(response.status()).toBe(200);
  const { threads } = (await response.json()) as { threads: { comment: { html: string }; replies: { html: string }[] }[] };
  return threads.flatMap((thread) => [thread.comment, ...thread.replies].map((comment) => comment.html));
}

async function expectShownToReaders(request: APIRequestContext, text: string, shown: boolean): Promise<void> {
  const listed = (await shownToReaders(request)).some((html) => html.includes(text));
  expect(listed, `"${text}" ${shown ? 'in' : 'not in'} the list readers get`).toBe(shown);
}

/** This test's comment in the open tab of /moderation. */
const listed = (page: Page, text: string) => page.getByTestId('moderation-comment').filter({ hasText: text });

/** The articles the open tab's comments are under. */
const listedArticles = (page: Page) => page.getByTestId('moderation-article').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));

async function openTab(page: Page, status: keyof typeof m.statuses): Promise<void> {
  await page.goto(`/moderation?status=${status}`);
  await expect(page.getByRole('navigation', { name: m.tabs }).getByRole('link', { name: new RegExp(`^${m.statuses[status]}\\s*\\d+$`) })).toHaveAttribute('aria-current', 'page');
}

/** Takes a decision on this test's comment from the open tab, and waits for the page to say it was taken. */
async function decide(page: Page, text: string, intent: 'approve' | 'hide' | 'spam'): Promise<void> {
  await listed(page, text).getByRole('button', { name: m.actions[intent], exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: m.done[intent] })).toBeVisible();
  await expect(listed(page, text)).toHaveCount(0);
}

/** A browser of its own with JavaScript off, signed in as `login`: the decisions must work without it. */
async function withoutJavaScript(browser: Browser, baseURL: string, login: string) {
  const signedIn = await signedInContext(browser, baseURL, login, '/moderation');
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', javaScriptEnabled: false, storageState: await signedIn.context.storageState() });
  await signedIn.context.close();
  return { context, page: await context.newPage() };
}

test('a guest’s comment waits in 待审核, out of what readers get, until the editor approves it', async ({ page, request }) => {
  const text = marker('待审核的游客评论');
  await postGuestComment(request, text);
  await expectShownToReaders(request, text, false);

  // The editor finds the page from their own page.
  await signIn(page, editorLogin, '/me');
  await page.getByRole('link', { name: m.link }).click();
  await expect(page).toHaveURL(/\/moderation$/);
  const pending = page.getByRole('navigation', { name: m.tabs }).getByRole('link', { name: /^待审核\s*\d+$/ });
  await expect(pending).toHaveAttribute('aria-current', 'page');
  expect(Number((await pending.textContent())!.replace(/\D/g, ''))).toBeGreaterThanOrEqual(1);

  const item = listed(page, text);
  await expect(item.getByRole('link', { name: ARTICLE.title })).toHaveAttribute('href', ARTICLE.path);
  await expect(item.getByTestId('moderation-writer')).toHaveText(m.writer.guest);
  await expect(item.getByText('路过的游客')).toBeVisible();

  // One article's comments only: the view keeps to it through decisions and tabs.
  await page.goto(`/moderation?status=pending&article=${ARTICLE.slug}`);
  await expect(page.getByText(m.onlyArticle(ARTICLE.title))).toBeVisible();
  expect(new Set(await listedArticles(page))).toEqual(new Set([ARTICLE.path]));
  await decide(page, text, 'approve');
  await expect(page).toHaveURL(`/moderation?status=pending&article=${ARTICLE.slug}&done=approve`);
  await expectShownToReaders(request, text, true);
  await page.getByRole('navigation', { name: m.tabs }).getByRole('link', { name: /^已通过/ }).click();
  await expect(page).toHaveURL(`/moderation?status=approved&article=${ARTICLE.slug}`);
  await expect(listed(page, text)).toHaveCount(1);
  await page.getByRole('link', { name: m.allArticles }).click();
  await expect(page).toHaveURL('/moderation?status=approved');
});

test('the author moderates his own articles’ comments: approve, hide (kept, under 已隐藏), spam', async ({ page, request }) => {
  const text = marker('作者审核的评论');
  await postGuestComment(request, text);
  await page.goto('/authors/bob');
  const own = new Set((await cardLinks(page)).map((card) => card.href));
  expect(own).toContain(ARTICLE.path);

  await signIn(page, 'bob', '/moderation');
  await openTab(page, 'pending');
  // Only comments under bob's own articles are listed.
  const articles = await listedArticles(page);
  expect(articles).toContain(ARTICLE.path);
  expect(articles.filter((href) => !own.has(href))).toEqual([]);
  // Another author's article (alice's), asked for by name, shows nothing.
  await page.goto('/moderation?status=pending&article=comments-open');
  await expect(page.getByTestId('moderation-comment')).toHaveCount(0);
  await expect(page.getByText(m.empty.pending)).toBeVisible();
  await openTab(page, 'pending');

  await decide(page, text, 'approve');
  await expectShownToReaders(request, text, true);

  await openTab(page, 'approved');
  await decide(page, text, 'hide');
  await expectShownToReaders(request, text, false);
  await openTab(page, 'hidden');
  await expect(listed(page, text)).toHaveCount(1);

  await decide(page, text, 'spam');
  await openTab(page, 'spam');
  await expect(listed(page, text)).toHaveCount(1);
  await expectShownToReaders(request, text, false);
});

test('a reader who is neither author nor editor has nothing to moderate, and signed out the page asks to sign in', async ({ page }) => {
  await page.goto('/moderation');
  await expect(page.getByText(m.signedOut)).toBeVisible();
  await expect(page.locator('#main').getByRole('link', { name: m.signIn })).toHaveAttribute('href', '/login?callbackUrl=%2Fmoderation');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);

  await signIn(page, newLogin(), '/me');
  await expect(page.getByRole('link', { name: m.link })).toHaveCount(0);
  await page.goto('/moderation');
  await expect(page.getByText(m.nothingToModerate)).toBeVisible();
  await expect(page.getByTestId('moderation-comment')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: m.tabs })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test('deleting asks first, then removes the comment from every list', async ({ browser, baseURL, request }) => {
    const text = marker('要删除的评论');
    await postGuestComment(request, text);
    const { context, page } = await withoutJavaScript(browser, baseURL!, editorLogin);
    await openTab(page, 'pending');
    const item = listed(page, text);
    const confirm = item.getByRole('button', { name: m.deleteNow });
    await expect(confirm).toBeHidden();
    await item.getByText(m.actions.delete, { exact: true }).click();
    await expect(item.getByText(m.confirmDelete)).toBeVisible();
    await confirm.click();
    await expect(page.getByRole('status').filter({ hasText: m.done.delete })).toBeVisible();
    for (const status of ['pending', 'approved', 'hidden', 'spam'] as const) {
      await openTab(page, status);
      await expect(listed(page, text), status).toHaveCount(0);
    }
    await expectShownToReaders(request, text, false);
    await context.close();
  });

  test('blocking a guest’s address refuses that address’s next comment; a guest who left none cannot be blocked', async ({ browser, baseURL, request }) => {
    const email = `${newLogin('guest')}@example.test`;
    const text = marker('被屏蔽的游客');
    const anonymous = marker('没留邮箱的游客');
    await postGuestComment(request, text, email);
    await postGuestComment(request, anonymous);

    const { context, page } = await withoutJavaScript(browser, baseURL!, editorLogin);
    await openTab(page, 'pending');
    await expect(listed(page, anonymous).getByText(m.cannotBlock)).toBeVisible();
    await expect(listed(page, anonymous).getByText(m.actions.block, { exact: true })).toHaveCount(0);

    const item = listed(page, text);
    await item.getByText(m.actions.block, { exact: true }).click();
    await expect(item.getByText(m.confirmBlock)).toBeVisible();
    await item.getByRole('button', { name: m.blockNow }).click();
    await expect(page.getByRole('status').filter({ hasText: m.done.block })).toBeVisible();
    // Blocking decides nothing about the comment itself: it still waits in 待审核.
    await expect(listed(page, text)).toHaveCount(1);
    await context.close();

    // The address is refused, whatever the name, text or client address; another address is not.
    const again = await postComment(request, { body: marker('屏蔽后再评论'), name: '换了个名字', email: email.toUpperCase() });
    expect(again).toEqual({ status: 403, body: { error: t.comments.errors.blocked } });
    await postGuestComment(request, marker('另一位游客'), `${newLogin('guest')}@example.test`);
  });
});

test('blocking a signed-in reader refuses their next comment', async ({ page, browser, baseURL }) => {
  const login = newLogin();
  const writer = await signedInContext(browser, baseURL!, login);
  const text = marker('登录读者的评论');
  const first = await postComment(writer.context.request, { body: text });
  expect(first.status, JSON.stringify(first.body)).toBe(201);
  expect(first.body.pending).toBe(false);

  await signIn(page, editorLogin, '/moderation');
  await openTab(page, 'approved');
  const item = listed(page, text);
  await expect(item.getByTestId('moderation-writer')).toHaveText(m.writer.reader);
  await item.getByText(m.actions.block, { exact: true }).click();
  await item.getByRole('button', { name: m.blockNow }).click();
  await expect(page.getByRole('status').filter({ hasText: m.done.block })).toBeVisible();

  const refused = await postComment(writer.context.request, { body: marker('屏蔽后再评论') });
  expect(refused).toEqual({ status: 403, body: { error: t.comments.errors.blocked } });
  await writer.context.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violation on /moderation in ${scheme} mode`, async ({ page, request }) => {
    const text = marker(`${scheme}-检查无障碍`);
    await postGuestComment(request, `${text}\n\n> 引用\n\n[链接](https://example.test/) 和 \`代码\``);
    await page.emulateMedia({ colorScheme: scheme });
    await signIn(page, editorLogin, '/moderation?status=pending&done=approve');
    await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*dark)/);
    await expect(listed(page, text)).toHaveCount(1);
    await expect(page.getByRole('status').filter({ hasText: m.done.approve })).toBeVisible();
    // The confirmations too.
    await page.locator('#main details').evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
    // The page's own content: the site's frame around it is every page's.
    expect(await axeViolations(page, '#main')).toEqual([]);
  });
}

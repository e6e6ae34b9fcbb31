import type { APIRequestContext, Browser, Locator, Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { editorLogin } from './support/drafts-env';
import { expect, test } from './support/fixtures';
import { FROM_ROUTE_CACHE } from './support/http';
import { displayName, newLogin, signIn, signedInContext } from './support/reader';

/**
 * Comments under an article, as readers meet them in Chromium: signed in through the test identity
 * provider, as a guest, and without JavaScript. Every test uses articles of its own among
 * tests/fixtures/drafts (comments-open, comments-closed), and text of its own, so they run side by
 * side. Moderation is comments-moderation.spec.ts.
 */
const ARTICLE = '/articles/comments-open';
const marker = (what: string) => `${what}-${Math.random().toString(36).slice(2, 8)}`;

/** The article page is served from the full-route cache: comments never make it dynamic. */
async function expectCached(request: APIRequestContext, path = ARTICLE) {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  expect(response.headers()['x-nextjs-cache'] ?? '').toMatch(FROM_ROUTE_CACHE);
}

/** The comments section, scrolled to, once its list has loaded. */
async function openComments(page: Page): Promise<Locator> {
  const section = page.locator('#comments');
  await section.scrollIntoViewIfNeeded();
  await expect(section.getByTestId('comments-total')).toHaveText(/\d+ 条评论/);
  return section;
}

const commentWith = (scope: Locator, text: string) => scope.getByTestId('comment').filter({ hasText: text }).last();

async function post(scope: Locator, text: string, formName = '写评论') {
  const form = scope.getByRole('form', { name: formName });
  await form.getByRole('textbox', { name: formName === '写评论' ? '评论内容' : formName }).fill(text);
  await form.getByRole('button', { name: '发表评论' }).click();
  return form;
}

test('a reader comments, replies, edits within ten minutes and deletes; the article stays cached', async ({ page, request }) => {
  const login = newLogin('c');
  const name = displayName(login);
  await expectCached(request);
  await signIn(page, login, ARTICLE);
  const section = await openComments(page);
  await expect(section.getByText(`以 ${name} 的身份评论`)).toBeVisible();

  const first = marker('第一条');
  const form = await post(section, `${first} **加粗** 和 [链接](https://example.com/a)`);
  await expect(form.getByRole('status')).toHaveText('评论已发表。');
  const comment = commentWith(section, first);
  await expect(comment.locator('strong')).toHaveText('加粗');
  await expect(comment.getByRole('link', { name: '链接' })).toHaveAttribute('rel', 'nofollow ugc noopener');
  await expect(comment.getByRole('link', { name: '链接' })).toHaveAttribute('href', 'https://example.com/a');

  // A reply, with the @mention of whom it answers, hangs under the comment.
  await comment.getByRole('button', { name: '回复' }).click();
  const reply = marker('回复');
  await post(section, reply, `回复 @${name}`);
  const shownReply = commentWith(section, reply);
  await expect(shownReply).toContainText(`@${name}`);
  await expect(section.locator('li', { has: page.getByText(first) }).getByTestId('comment')).toHaveCount(2);

  // Nobody else may change it: signed out, 401; another reader, not theirs.
  const id = (await comment.getAttribute('id'))!.replace(/^comment-/, '');
  const signedOut = await request.patch(`/api/comments/${id}`, { data: { body: '改别人的' } });
  expect(signedOut.status()).toBe(401);
  const other = await signedInContext(page.context().browser()!, new URL(page.url()).origin, newLogin('o'), '/');
  const notTheirs = await other.page.request.delete(`/api/comments/${id}`);
  expect(notTheirs.status()).toBe(404);
  expect((await notTheirs.json()).error).toBe('找不到这条评论，或者它不是你发表的。');
  await other.context.close();

  // Edited within the window: the new text, marked 已修改.
  const edited = marker('改过');
  await comment.getByRole('button', { name: '修改', exact: true }).click();
  const editor = comment.getByRole('textbox', { name: '修改' });
  await expect(editor).toHaveValue(/第一条/);
  await editor.fill(edited);
  await comment.getByRole('button', { name: '保存' }).click();
  await expect(commentWith(section, edited)).toContainText('已修改');
  await expect(section.getByText(first)).toHaveCount(0);

  // Deleted: the reply first, then the comment, after the question.
  await shownReply.getByRole('button', { name: '删除' }).click();
  await expect(shownReply.getByText('确定删除这条评论？')).toBeVisible();
  await shownReply.getByRole('button', { name: '删除' }).click();
  await expect(section.getByText(reply)).toHaveCount(0);
  const editedComment = commentWith(section, edited);
  await editedComment.getByRole('button', { name: '删除' }).click();
  await editedComment.getByRole('button', { name: '删除' }).click();
  await expect(section.getByText(edited)).toHaveCount(0);

  // The page was served from the cache all along.
  await expectCached(request);
});

test('the article’s author and an editor speak as 作者 and 编辑; the count shows on the article and its card', async ({ browser, baseURL }) => {
  for (const [login, badge] of [
    ['carol', '作者'],
    [editorLogin, '编辑'],
  ] as const) {
    const { context, page } = await signedInContext(browser, baseURL!, login, ARTICLE);
    const text = marker(badge);
    const answer = await page.request.post(`/api/articles/comments-open/comments`, { data: { body: text } });
    expect(answer.status()).toBe(201);
    expect((await answer.json()).comment.role).toBe(login === 'carol' ? 'author' : 'editor');
    await page.reload();
    const section = await openComments(page);
    await expect(commentWith(section, text).getByTestId('comment-badge')).toHaveText(badge);
    await context.close();
  }
  const page = await browser.newPage({ baseURL });
  await page.goto(ARTICLE);
  await expect(page.locator('header').getByTestId('comment-count')).toHaveText(/^[1-9]\d* 条评论$/);
  await expect(page.locator('header').getByTestId('comment-count')).toHaveAttribute('href', '#comments');
  // The article's card, on its category's page.
  await page.goto(`/categories/${encodeURIComponent('公开分类')}`);
  const card = page.locator('article', { has: page.locator(`a[href="${ARTICLE}"]`) });
  await expect(card.getByTestId('comment-count')).toHaveText(/^[1-9]\d* 条评论$/);
  await page.close();
});

test('the list sorts oldest or newest first, and says how many there are', async ({ page }) => {
  await signIn(page, newLogin('s'), ARTICLE);
  const [older, newer] = [marker('先写'), marker('后写')];
  for (const body of [older, newer]) expect((await page.request.post('/api/articles/comments-open/comments', { data: { body } })).status()).toBe(201);
  await page.reload();
  const section = await openComments(page);
  const order = async () => (await section.getByTestId('comment').allTextContents()).filter((text) => text.includes(older) || text.includes(newer));
  await expect.poll(order).toEqual([expect.stringContaining(older), expect.stringContaining(newer)]);
  await section.getByRole('button', { name: '最新' }).click();
  await expect(section.getByRole('button', { name: '最新' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(order).toEqual([expect.stringContaining(newer), expect.stringContaining(older)]);
  const total = Number((await section.getByTestId('comments-total').textContent())!.match(/\d+/)![0]);
  expect(total).toBeGreaterThanOrEqual(2);
});

test('a guest’s comment waits for a moderator; the honeypot and a repeat are refused with a reason', async ({ page, request }) => {
  await page.goto(ARTICLE);
  const section = await openComments(page);
  const text = marker('游客');
  const form = section.getByRole('form', { name: '写评论' });
  await form.getByRole('textbox', { name: '昵称' }).fill('路过的人');
  await form.getByRole('textbox', { name: /邮箱/ }).fill('guest@example.com');
  await post(section, text);
  await expect(form.getByRole('status')).toHaveText('你的评论已提交，审核通过后会显示。');
  await expect(section.getByText(text)).toHaveCount(0);
  const listed = await (await request.get('/api/articles/comments-open/comments?sort=newest')).text();
  expect(listed).not.toContain(text);

  const headers = { 'x-forwarded-for': '198.51.100.201' };
  const bot = await request.post('/api/articles/comments-open/comments', { headers, data: { body: '买药', name: '机器', website: 'https://spam.example' } });
  expect(bot.status()).toBe(400);
  expect((await bot.json()).error).toBe('这条评论像是自动程序提交的，没有发表。');
  const repeat = await request.post('/api/articles/comments-open/comments', { headers, data: { body: text, name: '路过的人', email: 'guest@example.com' } });
  expect(repeat.status()).toBe(409);
  expect((await repeat.json()).error).toBe('你已经发表过同样的评论。');
});

test('five comments a minute: the sixth is refused with a reason, and nothing is stored', async ({ request }) => {
  const headers = { 'x-forwarded-for': '198.51.100.202' };
  const statuses = [];
  for (let i = 0; i < 6; i++) {
    const answer = await request.post('/api/articles/comments-open/comments', { headers, data: { body: marker(`第${i}条`), name: '急性子' } });
    statuses.push(answer.status());
    if (i === 5) expect((await answer.json()).error).toBe('评论太频繁了，请过一会儿再试。');
  }
  expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
});

test('the endpoint checks, in order: origin, rate limit, size and type, input', async ({ request }) => {
  const url = '/api/articles/comments-open/comments';
  const from = (address: string, extra: Record<string, string> = {}) => ({ 'x-forwarded-for': address, ...extra });
  const errorOf = async (response: Awaited<ReturnType<APIRequestContext['post']>>) => ((await response.json()) as { error: string }).error;
  const tooLarge = JSON.stringify({ body: '长'.repeat(10_000), name: '路人' });

  const crossSite = await request.post(url, { headers: from('198.51.100.210', { Origin: 'https://elsewhere.example', 'Content-Type': 'text/plain' }), data: 'x' });
  expect([crossSite.status(), await errorOf(crossSite)]).toEqual([403, '这个请求不是从本站发出的。']);
  const large = await request.post(url, { headers: from('198.51.100.211', { 'Content-Type': 'application/json' }), data: tooLarge });
  expect(large.status()).toBe(413);
  expect((await request.post(url, { headers: from('198.51.100.212', { 'Content-Type': 'text/plain' }), data: '{}' })).status()).toBe(415);
  const invalid = await request.post(url, { headers: from('198.51.100.213'), data: { body: '好文', name: 42 } });
  expect([invalid.status(), await errorOf(invalid)]).toEqual([400, '评论内容不正确。']);

  // An address over its limit is refused before its body is read; a request from another site before that.
  const busy = from('198.51.100.214', { 'Content-Type': 'application/json' });
  for (let i = 0; i < 5; i++) expect((await request.post(url, { headers: busy, data: JSON.stringify({ body: marker(`限流${i}`), name: '路人' }) })).status()).toBe(201);
  expect((await request.post(url, { headers: busy, data: tooLarge })).status()).toBe(429);
  expect((await request.post(url, { headers: { ...busy, Origin: 'https://elsewhere.example' }, data: tooLarge })).status()).toBe(403);
});

test('comments: false shows no comments, no count and no form; its comments page and endpoint are closed', async ({ page, request }) => {
  await page.goto('/articles/comments-closed');
  await expect(page.locator('h1')).toHaveText('不开评论的文章');
  await expect(page.locator('#comments')).toHaveCount(0);
  await expect(page.getByTestId('comment-count')).toHaveCount(0);
  await expect(page.getByRole('form', { name: '写评论' })).toHaveCount(0);
  expect((await request.get('/articles/comments-closed/comments')).status()).toBe(404);
  expect((await request.get('/api/articles/comments-closed/comments')).status()).toBe(404);
  const posted = await request.post('/api/articles/comments-closed/comments', { data: { body: '能评论吗', name: '路人' }, headers: { 'x-forwarded-for': '198.51.100.203' } });
  expect(posted.status()).toBe(403);
  expect((await posted.json()).error).toBe('这篇文章没有开启评论。');
});

/** A browser context with JavaScript off, signed in as `login` first (with it on) when given. */
async function withoutJavaScript(browser: Browser, baseURL: string, login?: string) {
  const storageState = login ? await (await signedInContext(browser, baseURL, login, ARTICLE)).context.storageState() : undefined;
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, storageState, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  return { context, page: await context.newPage() };
}

test('without JavaScript the comments are readable on their own page, and a comment and a reply post', async ({ browser, baseURL, request }) => {
  const login = newLogin('n');
  const { context, page } = await withoutJavaScript(browser, baseURL!, login);
  await page.goto(ARTICLE);
  // Nothing promises a list that cannot load; the link leads to one that needs no script.
  await expect(page.locator('#comments').getByText('正在加载评论…')).toHaveCount(0);
  const link = page.getByRole('link', { name: '在单独页面阅读《评论区的文章》的评论' });
  await link.click();
  await expect(page).toHaveURL(/\/articles\/comments-open\/comments$/);
  await expect(page.locator('h1')).toHaveText('《评论区的文章》的评论');

  const text = marker('无脚本');
  await page.getByRole('textbox', { name: '评论内容' }).fill(text);
  await page.getByRole('button', { name: '发表评论' }).click();
  await expect(page.getByRole('status')).toHaveText('评论已发表。');
  const comment = page.getByTestId('comment').filter({ hasText: text });
  await expect(comment).toHaveCount(1);

  // A reply: the 回复 link brings the form back for that comment.
  await comment.getByRole('link', { name: '回复' }).click();
  const reply = marker('无脚本回复');
  await page.getByRole('textbox', { name: `回复 @${displayName(login)}` }).fill(reply);
  await page.getByRole('button', { name: '发表评论' }).click();
  await expect(page.getByTestId('comment').filter({ hasText: reply })).toContainText(`@${displayName(login)}`);

  // A refusal keeps what was written: the same reply again.
  const replyBox = page.getByRole('textbox', { name: `回复 @${displayName(login)}` });
  await replyBox.fill(reply);
  await page.getByRole('button', { name: '发表评论' }).click();
  await expect(page.getByRole('status')).toHaveText('你已经发表过同样的评论。');
  await expect(replyBox).toHaveValue(reply);
  await context.close();
  await expectCached(request);
});

test('without JavaScript a guest’s comment posts and waits for a moderator', async ({ browser, baseURL }) => {
  const { context, page } = await withoutJavaScript(browser, baseURL!);
  await page.goto(`${ARTICLE}/comments`);
  const text = marker('无脚本游客');
  await page.getByRole('textbox', { name: '昵称' }).fill('不开脚本的人');
  await page.getByRole('textbox', { name: '评论内容' }).fill(text);
  await page.getByRole('button', { name: '发表评论' }).click();
  await expect(page.getByRole('status')).toHaveText('你的评论已提交，审核通过后会显示。');
  await expect(page.getByTestId('comment').filter({ hasText: text })).toHaveCount(0);
  await context.close();
});

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    test(`axe finds no violation in the comments, ${scheme} mode, ${width} px`, async ({ browser, baseURL }) => {
      const { context, page } = await signedInContext(browser, baseURL!, newLogin('a'), ARTICLE);
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.reload();
      await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*dark)/);
      const section = await openComments(page);
      // A comment of the reader's own (with its 修改 / 删除) and a reply form open: all of it checked.
      const text = marker('无障碍');
      await post(section, text);
      const own = commentWith(section, text);
      await own.getByRole('button', { name: '回复' }).click();
      expect(await axeViolations(page, '#comments')).toEqual([]);
      await context.close();
    });
  }
}

import type { APIRequestContext, Page } from '@playwright/test';
import { t } from '../../lib/strings';
import { readSeed, seed, withoutBreakHints } from './support/content';
import { expect, test } from './support/fixtures';
import { dbProxyControl } from './support/paths';
import { articleMarks, newLogin, signIn } from './support/reader';

/**
 * The database goes away under a running site (PostgreSQL behind support/db-proxy.mjs) and comes
 * back. Readers keep reading; what needs the database (supporters, marks, comments, search) says it is unavailable; writes are refused
 * with 503 and leave nothing behind; and when the database returns, all of it works again without
 * a restart. Two ways to lose it: a stopped server refuses connections at once, an unreachable host
 * never answers.
 */
test.describe.configure({ mode: 'serial' });

type DatabaseState = 'up' | 'refuse' | 'hang';

async function setDatabase(state: DatabaseState): Promise<void> {
  const response = await fetch(dbProxyControl, { method: 'PUT', body: state });
  expect(await response.text()).toBe(`${state}\n`);
}

test.afterAll(() => setDatabase('up'));

const encodedSeed = encodeURIComponent(seed.slug);
const seedTitle = readSeed().title;
const seedSupporters = `/api/articles/${encodedSeed}/supporters`;
/**
 * For each way of losing the database, an article whose supporters no one has read from this server
 * yet: nothing cached to fall back on.
 */
const unreadArticles = { refuse: '中文排版的细节', hang: 'hexo-migration' } as const;

/** Pages of every kind, and text each must contain in full. */
const readingPages: [path: string, text: string][] = [
  ['/', seedTitle],
  [`/articles/${encodedSeed}`, seedTitle],
  [seed.path, seedTitle],
  ['/categories', '新媒体'],
  [encodeURI(seed.categoryPath), seedTitle],
  [seed.authorPath, seedTitle],
  ['/archives', seedTitle],
  ['/feed.xml', seedTitle],
  ['/atom.xml', seedTitle],
  ['/feed.json', seedTitle],
  ['/sitemap.xml', '<sitemap>'],
];

/** A search that finds the seed; this server keeps its search index in the database. */
const seedSearch = `/search?q=${encodeURIComponent('去中心化')}`;

/** How long any answer may take while the database is unreachable: its connect timeout, with room. */
const ANSWER_WITHIN_MS = 10_000;

async function timed<T>(what: string, run: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await run();
  expect(Date.now() - started, `${what} answered in time`).toBeLessThan(ANSWER_WITHIN_MS);
  return result;
}

async function supporterCount(request: APIRequestContext): Promise<number> {
  const response = await request.get(seedSupporters);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { count: number }).count;
}

async function bookmarks(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/api/reader/state');
  expect(response.status()).toBe(200);
  return ((await response.json()) as { bookmarks: string[] }).bookmarks;
}

/** Tips the seed article ¥5 through its dialog; returns the dialog for what it says next. */
async function tipFiveYuan(page: Page) {
  await page.goto(seed.path);
  await page.getByRole('link', { name: '赞赏', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '赞赏 人人都是产品经理' });
  await dialog.locator('label', { has: page.getByRole('radio', { name: '¥5', exact: true }) }).click();
  await dialog.getByRole('button', { name: '我已赞赏' }).click();
  return dialog;
}

for (const [state, meaning] of [
  ['refuse', 'stopped'],
  ['hang', 'unreachable'],
] as const) {
  test(`with the database ${meaning}, reading goes on, the rest says it is unavailable, and all of it comes back`, async ({ page, request }) => {
    test.setTimeout(180_000);
    const unreadArticle = { slug: unreadArticles[state], path: `/articles/${encodeURIComponent(unreadArticles[state])}` };
    await signIn(page, newLogin('outage'), '/');
    const reader = page.context().request;
    const before = await supporterCount(request);
    expect(await bookmarks(reader)).toEqual([]);

    await setDatabase(state);

    for (const [path, text] of readingPages) {
      const response = await timed(path, () => request.get(path));
      expect(response.status(), path).toBe(200);
      expect(withoutBreakHints(await response.text()), path).toContain(text);
    }

    // Search: its page, with the site around it, says search is unavailable for now.
    const search = await timed('search', () => request.get(seedSearch));
    expect(search.status()).toBe(200);
    const searchHtml = withoutBreakHints(await search.text());
    expect(searchHtml).toContain(t.search.unavailable);
    expect(searchHtml).not.toContain(seedTitle);

    // The counts: a 503 that says so, and the article page shows the same.
    const counts = await timed('supporters', () => request.get(`/api/articles/${encodeURIComponent(unreadArticle.slug)}/supporters`));
    expect(counts.status()).toBe(503);
    expect(await counts.json()).toMatchObject({ error: t.reader.errors.unavailable, temporary: true });
    await page.goto(unreadArticle.path);
    await expect(page.getByTestId('article-supporters')).toHaveText(t.tip.countsUnavailable, { timeout: ANSWER_WITHIN_MS });

    // Its comments: the endpoint and the island under the article say they are unavailable.
    const comments = `/api/articles/${encodeURIComponent(unreadArticle.slug)}/comments`;
    const list = await timed('comments', () => request.get(comments));
    expect(list.status()).toBe(503);
    expect(await list.json()).toMatchObject({ error: t.comments.errors.unavailable, temporary: true });
    await page.locator('#comments').scrollIntoViewIfNeeded();
    await expect(page.locator('#comments').getByRole('alert')).toHaveText(t.comments.errors.unavailable, { timeout: ANSWER_WITHIN_MS });
    const comment = `停机时的评论 ${state}`;
    const refusedComment = await timed('a comment', () => reader.post(comments, { data: { body: comment } }));
    expect(refusedComment.status()).toBe(503);
    expect(((await refusedComment.json()) as { error: string }).error).toBe(t.comments.errors.unavailable);

    // Writes: refused with 503 and a message, in the page as through the API.
    const dialog = await tipFiveYuan(page);
    await expect(dialog.getByText(t.tip.errors.unavailable)).toBeVisible({ timeout: ANSWER_WITHIN_MS });
    const refused = await timed('a bookmark', () => reader.put(`/api/reader/bookmarks/${encodedSeed}`));
    expect(refused.status()).toBe(503);
    expect(((await refused.json()) as { error: string }).error).toBe(t.reader.errors.unavailable);
    // The article's 收藏 / 点赞 cannot know the reader's marks: they say so, and wait.
    await page.goto(seed.path);
    const marks = articleMarks(page);
    await expect(marks.status).toHaveText(t.reader.unavailable, { timeout: ANSWER_WITHIN_MS });
    await expect(marks.bookmark).toBeDisabled();

    await setDatabase('up');

    // Search finds again.
    const searchAgain = withoutBreakHints(await (await request.get(seedSearch)).text());
    expect(searchAgain).toContain(seedTitle);
    expect(searchAgain).not.toContain(t.search.unavailable);

    // Nothing of the refused writes was kept, and the same server records new ones.
    expect(await supporterCount(request)).toBe(before);
    expect(await bookmarks(reader)).toEqual([]);
    await page.reload();
    await expect(marks.bookmark).toBeEnabled();
    await expect(marks.status).toHaveText('');
    await marks.bookmark.click();
    await expect(marks.bookmark).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => bookmarks(reader)).toEqual([seed.slug]);
    const thanked = await tipFiveYuan(page);
    await expect(thanked.getByText('谢谢你的赞赏！')).toBeVisible();
    expect(await supporterCount(request)).toBe(before + 1);
    const recovered = await request.get(`/api/articles/${encodeURIComponent(unreadArticle.slug)}/supporters`);
    expect(recovered.status()).toBe(200);
    // The refused comment was not kept; the same comment posts now, and shows.
    expect(await (await request.get(comments)).json()).toMatchObject({ count: 0 });
    expect((await reader.post(comments, { data: { body: comment } })).status()).toBe(201);
    expect(JSON.stringify(await (await request.get(comments)).json())).toContain(comment);
  });
}

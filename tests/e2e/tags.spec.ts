import { readIncludedArticles } from './support/articles';
import { decodedPath, encodePath, htmlHeadings } from './support/content';
import { cardLinks, expect, h1Text, test } from './support/fixtures';
import { rawGet, sharedCacheSeconds } from './support/http';

const articles = readIncludedArticles();
/** Tag → titles of its articles; the included tags differ in more than letter case, so each is its own tag. */
const tagged = new Map<string, string[]>();
for (const article of articles) for (const tag of article.tags) tagged.set(tag, [...(tagged.get(tag) ?? []), article.title]);
/** An article with an explicit slug and at least one tag, to start from. */
const start = articles.find((a) => a.slug && a.tags.length > 0)!;

test.beforeAll(() => {
  expect(tagged.size, 'the included content has tags (test premise)').toBeGreaterThan(1);
  expect(start, 'an included article with a slug and tags (test premise)').toBeDefined();
});

test('an article links to each of its tags; a tag page lists the article and leads back to it', async ({ page }) => {
  const articlePath = `/articles/${start.slug}`;
  await page.goto(articlePath);
  const tagList = page.getByRole('list', { name: '标签', exact: true });
  await expect(tagList.getByRole('link')).toHaveText(start.tags);

  // A tag written with capitals (CSS, Hexo, Markdown) has a lower-case URL; any other is kept as is.
  const tag = start.tags.find((t) => /[A-Z]/.test(t)) ?? start.tags[0]!;
  await tagList.getByRole('link', { name: tag, exact: true }).click();
  await expect(page).toHaveURL((url) => decodedPath(url.href) === `/tags/${tag.toLowerCase()}`);
  await expect(page.locator('h1')).toHaveText(tag);
  expect((await cardLinks(page)).map((c) => c.title).sort()).toEqual([...tagged.get(tag)!].sort());

  await page.getByRole('link', { name: start.title, exact: true }).click();
  await expect(page).toHaveURL((url) => decodedPath(url.href) === articlePath);
  await expect(page.locator('h1')).toHaveText(start.title);
  await page.goBack();
  await expect(page).toHaveURL((url) => decodedPath(url.href) === `/tags/${tag.toLowerCase()}`);
  await expect(page.locator('h1')).toHaveText(tag);
});

test('/tags lists every tag once with its article count, most articles first, then by name', async ({ page }) => {
  const expected = [...tagged].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b, 'zh-CN'));
  const response = await page.goto('/tags');
  expect(response?.status()).toBe(200);
  expect(await h1Text(page)).toBe('全部标签');
  const links = page.locator('main').getByRole('list', { name: '标签', exact: true }).getByRole('link');
  // Each link reads "name count" to the eye and "name（N 篇文章）" to a screen reader.
  await expect(links).toHaveText(expected.map(([tag, titles]) => new RegExp(`^${escapeRegExp(tag)}\\s*${titles.length}\\s*（${titles.length} 篇文章）$`)));
  for (const [i, [tag, titles]] of expected.entries()) {
    await links.nth(i).click();
    await expect(page.locator('h1'), `the /tags link for ${tag}`).toHaveText(tag);
    await expect(page.locator('main')).toContainText(`${titles.length} 篇文章`);
    expect((await cardLinks(page)).length, `articles listed under ${tag}`).toBe(titles.length);
    await page.goBack();
    await expect(page.locator('h1')).toHaveText('全部标签');
  }
});

for (const hexCase of ['upper', 'lower'] as const) {
  test(`a Chinese tag URL percent-encoded with ${hexCase}-case hex answers 200`, async ({ baseURL }) => {
    const tag = [...tagged.keys()].find((t) => /[^\x00-\x7f]/.test(t))!;
    const wire = encodePath(`/tags/${tag}`, hexCase);
    expect(wire).not.toContain(tag);
    const response = await rawGet(baseURL!, wire);
    expect(response.status, `GET ${wire}`).toBe(200);
    expect(htmlHeadings(response.body)).toEqual([tag]);
  });
}

for (const target of ['/tags/没有这个标签', '/tags/no-such-tag', `/tags/${encodeURIComponent([...tagged.keys()][0]!)}/page/2`]) {
  test(`${target} answers 404`, async ({ page }) => {
    const response = await page.goto(target);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: '找不到这个页面' })).toBeVisible();
    expect(sharedCacheSeconds(response?.headers()['cache-control'])).toBeLessThanOrEqual(300);
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

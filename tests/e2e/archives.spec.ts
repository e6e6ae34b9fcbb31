import { readIncludedArticles } from './support/articles';
import { decodedPath, normalize, readSeed, seed } from './support/content';
import { expect, h1Text, test } from './support/fixtures';

const articles = readIncludedArticles();
const source = readSeed();

test.beforeEach(async ({ page }) => {
  const response = await page.goto('/archives');
  expect(response?.status()).toBe(200);
});

test('lists every public article exactly once, under the year and month of its date in China', async ({ page }) => {
  expect(await h1Text(page)).toBe('文章归档');
  const listed = await page.locator('main section section').evaluateAll((months) =>
    months.map((month) => {
      const year = month.parentElement!.closest('section')!;
      // A month's region is named by its year's heading and its own: its own is the last.
      const heading = (section: Element) => document.getElementById((section.getAttribute('aria-labelledby') ?? '').split(' ').at(-1)!)?.textContent ?? '';
      return [...month.querySelectorAll('li')].map((li) => ({
        year: heading(year),
        month: heading(month),
        title: li.querySelector('a')?.textContent ?? '',
        date: li.querySelector('time')?.textContent ?? '',
      }));
    }),
  );
  const entries = listed.flat().map((e) => ({ ...e, title: normalize(e.title) }));
  expect(entries.map((e) => e.title).sort()).toEqual(articles.map((a) => a.title).sort());
  for (const article of articles) {
    const entry = entries.find((e) => e.title === article.title)!;
    expect({ year: entry.year, month: entry.month }, article.title).toEqual({ year: `${article.year}年`, month: `${article.month}月` });
    expect(entry.date, `the date shown for ${article.title}`).toMatch(new RegExp(`^${article.month}月\\d{1,2}日$`));
  }
  // Newest first: years, and months within a year, go down.
  const order = entries.map((e) => parseInt(e.year) * 100 + parseInt(e.month));
  expect(order).toEqual([...order].sort((a, b) => b - a));
});

test('shows the seed under 2021年 › 5月 with counts, and links to it', async ({ page }) => {
  const year = page.getByRole('region', { name: '2021年', exact: true });
  const month = year.getByRole('region', { name: '2021年 5月', exact: true });
  const count2021 = articles.filter((a) => a.year === 2021).length;
  const countMay = articles.filter((a) => a.year === 2021 && a.month === 5).length;
  await expect(year).toContainText(`${count2021} 篇`);
  await expect(month).toContainText(`${countMay} 篇`);
  await expect(month.locator('time', { hasText: '5月24日' })).toHaveCount(1);
  await month.getByRole('link', { name: normalize(source.title), exact: true }).click();
  await expect(page).toHaveURL((url) => decodedPath(url.href) === seed.path);
});

test('is linked from the footer, as is /tags', async ({ page }) => {
  const footer = page.getByRole('navigation', { name: '页脚导航', exact: true });
  await expect(footer.getByRole('link', { name: '文章归档', exact: true })).toHaveAttribute('href', '/archives');
  await footer.getByRole('link', { name: '全部标签', exact: true }).click();
  await expect(page).toHaveURL((url) => new URL(url.href).pathname === '/tags');
});

import type { Page } from '@playwright/test';
import { seed } from './support/content';
import { expect, h1Text, test } from './support/fixtures';

/**
 * An article on paper: the article and what identifies it (title, author, date, its address), none
 * of the site around it or of what needs a screen. The seed (a Hexo import with a tip block and a
 * table of contents) and the writing guide (comments open, code blocks).
 */
const articles = [
  { name: 'the seed article', path: seed.path, comments: false, related: false },
  { name: 'an article with comments and code', path: '/articles/writing-syntax', comments: true, related: true },
];

/** Everything that must not reach the paper, by what a reader would call it. */
function screenOnly(page: Page) {
  return {
    'site header': page.getByRole('banner'),
    'site footer': page.getByRole('contentinfo'),
    'tip button': page.locator('a[data-tip-link]'),
    'share menu': page.getByRole('button', { name: '分享' }),
    'bookmark and like buttons': page.locator('[data-testid="marks-article"]'),
    'comment count': page.locator('[data-testid="comment-count"]'),
    'table of contents': page.getByRole('navigation', { name: '目录' }),
    'table of contents fold-out': page.locator('summary', { hasText: '目录' }),
    'related articles': page.getByRole('heading', { name: '相关文章' }),
    'previous and next': page.getByRole('navigation', { name: '上一篇和下一篇' }),
    'back to top': page.getByRole('button', { name: '回到顶部' }),
  };
}

/** Scrolled to the end, then back up a little: the back-to-top control is on screen. */
async function bringBackToTop(page: Page) {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.evaluate(() => window.scrollBy(0, -100));
  await expect(page.getByRole('button', { name: '回到顶部' })).toBeVisible();
}

for (const article of articles) {
  test.describe(`printing ${article.name}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      const response = await page.goto(article.path);
      expect(response?.status()).toBe(200);
    });

    test('leaves out the site and every control, which are on screen before', async ({ page }) => {
      await bringBackToTop(page);
      const parts = screenOnly(page);
      // On screen, the parts this page has are there (the fold-out TOC is for phones only).
      for (const name of ['site header', 'site footer', 'tip button', 'share menu', 'table of contents', 'previous and next', 'back to top'] as const) {
        await expect(parts[name].first(), `${name} on screen`).toBeVisible();
      }
      // The seed has no article related to it, nor comments (`comments: false`).
      if (article.related) await expect(parts['related articles']).toBeVisible();
      if (article.comments) await expect(page.locator('#comments')).toBeVisible();

      await page.emulateMedia({ media: 'print' });
      for (const [name, locator] of Object.entries(parts)) {
        const count = await locator.count();
        for (let i = 0; i < count; i++) await expect(locator.nth(i), `${name} in print`).toBeHidden();
      }
      await expect(page.locator('#comments')).toBeHidden();
    });

    test('keeps the title, author, date, the article’s address and its body', async ({ page }) => {
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('h1')).toBeVisible();
      expect(await h1Text(page)).not.toBe('');
      await expect(page.locator('article header a[rel="author"]')).toBeVisible();
      await expect(page.locator('article header time').first()).toBeVisible();
      const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
      expect(canonical).toMatch(/^https?:\/\//);
      await expect(page.getByText(`原文链接：${canonical}`, { exact: true })).toBeVisible();
      await expect(page.locator('[data-testid="article-body"]')).toBeVisible();
      // The address is for paper only.
      await page.emulateMedia({ media: 'screen' });
      await expect(page.getByText(`原文链接：${canonical}`, { exact: true })).toBeHidden();
    });

    test('fits images and code within the page, in the light colours', async ({ page }) => {
      const author = page.locator('article header a[rel="author"]');
      const lightAuthor = await author.evaluate((a) => getComputedStyle(a).color);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      await page.evaluate(() => document.documentElement.classList.add('dark'));
      const layout = await page.locator('[data-testid="article-body"]').evaluate((body) => ({
        page: document.documentElement.clientWidth,
        body: body.getBoundingClientRect().width,
        images: [...body.querySelectorAll('img')].map((img) => img.getBoundingClientRect().width),
        code: [...body.querySelectorAll('pre')].map((pre) => ({ wraps: getComputedStyle(pre).whiteSpace === 'pre-wrap', cut: pre.scrollWidth > pre.clientWidth + 1 })),
        codeBackgrounds: [...body.querySelectorAll('.code-block')].map((block) => getComputedStyle(block).backgroundColor),
        text: getComputedStyle(document.body).color,
        background: getComputedStyle(document.body).backgroundColor,
      }));
      expect(layout.body).toBeLessThanOrEqual(layout.page);
      for (const width of layout.images) expect(width).toBeLessThanOrEqual(layout.body + 0.5);
      for (const block of layout.code) expect(block).toEqual({ wraps: true, cut: false });
      // Black on white, even with dark mode on: the page, its secondary text and its code blocks.
      expect(layout.text).toBe('rgb(0, 0, 0)');
      expect(layout.background).toBe('rgb(255, 255, 255)');
      expect(await author.evaluate((a) => getComputedStyle(a).color)).toBe(lightAuthor);
      for (const background of layout.codeBackgrounds) expect(background).toBe('rgb(255, 255, 255)');
    });
  });
}

test('an external link in the body prints its address after its text', async ({ page }) => {
  await page.goto('/articles/hexo-migration');
  const link = page.locator('[data-testid="article-body"] a[href^="http"]').first();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^https?:\/\//);
  const after = () => link.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(await after()).not.toContain(href!);
  await page.emulateMedia({ media: 'print' });
  expect(await after()).toBe(`" (${href})"`);
});

test('the seed article makes a PDF', async ({ page }) => {
  await page.goto(seed.path);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // More than an empty page: a page of Chinese text with its fonts is tens of kilobytes.
  expect(pdf.length).toBeGreaterThan(20_000);
});

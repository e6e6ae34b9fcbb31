import { seed } from './support/content';
import { expect, test } from './support/fixtures';

/** The table of contents beside the seed article on a wide screen, and in a fold-out on a phone. */
test.describe('table of contents', () => {
  test('marks the section being read as the reader scrolls, and jumps to a heading', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(seed.path);
    const toc = page.getByRole('navigation', { name: '目录' });
    const current = toc.locator('a[aria-current="location"]');

    const scrollToHeading = (id: string) =>
      page.locator(`h2#${id}`).evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 10));

    await scrollToHeading('toc-2');
    await expect(current).toHaveText('02');

    await scrollToHeading('toc-1');
    await expect(current).toHaveText('01');

    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(current).toHaveCount(0);

    await toc.getByRole('link', { name: '#专栏作家#' }).click();
    await expect(page).toHaveURL(/#/);
    await expect(current).toHaveText('#专栏作家#');
    // The TOC stays in view while the article scrolls under it.
    await expect(toc).toBeInViewport();
  });

  test('folds away on a phone and opens on demand', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(seed.path);
    const toc = page.getByRole('navigation', { name: '目录' });
    await expect(toc).toBeHidden();
    await page.getByText('目录', { exact: true }).first().click();
    await expect(toc.getByRole('link', { name: '02' })).toBeVisible();
  });
});

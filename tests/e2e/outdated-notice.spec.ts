import { seed } from './support/content';
import { expect, test } from './support/fixtures';

/**
 * The 时效提示 as served: the seed (2021, `outdated: true`) carries it with the site's switch off;
 * the writing guide, which says nothing, does not. Its contrast in both schemes is accessibility.spec's.
 */
test.describe('outdated-content notice', () => {
  test('is a labelled note above the body of an article that asks for it, and prints', async ({ page }) => {
    await page.goto(seed.path);
    const note = page.getByRole('note', { name: '时效提示' });
    await expect(note).toBeVisible();
    await expect(note).toContainText(new RegExp(`本文发表于 ${seed.displayDate}，距今已满 \\d+ 年，部分内容可能已经过时`));
    await expect(note.locator('time')).toHaveAttribute('datetime', /^2021-05-2[34]T/);
    const above = await note.evaluate((n) => n.compareDocumentPosition(document.querySelector('[data-testid="article-body"]')!) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(above).toBeTruthy();
    await page.emulateMedia({ media: 'print' });
    await expect(note).toBeVisible();
  });

  test('is not on an article that does not ask for it while the site has it off', async ({ page }) => {
    await page.goto('/articles/writing-syntax');
    await expect(page.locator('[data-testid="article-body"]')).toBeVisible();
    await expect(page.getByRole('note', { name: '时效提示' })).toHaveCount(0);
  });
});

import { expect, test } from './support/fixtures';

/**
 * The 时效提示 as served: the typography guide (March 2024, `outdated: true`) carries it with the site's switch off;
 * the writing guide, which says nothing, does not. Its contrast in both schemes is accessibility.spec's.
 */
test.describe('outdated-content notice', () => {
  test('is a labelled note above the body of an article that asks for it, and prints', async ({ page }) => {
    await page.goto(`/articles/${encodeURIComponent('中文排版的细节')}`);
    const note = page.getByRole('note', { name: '时效提示' });
    await expect(note).toBeVisible();
    await expect(note).toContainText(/本文发表于 2024年3月12日，距今已满 \d+ 年，部分内容可能已经过时/);
    await expect(note.locator('time')).toHaveAttribute('datetime', /^2024-03-12T/);
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

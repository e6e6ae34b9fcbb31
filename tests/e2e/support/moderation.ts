import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** /moderation's list of one article's comments in one status. */
const queue = (status: string, article: string) => `/moderation?status=${status}&article=${encodeURIComponent(article)}`;

/** How many of an article's comments wait for a moderator, as /moderation counts them (signed in as an editor). */
export async function pendingCount(page: Page, article: string): Promise<number> {
  await page.goto(queue('pending', article));
  const tab = page.getByRole('navigation', { name: '评论状态' }).locator('a[aria-current="page"]');
  await expect(tab).toContainText('待审核');
  return Number(await tab.locator('.tabular-nums').textContent());
}

/** Approves every pending comment of an article, one decision at a time, as an editor does. */
export async function approveAll(page: Page, article: string): Promise<void> {
  await page.goto(queue('pending', article));
  for (let left = await pendingCount(page, article); left > 0; left--) {
    await page.getByRole('button', { name: '通过', exact: true }).first().click();
    await expect(page.getByRole('status')).toBeVisible();
    await expect.poll(() => pendingCount(page, article)).toBe(left - 1);
  }
}

import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** /moderation's list of one article's comments in one status. */
const queue = (status: string, article: string) => `/moderation?status=${status}&article=${encodeURIComponent(article)}`;

/** The tab of the status the open /moderation view lists, and the number on it. */
const openTab = (page: Page) => page.getByRole('navigation', { name: '评论状态' }).locator('a[aria-current="page"]');
const openTabCount = (page: Page) => openTab(page).locator('.tabular-nums');

/** How many of an article's comments wait for a moderator, as /moderation counts them (signed in as an editor). */
export async function pendingCount(page: Page, article: string): Promise<number> {
  await page.goto(queue('pending', article));
  await expect(openTab(page)).toContainText('待审核');
  return Number(await openTabCount(page).textContent());
}

/**
 * Approves every pending comment of an article, one decision at a time, as an editor does: each
 * decision brings the queue back, counted one fewer, with what was done said above it.
 */
export async function approveAll(page: Page, article: string): Promise<void> {
  for (let left = await pendingCount(page, article); left > 0; left--) {
    await page.getByRole('button', { name: '通过', exact: true }).first().click();
    await expect(openTabCount(page)).toHaveText(String(left - 1));
    await expect(page.getByRole('status')).toBeVisible();
  }
}

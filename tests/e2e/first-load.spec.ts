import type { Page } from '@playwright/test';
import { accountText } from '../../lib/strings/account';
import { commentText } from '../../lib/strings/comments';
import { previewText } from '../../lib/strings/preview';
import { readingSettingsText } from '../../lib/strings/reading-settings';
import { shareText } from '../../lib/strings/share';
import { tipText } from '../../lib/strings/tip';
import { seed } from './support/content';
import { expect, test } from './support/fixtures';
import { trackRequests } from './support/network';

/** Every script `page` loads from now on, as text. */
function scriptTexts(page: Page): Promise<string>[] {
  const texts: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') texts.push(response.text().catch(() => ''));
  });
  return texts;
}

test("an article's first load carries its islands' text and none of the lazy parts' text", async ({ page }) => {
  const texts = scriptTexts(page);
  const requests = trackRequests(page);
  await page.goto(encodeURI(seed.path));
  await requests.quiet();
  const firstLoad = (await Promise.all(texts)).join('\n');

  // What the article's own islands show arrives with the page…
  for (const shown of [shareText.copy, readingSettingsText.button]) expect(firstLoad, shown).toContain(shown);
  // …and what only the tip dialog, the comments, the account pages or draft preview show does not,
  // nor the development server's content refresher (components/content-refresher.tsx), nor the
  // aids of bodies with code or diagrams, which this one has neither of (components/article/).
  const lazyCode = ['/api/content-version', 'pre[data-language]', 'figure[data-diagram="mermaid"]'];
  for (const lazy of [tipText.confirmHint, commentText.form.guestNote, commentText.moderation.deleteNow, accountText.signInIntro, previewText.noSecret, ...lazyCode]) {
    expect(firstLoad, lazy).not.toContain(lazy);
  }

  // The tip dialog's text comes with its code, when a reader reaches for 赞赏.
  const loaded = texts.length;
  await page.getByRole('link', { name: tipText.button, exact: true }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect((await Promise.all(texts.slice(loaded))).join('\n')).toContain(tipText.confirmHint);
});

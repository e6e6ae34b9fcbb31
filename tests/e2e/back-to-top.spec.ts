import { seed } from './support/content';
import { expect, test } from './support/fixtures';

/** 回到顶部: after a screenful of scrolling, back to the top with focus at the skip target. */
const control = (page: import('@playwright/test').Page) => page.getByRole('button', { name: '回到顶部' });
const scrollTo = (page: import('@playwright/test').Page, y: number | 'screens-2') =>
  page.evaluate((to) => window.scrollTo(0, to === 'screens-2' ? 2 * window.innerHeight : to), y);

test.describe('back to top', () => {
  test('is not there at the top, nor back within the first screenful', async ({ page }) => {
    await page.goto(seed.path);
    await expect(page.locator('h1')).toBeVisible();
    await expect(control(page)).toHaveCount(0);
    await scrollTo(page, 'screens-2');
    await expect(control(page)).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, window.innerHeight - 50));
    await expect(control(page)).toHaveCount(0);
  });

  test('appears past one screenful, returns to the top and moves focus to the main content', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(seed.path);
    await scrollTo(page, 'screens-2');
    await expect(control(page)).toBeInViewport();
    await control(page).click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expect(page.locator('main#main')).toBeFocused();
    await expect(control(page)).toHaveCount(0);
  });

  test('is there when the page starts part-way down, scrolled before its script ran', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    // Holds the page's scripts until the reader has scrolled, as a slow connection or a restored
    // scroll position does.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(seed.path, { waitUntil: 'domcontentloaded' });
    await scrollTo(page, 'screens-2');
    release();
    await expect(control(page)).toBeInViewport();
  });

  test('works from the keyboard, and jumps without motion when the reader asks for less', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(seed.path);
    await scrollTo(page, 'screens-2');
    await control(page).focus();
    await page.keyboard.press('Enter');
    // No smooth scrolling: already at the top once the key has been handled.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect(page.locator('main#main')).toBeFocused();
    // The next Tab starts from the main content, not from where the reader was.
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.closest('main') !== null && document.activeElement!.getBoundingClientRect().top < window.innerHeight);
    expect(next).toBe(true);
  });

  test('on a phone, stays clear of the text while the reader reads on, and comes back on the way up or on Tab', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(seed.path);
    await scrollTo(page, 'screens-2');
    await page.evaluate(() => window.scrollBy(0, 300));
    await expect(control(page)).toBeAttached();
    await expect(control(page)).not.toBeInViewport();
    await control(page).focus();
    await expect(control(page)).toBeInViewport();
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.evaluate(() => window.scrollBy(0, -100));
    await expect(control(page)).toBeInViewport();
    // Where it stands, it is a target a thumb can hit.
    const box = (await control(page).boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
  });

  test('is never there on a page shorter than two screens', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/authors');
    const { height, screen } = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, screen: window.innerHeight }));
    expect(height).toBeLessThan(2 * screen);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.evaluate(() => window.scrollBy(0, -10));
    await expect(page.getByRole('contentinfo')).toBeInViewport();
    await expect(control(page)).toHaveCount(0);
  });
});

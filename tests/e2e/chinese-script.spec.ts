import type { Page } from '@playwright/test';
import { seed } from './support/content';
import { expect, test } from './support/fixtures';
import { trackRequests } from './support/network';

/**
 * The 繁 switch: the page reads in Traditional characters, on later pages from the first paint,
 * without touching URLs or the cached HTML, and 简 again restores the exact text.
 */
const switchButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^繁(体|體)字$/ });
/** Characters of the home page that Traditional writes differently: any of them visible is a flash of Simplified. */
const SIMPLIFIED_ONLY = '东风们这说为时会发经过产业务个来对于进关开动现实';

/** The addresses of the scripts the page asks for from now on. */
function scriptRequests(page: Page): Set<string> {
  const scripts = new Set<string>();
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.add(r.url());
  });
  return scripts;
}

test('the seed article switches to Traditional and back, by keyboard, loading the converter only then', async ({ page, request }) => {
  const scripts = scriptRequests(page);
  const requests = trackRequests(page);
  await page.goto(encodeURI(seed.path));
  await requests.quiet();
  const before = new Set(scripts);
  const h1 = page.getByRole('heading', { level: 1 });
  // The header's login link comes with the session check, which may answer after the network
  // seemed quiet: the text to restore is that of the whole page.
  await expect(page.getByRole('banner').getByRole('link', { name: '登录', exact: true })).toBeVisible();
  const original = await page.locator('body').innerText();
  await expect(h1).toContainText('京东');

  const button = switchButton(page);
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(h1).toContainText('京東');
  await expect(h1).toContainText('新風口');
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  expect(decodeURI(new URL(page.url()).pathname)).toBe(seed.path);
  // The converter came in a chunk of its own, after the switch.
  expect([...scripts].filter((url) => !before.has(url)).length).toBeGreaterThan(0);

  // The cached HTML is the same Simplified page.
  const html = await (await request.get(encodeURI(seed.path))).text();
  expect(html).toContain('京东');
  expect(html).not.toContain('京東');

  await page.keyboard.press('Space');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await expect(h1).toContainText('京东');
  expect(await page.locator('body').innerText()).toBe(original);
});

test('a later page opens in Traditional with no Simplified text ever shown', async ({ page }) => {
  await page.goto('/');
  await switchButton(page).click();
  await expect(page.locator('html')).toHaveAttribute('data-chinese', 'hant');

  // Every frame until the page is converted: is any Simplified-only character visible?
  await page.addInitScript((simplifiedOnly: string) => {
    const seen: string[] = [];
    (window as unknown as { seenSimplified: string[] }).seenSimplified = seen;
    const check = () => {
      const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || getComputedStyle(parent).visibility !== 'visible' || !parent.checkVisibility()) continue;
        if ([...(node.textContent ?? '')].some((c) => simplifiedOnly.includes(c))) seen.push(node.textContent!.trim());
      }
      if (document.documentElement.dataset.chinese !== 'hant') requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, SIMPLIFIED_ONLY);
  await page.goto(encodeURI(seed.path));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('京東');
  expect(await page.evaluate(() => (window as unknown as { seenSimplified: string[] }).seenSimplified)).toEqual([]);
});

test('a Traditional query finds what its Simplified form finds', async ({ page }) => {
  const titles = async (query: string) => {
    await page.goto(`/search?q=${encodeURIComponent(query)}`);
    return page.locator('main article h2').allInnerTexts();
  };
  const simplified = await titles('电商');
  expect(simplified.length).toBeGreaterThan(0);
  expect(await titles('電商')).toEqual(simplified);
});

test('a page whose converter does not come still shows: at once if loading it fails, after a wait if it never answers', async ({ page }) => {
  const scripts = scriptRequests(page);
  const requests = trackRequests(page);
  await page.goto('/');
  await requests.quiet();
  const before = new Set(scripts);
  await switchButton(page).click();
  await expect(page.locator('html')).toHaveAttribute('data-chinese', 'hant');
  const converter = [...scripts].filter((url) => !before.has(url));
  expect(converter.length).toBeGreaterThan(0);
  const shown = () => page.evaluate(() => ({ body: getComputedStyle(document.body).visibility, chinese: document.documentElement.dataset.chinese }));
  const h1 = page.getByRole('heading', { level: 1 });

  // Loading it fails: the page shows as soon as that is known, in Simplified, as written.
  const isConverter = (url: URL) => converter.includes(url.href);
  await page.route(isConverter, (route) => route.abort());
  await page.goto(encodeURI(seed.path));
  await expect.poll(shown).toEqual({ body: 'visible', chinese: 'hant' });
  await expect(h1).toContainText('京东');

  // It never answers: hidden at first, then shown by the style sheet's own timer while still converting.
  await page.unroute(isConverter);
  await page.route(isConverter, () => {});
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      (window as unknown as { firstFrame: string }).firstFrame = getComputedStyle(document.body).visibility;
    });
  });
  await page.goto(encodeURI(seed.path));
  expect(await page.evaluate(() => (window as unknown as { firstFrame: string }).firstFrame)).toBe('hidden');
  await expect.poll(shown, { timeout: 15_000 }).toEqual({ body: 'visible', chinese: 'converting' });
  await expect(h1).toContainText('京东');
});

import { seed } from './support/content';
import { expect, test } from './support/fixtures';

/** One page of every type, on a small phone. */
const pages = [
  { name: 'home', path: '/', status: 200 },
  { name: 'article', path: seed.path, status: 200 },
  { name: 'category list', path: '/categories', status: 200 },
  { name: 'category', path: seed.categoryPath, status: 200 },
  { name: 'author list', path: '/authors', status: 200 },
  { name: 'author', path: seed.authorPath, status: 200 },
  { name: 'tag list', path: '/tags', status: 200 },
  { name: 'tag', path: '/tags/排版', status: 200 },
  { name: 'archive', path: '/archives', status: 200 },
  { name: 'not found', path: '/articles/这篇文章不存在', status: 404 },
];

test.describe('at 360×740', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const target of pages) {
    test(`${target.name} (${target.path}) does not scroll sideways`, async ({ page }) => {
      const response = await page.goto(target.path);
      expect(response?.status()).toBe(target.status);
      await page.evaluate(() => document.fonts.ready);
      const size = await page.evaluate(() => {
        const root = document.scrollingElement ?? document.documentElement;
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
      });
      expect(size.clientWidth).toBe(360);
      expect(size.scrollWidth, `document is ${size.scrollWidth}px wide in a ${size.clientWidth}px viewport`).toBeLessThanOrEqual(size.clientWidth);
    });
  }

  test('Tab from the top of the page focuses a skip link or header link, with a visible focus ring', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      return {
        tag: el.tagName,
        href: el.getAttribute('href'),
        text: (el.textContent ?? '').trim(),
        inHeader: !!el.closest('header, [role="banner"]'),
        outlineStyle: style.outlineStyle,
        outlineWidth: parseFloat(style.outlineWidth) || 0,
        boxShadow: style.boxShadow,
        onScreen: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth,
      };
    });
    expect(focused, 'Tab moved focus into the page').not.toBeNull();
    expect(focused!.tag, `focused ${JSON.stringify(focused)}`).toBe('A');
    const isSkipLink = (focused!.href ?? '').startsWith('#');
    expect(isSkipLink || focused!.inHeader, `first Tab stop is a skip link or in the header: ${JSON.stringify(focused)}`).toBe(true);
    expect(focused!.onScreen, `the focused link is on screen: ${JSON.stringify(focused)}`).toBe(true);
    const ring = (focused!.outlineStyle !== 'none' && focused!.outlineWidth > 0) || (focused!.boxShadow !== 'none' && focused!.boxShadow !== '');
    expect(ring, `visible focus indicator (outline ${focused!.outlineStyle} ${focused!.outlineWidth}px, box-shadow ${focused!.boxShadow})`).toBe(true);

    if (isSkipLink) {
      // The skip link leads to an element that exists.
      const target = decodeURIComponent(focused!.href!.slice(1));
      await expect(page.locator(`[id="${target}"]`)).toHaveCount(1);
    }
  });
});

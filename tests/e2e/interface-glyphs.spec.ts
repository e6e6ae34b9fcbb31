import type { CDPSession, Page } from '@playwright/test';
import { seed } from './support/content';
import { expect, test } from './support/fixtures';

// A character missing from every font an element's style names (☾ and ▾ are not in Noto Sans CJK)
// is drawn in whatever font the reader's system finds for it: on Linux DejaVu Sans, a different
// face and weight from the icons beside it, and elsewhere something else again. The site's own
// interface (header, controls, footer, lists) must be drawn entirely in the fonts it names; what
// authors write may hold any character.

/** What authors wrote: an article's body. (The included articles' titles and excerpts, on cards and in results, need no other font.) */
const AUTHORED = '#article-body';

const GENERIC = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'ui-monospace', 'ui-sans-serif', 'ui-serif', '-apple-system', 'blinkmacsystemfont', 'math', 'emoji']);
/** The concrete families of a computed font-family list, lower-cased. */
const namedFamilies = (fontFamily: string) =>
  fontFamily
    .split(',')
    .map((name) => name.trim().replace(/^["']|["']$/g, '').toLowerCase())
    .filter((name) => !GENERIC.has(name));

type Stray = { text: string; font: string; named: string };

/** Every element of the page outside authored content whose own text is drawn, in part, by a font its style does not name. */
async function strayGlyphs(page: Page, cdp: CDPSession): Promise<Stray[]> {
  await page.evaluate((authored) => {
    for (const el of document.querySelectorAll('body *')) {
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (ownText && el.checkVisibility() && !el.closest(authored)) el.setAttribute('data-glyph-check', '');
    }
  }, AUTHORED);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '[data-glyph-check]' });
  expect(nodeIds.length, 'elements with interface text').toBeGreaterThan(10);
  const strays: Stray[] = [];
  for (const nodeId of nodeIds) {
    const [{ fonts }, { computedStyle }] = await Promise.all([cdp.send('CSS.getPlatformFontsForNode', { nodeId }), cdp.send('CSS.getComputedStyleForNode', { nodeId })]);
    const fontFamily = computedStyle.find((p) => p.name === 'font-family')!.value;
    const named = namedFamilies(fontFamily);
    for (const font of fonts.filter((f) => !named.includes(f.familyName.toLowerCase()))) {
      const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
      strays.push({ text: outerHTML.slice(0, 200), font: font.familyName, named: fontFamily });
    }
  }
  return strays;
}

const PAGES = [seed.path, '/', seed.categoryPath, `/search?q=${encodeURIComponent('产品')}`, '/no-such-page'];

test.use({ viewport: { width: 390, height: 844 } });

test('the interface draws every character in the fonts it names, on a phone and in both themes', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of PAGES) {
      await page.goto(path);
      // The header's menu open, so its links are drawn too.
      await page.locator('header nav summary').click();
      const strays = await strayGlyphs(page, cdp);
      expect(strays, `${path} (${scheme}): interface text drawn by a font its style does not name`).toEqual([]);
    }
  }
});

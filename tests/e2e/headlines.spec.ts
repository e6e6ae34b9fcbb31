import type { Page } from '@playwright/test';
import { boundariesOf, headlinePhrases } from '../../lib/text/headline-phrases';
import { seed } from './support/content';
import { expect, test } from './support/fixtures';

/**
 * Headlines as the browser lays them out: at phone and desktop widths, every line of a title ends
 * between two of the phrases the server found (lib/text/headline-phrases.ts) or at a space, never
 * inside a word, and no title runs out of its box.
 */

type RenderedHeadline = { text: string; lineStarts: number[]; overflows: boolean };

/** Each matching element's text and the offsets (UTF-16) where its second and later lines begin. */
function renderedHeadlines(page: Page, selector: string): Promise<RenderedHeadline[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const lineStarts: number[] = [];
      let offset = 0;
      let lastTop: number | undefined;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const value = node.nodeValue ?? '';
        for (let i = 0; i < value.length; ) {
          const size = value.codePointAt(i)! > 0xffff ? 2 : 1;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + size);
          const rect = range.getBoundingClientRect();
          // A space that ends a line has no box of its own; it decides nothing.
          if (rect.width > 0 && !/\s/.test(value.slice(i, i + size))) {
            // Glyph boxes of CJK text are taller than a tight line, so lines overlap: a new line is
            // one that starts well below the last character's top.
            if (lastTop !== undefined && rect.top > lastTop + rect.height / 2) lineStarts.push(offset + i);
            lastTop = rect.top;
          }
          i += size;
        }
        offset += value.length;
      }
      return { text: element.textContent ?? '', lineStarts, overflows: element.scrollWidth > element.clientWidth + 1 };
    }),
  );
}

/** Line starts that fall neither between two phrases nor after a space. */
function breaksInsideWords({ text, lineStarts }: RenderedHeadline): string[] {
  const allowed = boundariesOf(headlinePhrases(text));
  return lineStarts
    .filter((at) => !allowed.has(at) && !/\s/.test(text[at - 1] ?? ''))
    .map((at) => `${text.slice(0, at)}|${text.slice(at)}`);
}

const widths = [320, 360, 414, 768, 1280];
const pages = [
  { name: 'the seed article', path: seed.path, selector: 'h1' },
  { name: 'the typography guide', path: `/articles/${encodeURIComponent('中文排版的细节')}`, selector: 'h1' },
  { name: 'the home page cards', path: '/', selector: 'article h2, article h3' },
];

for (const { name, path, selector } of pages) {
  test(`${name}: every title line ends between words, at ${widths.join(', ')} px`, async ({ page }, testInfo) => {
    let multiLine = 0;
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      const headlines = await renderedHeadlines(page, selector);
      expect(headlines.length, `${name} at ${width} px`).toBeGreaterThan(0);
      for (const headline of headlines) {
        expect(breaksInsideWords(headline), `${headline.text} at ${width} px`).toEqual([]);
        expect(headline.overflows, `${headline.text} overflows at ${width} px`).toBe(false);
        if (headline.lineStarts.length > 0) multiLine++;
      }
      await testInfo.attach(`${width}px.png`, { body: await page.locator(selector).first().screenshot(), contentType: 'image/png' });
    }
    // The check only means something where titles do wrap.
    expect(multiLine, `titles that wrap on ${name}`).toBeGreaterThan(0);
  });
}

test('the seed title keeps its words whole on a phone and on a desktop', async ({ page }) => {
  // Words of the title as a reader sees them, written here rather than taken from the segmenters.
  const words = ['中心化', '阿里', '京东', '拼多多', '布局', '新风口'];
  for (const width of [320, 360, 414, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(seed.path);
    await page.evaluate(() => document.fonts.ready);
    const [headline] = await renderedHeadlines(page, 'h1');
    expect(headline!.text).toBe('去中心化：阿里、京东、拼多多布局的新风口');
    if (width < 768) expect(headline!.lineStarts.length, `lines at ${width} px`).toBeGreaterThan(0);
    for (const at of headline!.lineStarts) {
      const split = words.find((word) => {
        const start = headline!.text.indexOf(word);
        return at > start && at < start + word.length;
      });
      expect(split, `a line starts at ${headline!.text.slice(at)} (${width} px)`).toBeUndefined();
    }
  }
});

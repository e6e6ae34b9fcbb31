import { decodedPath, normalize, readSeed, seed, unproxied, withoutScheme } from './support/content';
import { HEAD_SCRIPT_ID } from '../../lib/head-script';
import { t } from '../../lib/strings';
import { expect, h1Text, test } from './support/fixtures';

/**
 * The seed article (a woshipm post imported from Hexo) against its own source file: whatever the
 * source says is read from the file here, not copied into the test.
 */
const source = readSeed();
const body = '[data-testid="article-body"]';

test.describe('seed article', () => {
  test.beforeAll(() => {
    // The expectations below are only meaningful if the source was read correctly.
    expect(source.title).toBe('去中心化：阿里、京东、拼多多布局的新风口');
    expect(source.h2.length).toBeGreaterThan(0);
    expect(source.paragraphs.length).toBeGreaterThan(10);
    expect(source.images.length).toBeGreaterThan(0);
    expect(source.hasSupportBlock).toBe(true);
    expect(source.svgCount).toBeGreaterThan(0);
  });

  test.beforeEach(async ({ page }) => {
    const response = await page.goto(seed.path);
    expect(response?.status()).toBe(200);
  });

  test('is a Chinese page titled with the article title', async ({ page }) => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await h1Text(page)).toBe(normalize(source.title));
  });

  test('shows every h2 and every paragraph of the source, in order', async ({ page }) => {
    await expect(page.locator(body)).toHaveCount(1);
    const shownH2 = await page.locator(`${body} h2`).evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    const shownP = await page.locator(`${body} p`).evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    expect(inOrder(source.h2, shownH2.map(normalize)), 'h2 texts missing or out of order').toEqual([]);
    expect(inOrder(source.paragraphs, shownP.map(normalize)), 'paragraph texts missing or out of order').toEqual([]);
  });

  test('shows each body image at its original URL and size, without sending a referrer', async ({ page }) => {
    const shown = await page.locator(`${body} img`).evaluateAll((imgs) =>
      imgs.map((img) => ({
        src: img.getAttribute('src') ?? '',
        width: img.getAttribute('width'),
        height: img.getAttribute('height'),
        referrerpolicy: img.getAttribute('referrerpolicy'),
      })),
    );
    for (const image of source.images) {
      const original = unproxied(image.src);
      expect(original, 'the source image is proxied (test premise)').not.toBe(image.src);
      const match = shown.find((s) => withoutScheme(s.src) === withoutScheme(original));
      expect(match, `body image ${original} (shown: ${JSON.stringify(shown.map((s) => s.src))})`).toBeDefined();
      expect(match!.width, `width of ${original}`).toBe(image.width);
      expect(match!.height, `height of ${original}`).toBe(image.height);
    }
    for (const img of shown) {
      expect(img.src, 'image still goes through the CORS proxy').not.toContain('cors.zfour.workers.dev');
      expect(img.referrerpolicy, `referrerpolicy of ${img.src}`).toBe('no-referrer');
    }
  });

  test('replaces the scraped tip block with the site tip button for the author', async ({ page }) => {
    await expect(page.locator(`${body} svg`)).toHaveCount(0);
    await expect(page.locator('div.support-author')).toHaveCount(0);
    await expect(page.locator('button.button--pay')).toHaveCount(0);
    const tipLinks = page.getByRole('link', { name: /赞赏/ });
    await expect(tipLinks.first()).toBeVisible();
    const hrefs = await tipLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.map(decodedPath)).toContain(seed.tipPath);
  });

  test('shows date, reading time, author, category path and table of contents', async ({ page }) => {
    // Date: the source's instant, as a calendar day in China.
    const expectedDay = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' }).format(
      new Date(source.date),
    );
    expect(expectedDay).toBe(seed.displayDate);
    const time = page.locator('time[datetime]', { hasText: seed.displayDate }).first();
    await expect(time).toBeVisible();
    const datetime = (await time.getAttribute('datetime')) ?? '';
    const instant = new Date(datetime);
    expect(Number.isNaN(instant.getTime()), `datetime="${datetime}" is machine-readable`).toBe(false);
    expect(
      new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' }).format(instant),
    ).toBe(seed.displayDate);

    await expect(page.getByText(/\d+\s*分钟/).first()).toBeVisible();

    const author = page.locator('a[rel~="author"]').first();
    await expect(author).toBeVisible();
    expect(decodedPath(await author.getAttribute('href'))).toBe(seed.authorPath);
    expect(normalize(await author.textContent())).toContain(source.author);

    const crumbs = page.getByRole('navigation', { name: '分类路径', exact: true });
    await expect(crumbs).toBeVisible();
    const crumbLinks = (
      await crumbs.locator('a[href]').evaluateAll((links) => links.map((a) => ({ text: a.textContent ?? '', href: a.getAttribute('href') })))
    ).filter((l) => decodedPath(l.href).startsWith('/categories/'));
    expect(crumbLinks.map((l) => normalize(l.text))).toEqual(source.categories);
    expect(decodedPath(crumbLinks.at(-1)?.href ?? null)).toBe(seed.categoryPath);

    const toc = page.getByRole('navigation', { name: '目录', exact: true });
    await expect(toc).toHaveCount(1);
    const entries = await toc.locator('a[href]').evaluateAll((links) => links.map((a) => ({ text: a.textContent ?? '', href: a.getAttribute('href') ?? '' })));
    expect(inOrder(source.h2, entries.map((e) => normalize(e.text))), 'h2 headings missing from the table of contents').toEqual([]);
    for (const entry of entries) {
      expect(entry.href, `toc link "${entry.text}"`).toMatch(/^#./);
      const id = decodeURIComponent(entry.href.slice(1));
      await expect(page.locator(body).locator(`[id="${id.replace(/"/g, '\\"')}"]`), `toc target #${id}`).toHaveCount(1);
    }
  });
});

/** Occurrences of `text` in `html`. */
const occurrences = (html: string, text: string) => html.split(text).length - 1;

test('sends its body text, structured data and head script once: the payload React hydrates from repeats none of them', async ({ request }) => {
  const response = await request.get(seed.path);
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html, 'the page has a React payload to look into').toContain('self.__next_f.push');
  // The longest run of Chinese characters in the body after its first paragraph (which the
  // description repeats in <head>): no markup falls inside a run, so HTML and a payload alike would
  // hold it as it is.
  const runs = source.paragraphs.slice(1).flatMap((p) => p.match(/\p{Script=Han}+/gu) ?? []);
  const stretch = runs.sort((a, b) => b.length - a.length)[0]!;
  expect(stretch.length).toBeGreaterThan(15);
  expect(occurrences(html, stretch), `"${stretch}"`).toBe(1);
  expect(occurrences(html, '"@type":"BlogPosting"')).toBe(1);
  // The head script's code, as the build compiled it, once: every storage read it makes is in it alone.
  const headScript = new RegExp(`<script id="${HEAD_SCRIPT_ID}">(.+?)</script>`).exec(html)?.[1] ?? '';
  expect(occurrences(headScript, 'localStorage.getItem(')).toBeGreaterThan(0);
  expect(occurrences(html, 'localStorage.getItem(')).toBe(occurrences(headScript, 'localStorage.getItem('));
});

test('sends its category path and the pager under it once, as HTML only', async ({ request }) => {
  const html = await (await request.get(seed.path)).text();
  // Text that only these parts carry, each in the page once: a payload copy would be a second.
  for (const text of [t.article.breadcrumb, t.article.pager]) {
    expect(occurrences(html, text), `"${text}"`).toBe(1);
  }
});

test("the home page sends each listed article's excerpt once, as HTML only", async ({ page, request }) => {
  await page.goto('/');
  const excerpts = await page.locator('main article .line-clamp-3').allTextContents();
  expect(excerpts.length).toBeGreaterThan(1);
  const html = await (await request.get('/')).text();
  for (const excerpt of excerpts) {
    const stretch = (excerpt.match(/\p{Script=Han}+/gu) ?? []).sort((a, b) => b.length - a.length)[0] ?? excerpt;
    expect(occurrences(html, stretch), `"${stretch}"`).toBe(1);
  }
});

/** The items of `expected` that are not found in `actual` in the same order (empty when all are). */
function inOrder(expected: string[], actual: string[]): string[] {
  const missing: string[] = [];
  let from = 0;
  for (const item of expected) {
    const at = actual.indexOf(item, from);
    if (at < 0) missing.push(item);
    else from = at + 1;
  }
  return missing;
}

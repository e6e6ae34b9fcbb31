import type { Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { expect, test } from './support/fixtures';

/**
 * The included article that holds every tag plugin the site renders, math, code and a diagram
 * (content/articles/写作/指南/文章里能用的写法.md), as a reader meets it: accessible in both colour
 * schemes, tabs and folds working by keyboard and without JavaScript, images zooming, code copying.
 * The fixtures fail any test during which the Content-Security-Policy blocked something.
 */
const ARTICLE = '/articles/writing-syntax';
/**
 * axe on the article body: what this page adds. The site's frame around it (header, dates, pager)
 * is every article's, with its own known dark-mode contrast work to do.
 */
const bodyViolations = (page: Page) => axeViolations(page, '#article-body');

const body = (page: Page) => page.getByTestId('article-body');

test('every tag, formula, code block and diagram renders: no tag markers, no raw math, one h1', async ({ page }) => {
  await page.goto(ARTICLE);
  await expect(page.locator('h1')).toHaveCount(1);
  const text = await body(page).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('pre, code').forEach((code) => code.remove());
    return copy.textContent ?? '';
  });
  expect(text).not.toMatch(/\{%|%\}/);
  // Three formulas typeset (inline, display, the math tag), each with its MathML; prices stay prices.
  await expect(body(page).locator('.katex')).toHaveCount(3);
  await expect(body(page).locator('annotation', { hasText: 'E = mc^2' })).toHaveCount(1);
  expect(text).toContain('$5 和 $10');
  // Only pages with math load KaTeX's stylesheet, from the site itself.
  await expect(page.locator('link[rel="stylesheet"][href="/vendor/katex/katex.min.css"]')).toHaveCount(1);
  expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);
  // Every code block highlighted, in both themes' colours.
  const blocks = body(page).locator('pre[data-language]');
  expect(await blocks.count()).toBeGreaterThanOrEqual(4);
  await expect(body(page).locator('pre[data-language="javascript"] span[style*="--shiki-dark"]').first()).toBeVisible();
  await expect(body(page).locator('pre:not([data-language])')).toHaveCount(await body(page).locator('.diagram-source').count());
  // The link to another article by its file name, and the note's Markdown.
  await expect(body(page).getByRole('link', { name: '把 Hexo 博客迁移到 Yuedu' })).toHaveAttribute('href', '/articles/hexo-migration');
  await expect(body(page).locator('strong', { hasText: '提示' })).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violation in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(ARTICLE);
    await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*dark)/);
    // Folded content and every tab panel are checked too.
    await page.locator('details').evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
    expect(await bodyViolations(page)).toEqual([]);
    // Each tab's panel in turn (the radios are visually hidden: their labels are what a reader clicks).
    for (const label of await body(page).locator('.tab-group > label').all()) {
      await label.click();
      expect(await bodyViolations(page)).toEqual([]);
    }
  });
}

test('tabs and folds work with the keyboard', async ({ page }) => {
  await page.goto(ARTICLE);
  const npm = body(page).getByRole('radio', { name: 'npm', exact: true });
  await expect(npm).toBeChecked();
  await expect(body(page).getByText('npm install yuedu')).toBeVisible();
  await expect(body(page).getByText('pnpm add yuedu')).toBeHidden();
  await npm.focus();
  await page.keyboard.press('ArrowRight');
  await expect(body(page).getByRole('radio', { name: 'pnpm' })).toBeChecked();
  await expect(body(page).getByText('pnpm add yuedu')).toBeVisible();
  await expect(body(page).getByText('npm install yuedu')).toBeHidden();

  const fold = body(page).locator('summary', { hasText: '展开看看折叠里的内容' });
  await expect(body(page).getByText('折叠里可以写任何 Markdown')).toBeHidden();
  await fold.focus();
  await page.keyboard.press('Enter');
  await expect(body(page).getByText('折叠里可以写任何 Markdown')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('tabs and folds still work, and a diagram shows its source', async ({ page }) => {
    await page.goto(ARTICLE);
    await body(page).locator('label', { hasText: '说明' }).click();
    await expect(body(page).getByText('没有 JavaScript 时，标签页照样能用键盘切换。')).toBeVisible();
    await expect(body(page).getByText('npm install yuedu')).toBeHidden();
    await body(page).locator('summary', { hasText: '参考答案' }).click();
    await expect(body(page).getByText('答案是 42。')).toBeVisible();
    await expect(body(page).locator('.diagram-source')).toContainText('写作 --> 检查 --> 发布');
  });
});

test('a diagram is drawn, with its source kept folded beneath', async ({ page }) => {
  await page.goto(ARTICLE);
  const diagram = body(page).locator('figure[data-diagram="mermaid"]');
  await expect(diagram.locator('svg')).toBeVisible({ timeout: 15_000 });
  await expect(diagram.locator('details summary')).toBeVisible();
  await expect(diagram.locator('.diagram-source')).toBeHidden();
});

test('an image zooms on click and on Enter; Esc closes it and focus returns to the image', async ({ page }) => {
  await page.goto(ARTICLE);
  const image = body(page).getByRole('button', { name: /^放大图片：行高示意/ });
  // Where the image sits in the page (not the viewport, which closing may scroll to the image).
  const place = () => image.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return { x: rect.x + window.scrollX, y: rect.y + window.scrollY, width: rect.width, height: rect.height };
  });
  const box = await place();
  await image.click();
  const dialog = page.getByRole('dialog', { name: '图片查看' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('img', { name: /行高示意/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(image).toBeFocused();
  // Nothing moved while it was open.
  expect(await place()).toEqual(box);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();
  await expect(image).toBeFocused();
});

test('the copy button copies the code, without line numbers', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(ARTICLE);
  const block = body(page).locator('.code-block', { has: page.locator('pre[data-language="python"]') });
  await block.hover();
  await block.getByRole('button', { name: '复制代码' }).click();
  await expect(block.getByRole('button', { name: '已复制' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe("import yaml\nconfig = yaml.safe_load(open('_config.yml'))\nprint(config['title'])");
});

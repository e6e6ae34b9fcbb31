import type { Page } from '@playwright/test';
import { seed } from './support/content';
import { expect, test } from './support/fixtures';

const bodyFontPx = (page: Page) => page.locator('#article-body, .reading').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
const bodyLeading = (page: Page) =>
  page
    .locator('#article-body, .reading')
    .first()
    .evaluate((el) => {
      const style = getComputedStyle(el);
      return parseFloat(style.lineHeight) / parseFloat(style.fontSize);
    });

/** Opens the panel once the page has hydrated (before that the radios have no state to change). */
async function openPanel(page: Page) {
  const button = page.getByRole('button', { name: '阅读设置' });
  const panel = page.getByRole('dialog', { name: '阅读设置' });
  await expect(async () => {
    await button.click();
    await expect(panel).toBeVisible({ timeout: 1000 });
    await expect(panel.getByRole('radio', { checked: true })).toHaveCount(2, { timeout: 1000 });
  }).toPass();
  return panel;
}

/**
 * Installed before the page's own scripts: records <html>'s reading attributes when <body> first
 * exists, and every layout shift of the page.
 */
function recordBeforePaint() {
  type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node | null }[] };
  const w = window as unknown as { __reading: { atBody?: string | null; shifts: number[]; moved: string[] } };
  const record = (w.__reading = { atBody: undefined as string | null | undefined, shifts: [] as number[], moved: [] as string[] });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Shift[]) {
      if (entry.hadRecentInput) continue;
      record.shifts.push(entry.value);
      // What moved, for the failure message.
      for (const { node } of entry.sources) record.moved.push(node instanceof Element ? node.outerHTML.slice(0, 120) : String(node?.nodeName));
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const check = () => {
    if (!document.body || record.atBody !== undefined) return;
    const root = document.documentElement;
    record.atBody = `${root.getAttribute('data-text-size')}/${root.getAttribute('data-line-spacing')}`;
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
}
const recorded = (page: Page) => page.evaluate(() => (window as unknown as { __reading: { atBody?: string; shifts: number[]; moved: string[] } }).__reading);

test.describe('reading settings', () => {
  test('text size and line spacing change the article text, and survive a reload with no layout shift', async ({ page }) => {
    await page.goto(seed.path);
    const standard = await bodyFontPx(page);
    expect(standard).toBeCloseTo(17, 0);
    const panel = await openPanel(page);
    await expect(panel.getByRole('radio')).toHaveCount(7);

    const sizes: number[] = [];
    // A reader clicks the labels; the radio buttons themselves are visually hidden.
    for (const label of ['小', '标准', '大', '特大', '超大']) {
      await panel.getByText(label, { exact: true }).first().click();
      sizes.push(await bodyFontPx(page));
    }
    // Five distinct steps, each larger than the last, the standard one the size the site starts with.
    expect(sizes[1]).toBe(standard);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]!).toBeGreaterThan(sizes[i - 1]!);
    const tight = await bodyLeading(page);
    await panel.getByText('宽松', { exact: true }).click();
    expect(await bodyLeading(page)).toBeGreaterThan(tight + 0.2);

    await page.addInitScript(recordBeforePaint);
    await page.reload();
    const record = await recorded(page);
    expect(record.atBody, 'the settings were on <html> when <body> first existed').toBe('2xl/loose');
    expect(await bodyFontPx(page)).toBe(sizes[4]);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    // CLS as Lighthouse reports it, to three decimals: 0. Text that grew after the first paint would
    // move the whole body, a shift of 0.1 or more; under load a header item can still move a pixel row.
    const { shifts, moved } = await recorded(page);
    expect(shifts.reduce((a, b) => a + b, 0), `cumulative layout shift after reload; moved: ${moved.join(' | ')}`).toBeLessThan(0.0005);
  });

  test('the settings hold on other pages, and 恢复默认 brings the standard back', async ({ page }) => {
    await page.goto(seed.path);
    const standard = await bodyFontPx(page);
    let panel = await openPanel(page);
    await panel.getByText('大', { exact: true }).click();
    const large = await bodyFontPx(page);
    expect(large).toBeGreaterThan(standard);

    // Another article, reached by a link as a reader would.
    await page.locator('article footer a[href^="/articles/"]').first().click();
    await expect(page).not.toHaveURL(new RegExp(`${encodeURI(seed.path)}$`));
    expect(await bodyFontPx(page)).toBe(large);

    panel = await openPanel(page);
    await expect(panel.getByRole('radio', { name: '大', exact: true })).toBeChecked();
    await panel.getByRole('button', { name: '恢复默认' }).click();
    expect(await bodyFontPx(page)).toBe(standard);
    await page.reload();
    expect(await bodyFontPx(page)).toBe(standard);
  });

  test('the panel is reached and used with the keyboard alone', async ({ page }) => {
    await page.goto(seed.path);
    const standard = await bodyFontPx(page);
    const button = page.getByRole('button', { name: '阅读设置' });
    const panel = page.getByRole('dialog', { name: '阅读设置' });
    await expect(async () => {
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(panel).toBeVisible({ timeout: 1000 });
      await expect(panel.getByRole('radio', { checked: true })).toHaveCount(2, { timeout: 1000 });
    }).toPass();
    // Tab goes from the button into its panel, onto the chosen size; arrows move the choice.
    await page.keyboard.press('Tab');
    await expect(panel.getByRole('radio', { name: '标准' }).first()).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(panel.getByRole('radio', { name: '大', exact: true })).toBeChecked();
    expect(await bodyFontPx(page)).toBeGreaterThan(standard);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
  });

  test('a stored value the site does not know leaves the standard settings and no error', async ({ page, pageErrors }) => {
    await page.goto(seed.path);
    const standard = await bodyFontPx(page);
    await page.evaluate(() => localStorage.setItem('reading-settings', '{"size":"huge"'));
    await page.reload();
    expect(await bodyFontPx(page)).toBe(standard);
    expect(pageErrors).toEqual([]);
  });
});

test.describe('reading settings without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('offers no panel that could not save anything', async ({ page }) => {
    await page.goto(seed.path);
    await expect(page.getByRole('button', { name: '阅读设置' })).toBeHidden();
  });
});

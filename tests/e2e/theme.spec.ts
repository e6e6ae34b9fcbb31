import type { Page } from '@playwright/test';
import { seed } from './support/content';
import { expect, test } from './support/fixtures';

/**
 * Installed with addInitScript, so it runs before any script of the page. Records <html>'s class
 * list at two moments of every page load:
 *  - `atBody`: the moment the <body> element first exists (the brief's "before first paint");
 *  - `atContent`: the moment <body> first holds an element that could be painted (not a script,
 *    style or `hidden` element). Only reported in messages, to tell a visible flash from an early read.
 */
function recordClassBeforePaint() {
  type Record = { atBody?: string; atContent?: string };
  const w = window as unknown as { __themeRecord: Record };
  const record: Record = (w.__themeRecord = {});
  const check = () => {
    const body = document.body;
    if (!body) return false;
    record.atBody ??= document.documentElement.className;
    const content = [...body.children].some(
      (el) => !['SCRIPT', 'TEMPLATE', 'NOSCRIPT', 'STYLE', 'LINK'].includes(el.tagName) && !el.hasAttribute('hidden'),
    );
    if (content) record.atContent ??= document.documentElement.className;
    return record.atContent !== undefined;
  };
  if (check()) return;
  const observer = new MutationObserver(() => {
    if (check()) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
  document.addEventListener('readystatechange', () => check());
}

type ClassRecord = { atBody?: string; atContent?: string };
const recorded = (page: Page) => page.evaluate(() => (window as unknown as { __themeRecord: ClassRecord }).__themeRecord);
const hasDark = (className: string | undefined) => (className ?? '').split(/\s+/).includes('dark');
const explain = (r: ClassRecord) => `<html class> when <body> first existed: "${r.atBody}" (at first paintable content: "${r.atContent}")`;

async function choose(page: Page, label: '浅色' | '深色' | '跟随系统') {
  const group = page.getByRole('radiogroup', { name: '主题', exact: true });
  await expect(group.getByRole('radio')).toHaveCount(3);
  // The active choice is only known once the page has hydrated; clicking earlier would be lost.
  await expect(group.locator('[role="radio"][aria-checked="true"]')).toHaveCount(1);
  const radio = group.getByRole('radio', { name: label, exact: true });
  await radio.click();
  await expect(radio).toHaveAttribute('aria-checked', 'true');
  for (const other of (['浅色', '深色', '跟随系统'] as const).filter((l) => l !== label)) {
    await expect(group.getByRole('radio', { name: other, exact: true })).toHaveAttribute('aria-checked', 'false');
  }
}

test.describe('theme', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(recordClassBeforePaint);
  });

  test('深色 is applied before first paint after a reload, even when the system is light', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(seed.path);
    await choose(page, '深色');
    await expect(page.locator('html')).toHaveClass(/(^|\s)dark(\s|$)/);

    await page.reload();
    const record = await recorded(page);
    expect(hasDark(record.atBody), explain(record)).toBe(true);
    await expect(page.locator('html')).toHaveClass(/(^|\s)dark(\s|$)/);
    await expect(page.getByRole('radio', { name: '深色', exact: true })).toHaveAttribute('aria-checked', 'true');

    // The choice holds on other pages too.
    await page.goto('/');
    const onHome = await recorded(page);
    expect(hasDark(onHome.atBody), explain(onHome)).toBe(true);
  });

  test('浅色 removes dark mode before first paint after a reload, even when the system is dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(seed.path);
    await choose(page, '深色');
    await choose(page, '浅色');
    await expect(page.locator('html')).not.toHaveClass(/(^|\s)dark(\s|$)/);

    await page.reload();
    const record = await recorded(page);
    expect(record.atBody, 'the init script ran').toBeDefined();
    expect(hasDark(record.atBody), explain(record)).toBe(false);
    await expect(page.locator('html')).not.toHaveClass(/(^|\s)dark(\s|$)/);
    await expect(page.getByRole('radio', { name: '浅色', exact: true })).toHaveAttribute('aria-checked', 'true');
  });

  test('跟随系统 follows the system colour scheme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await choose(page, '浅色');
    await choose(page, '跟随系统');
    await expect(page.locator('html')).toHaveClass(/(^|\s)dark(\s|$)/);

    await page.reload();
    const dark = await recorded(page);
    expect(hasDark(dark.atBody), `dark system: ${explain(dark)}`).toBe(true);

    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).not.toHaveClass(/(^|\s)dark(\s|$)/);
    await page.reload();
    const light = await recorded(page);
    expect(light.atBody, 'the init script ran').toBeDefined();
    expect(hasDark(light.atBody), `light system: ${explain(light)}`).toBe(false);
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/**
 * The header on a phone: nothing cut off from 320 px up, every navigation link reachable by tap
 * and by keyboard through the 栏目 disclosure (which needs no script), search and the theme one tap
 * away. From 640 px the links stand in a row.
 */
const links = ['全部分类', '作者'];

/** Header items that reach past the window's right edge, or whose content is cut inside them. */
function clipped(page: Page): Promise<string[]> {
  return page.getByRole('banner').evaluate((header) => {
    const problems: string[] = [];
    const row = header.querySelector(':scope > div')!;
    for (const item of Array.from(row.children) as HTMLElement[]) {
      const box = item.getBoundingClientRect();
      if (box.width === 0) continue;
      const name = item.getAttribute('aria-label') ?? item.textContent?.trim() ?? item.tagName;
      if (box.left < 0 || box.right > document.documentElement.clientWidth) problems.push(`${name} reaches past the window (${Math.round(box.left)}–${Math.round(box.right)})`);
      for (const inner of [item, ...Array.from(item.querySelectorAll<HTMLElement>('*'))]) {
        const box = inner.getBoundingClientRect();
        if (box.width === 0) continue;
        // Content cut by its own box (overflow other than visible), or shown past the window's edge.
        const cuts = getComputedStyle(inner).overflowX !== 'visible' && inner.scrollWidth > inner.clientWidth + 1;
        if (cuts) problems.push(`${inner.textContent?.trim()} is cut inside its box`);
        if (box.right > document.documentElement.clientWidth + 0.5) problems.push(`${inner.textContent?.trim()} reaches past the window`);
      }
    }
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth) problems.push('the page scrolls sideways');
    return problems;
  });
}

for (const width of [320, 360, 414]) {
  test(`at ${width} px nothing in the header is cut off, and every link opens from 栏目 by tap and by keyboard`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    await page.goto('/');
    expect(await clipped(page)).toEqual([]);
    const banner = page.getByRole('banner');
    await expect(banner.getByRole('link', { name: '搜索' })).toBeVisible();
    await expect(banner.getByRole('radiogroup', { name: '主题' })).toBeVisible();

    // By tap: the disclosure opens, and each link is there and leads on.
    const menu = banner.locator('summary', { hasText: '栏目' });
    await menu.click();
    for (const name of links) await expect(banner.getByRole('link', { name, exact: true })).toBeVisible();
    expect(await clipped(page)).toEqual([]);
    await banner.getByRole('link', { name: '全部分类', exact: true }).click();
    await expect(page).toHaveURL(/\/categories$/);

    // By keyboard: Tab reaches 栏目, Enter opens it, Tab walks its links.
    await page.goto('/');
    for (let i = 0; i < 6 && !(await menu.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(menu).toBeFocused();
    await page.keyboard.press('Enter');
    const reached: string[] = [];
    for (let i = 0; i < links.length + 4; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
    }
    for (const name of links) expect(reached).toContain(name);
  });
}

test('without JavaScript the 栏目 disclosure still opens on a phone', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: { width: 320, height: 740 } });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('banner').locator('summary', { hasText: '栏目' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: '作者', exact: true })).toBeVisible();
  await context.close();
});

test('from 640 px the links stand in a row and 栏目 is gone', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const banner = page.getByRole('banner');
  await expect(banner.locator('summary', { hasText: '栏目' })).toBeHidden();
  for (const name of links) await expect(banner.getByRole('link', { name, exact: true })).toBeVisible();
});

/**
 * A server in front of the site that sends each page in two parts, a second apart, the cut just after
 * the header's search form: as a slow connection can deliver it. Everything else passes through.
 */
async function pausingMidHeader(target: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer(async (request, response) => {
    const answer = await fetch(new URL(request.url!, target), { headers: { accept: request.headers.accept ?? '*/*' } });
    const type = answer.headers.get('content-type') ?? '';
    const body = Buffer.from(await answer.arrayBuffer());
    response.writeHead(answer.status, { 'content-type': type });
    const cut = type.startsWith('text/html') ? body.indexOf('</form>') + '</form>'.length : -1;
    if (cut <= 0) return void response.end(body);
    response.write(body.subarray(0, cut));
    setTimeout(() => response.end(body.subarray(cut)), 1_000);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

test('the first frame already holds the whole header: nothing is painted while its row is half there', async ({ page, baseURL }) => {
  const proxy = await pausingMidHeader(baseURL!);
  try {
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        const row = document.querySelector('header > div');
        (window as unknown as { firstFrame: string }).firstFrame = `${row?.querySelector('[role="radiogroup"]') ? 'whole header' : 'header in part'}, ${document.getElementById('main') ? '<main> begun' : 'no <main>'}`;
      });
    });
    await page.goto(`${proxy.url}/`);
    expect(await page.evaluate(() => (window as unknown as { firstFrame: string }).firstFrame)).toBe('whole header, <main> begun');
  } finally {
    await proxy.close();
  }
});

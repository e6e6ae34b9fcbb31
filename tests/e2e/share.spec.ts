import { createRequire } from 'node:module';
import type { Locator, Page } from '@playwright/test';
import { decodedPath, normalize, readSeed, seed } from './support/content';
import { expect, test } from './support/fixtures';
import { trackRequests } from './support/network';

const source = readSeed();
const jsQrScript = createRequire(import.meta.url).resolve('jsqr');

/** The article's canonical address (SITE_URL + path), which the share menu must hand out. */
async function canonicalUrl(page: Page): Promise<string> {
  const href = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(href, 'the article has an absolute canonical URL').toMatch(/^https?:\/\//);
  expect(decodedPath(href)).toBe(seed.path);
  return href!;
}

/** Draws the QR image on a canvas in the page and reads it back with jsQR: what a phone camera would see. */
async function decodeQr(page: Page, qr: Locator): Promise<string | null> {
  await page.addScriptTag({ path: jsQrScript });
  // Visible is not loaded: the <img> has its size before its SVG has arrived, and decoding it then fails.
  await expect.poll(() => qr.evaluate((element) => (element as HTMLImageElement).complete && (element as HTMLImageElement).naturalWidth > 0)).toBe(true);
  return qr.evaluate(async (element) => {
    const side = 400;
    const image = new Image();
    image.src = (element as HTMLImageElement).currentSrc;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = side;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0, side, side);
    const decode = (window as unknown as { jsQR: (data: Uint8ClampedArray, w: number, h: number) => { data: string } | null }).jsQR;
    return decode(context.getImageData(0, 0, side, side).data, side, side)?.data ?? null;
  });
}

const shareButton = (page: Page) => page.getByRole('button', { name: '分享', exact: true });
const weiboLink = (page: Page) => page.getByRole('link', { name: '分享到微博', exact: true });
const qrImage = (page: Page) => page.getByRole('img', { name: '本文链接的二维码', exact: true });

test.describe('share menu', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test.beforeEach(async ({ page }) => {
    expect((await page.goto(seed.path))?.status()).toBe(200);
  });

  test('opens as a disclosure and copies the absolute article URL, saying 已复制', async ({ page }) => {
    const url = await canonicalUrl(page);
    const button = shareButton(page);
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(weiboLink(page)).toBeHidden();
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = page.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
    await expect(panel).toBeVisible();

    const status = panel.getByRole('status');
    await expect(status).toHaveAttribute('aria-live', 'polite');
    await expect(status).toHaveText('');
    await panel.getByRole('button', { name: '复制链接', exact: true }).click();
    await expect(status).toHaveText('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

    // A click elsewhere closes it.
    await page.locator('h1').click();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(panel).toBeHidden();
  });

  test('links to Weibo with the encoded URL and title, in a new tab', async ({ page }) => {
    const url = await canonicalUrl(page);
    await shareButton(page).click();
    const link = weiboLink(page);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /(^|\s)noopener(\s|$)/);
    const raw = (await link.getAttribute('href'))!;
    // Percent-encoded: no raw Chinese in the link.
    expect(raw).not.toMatch(/[^\x00-\x7f]/);
    const href = new URL(raw);
    expect(href.origin + href.pathname).toBe('https://service.weibo.com/share/share.php');
    expect(href.searchParams.get('url')).toBe(url);
    expect(href.searchParams.get('title')).toBe(normalize(source.title));
  });

  test('shows a QR code with an accessible name that scans as the article URL', async ({ page }) => {
    const url = await canonicalUrl(page);
    await shareButton(page).click();
    const qr = qrImage(page);
    await expect(qr).toBeVisible();
    const box = (await qr.boundingBox())!;
    expect(box.width, 'large enough to scan from a screen').toBeGreaterThanOrEqual(150);
    expect(await decodeQr(page, qr)).toBe(url);
  });

  test('loads the QR image only when the panel opens; a made-up article has none', async ({ page, request }) => {
    const qrRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/qr.svg')) qrRequests.push(r.url());
    });
    const requests = trackRequests(page);
    await page.reload();
    await requests.quiet();
    expect(qrRequests, 'no QR request before the menu opens').toEqual([]);
    const [opened] = await Promise.all([page.waitForRequest((r) => r.url().endsWith('/qr.svg')), shareButton(page).click()]);
    await expect(qrImage(page)).toBeVisible();
    const qr = await request.get(new URL(opened.url()).pathname);
    expect(qr.headers()['content-type']).toContain('image/svg+xml');
    const missing = await request.get('/articles/no-such-article/qr.svg');
    expect(missing.status()).toBe(404);
    expect(missing.headers()['cache-control']).toContain('no-store');
  });

  test('works from the keyboard: Enter opens, Esc closes and returns focus, Tab past the panel closes it', async ({ page }) => {
    const button = shareButton(page);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: '复制链接', exact: true })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(qrImage(page)).toBeHidden();
    await expect(button).toBeFocused();

    await page.keyboard.press('Enter');
    await weiboLink(page).focus();
    await page.keyboard.press('Tab');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(weiboLink(page)).toBeHidden();
  });
});

test.describe('share menu without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the Weibo link and the QR code without a button to press', async ({ page }) => {
    expect((await page.goto(seed.path))?.status()).toBe(200);
    await expect(shareButton(page)).toBeHidden();
    await expect(page.getByRole('button', { name: '复制链接', exact: true })).toBeHidden();
    await expect(weiboLink(page)).toBeVisible();
    await expect(qrImage(page)).toBeVisible();
  });
});

test.describe('share menu at 360×740', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('opens inside the screen without sideways scrolling', async ({ page }) => {
    await page.goto(seed.path);
    await shareButton(page).click();
    const qr = qrImage(page);
    await expect(qr).toBeVisible();
    const panel = page.locator(`[id="${await shareButton(page).getAttribute('aria-controls')}"]`);
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    const size = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(size.scroll).toBeLessThanOrEqual(size.client);
  });
});

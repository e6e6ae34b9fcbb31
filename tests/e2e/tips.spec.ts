import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { site } from '../../lib/site';
import { decodedPath, seed } from './support/content';
import { expect, test } from './support/fixtures';
import { FROM_ROUTE_CACHE, rawGet } from './support/http';
import { trackRequests } from './support/network';

// Every test here records tips on the seed article and counts them: one at a time.
test.describe.configure({ mode: 'serial' });

const dialogName = '赞赏 人人都是产品经理';
const supportersApi = `/api/articles/${encodeURIComponent(seed.slug)}/supporters`;
const encodedArticlePath = `/articles/${encodeURIComponent(seed.slug)}`;

const tipLink = (page: Page) => page.getByRole('link', { name: '赞赏', exact: true });
const tipDialog = (page: Page) => page.getByRole('dialog', { name: dialogName });
const island = (page: Page) => page.getByTestId('article-supporters');

/** Radios are drawn by their label (the input itself is visually hidden); a reader clicks the label. */
async function choose(scope: Locator, name: string) {
  await scope.locator('label', { has: scope.page().getByRole('radio', { name, exact: true }) }).click();
  await expect(scope.getByRole('radio', { name, exact: true })).toBeChecked();
}

/** The count the supporters island shows once it has loaded; no count shown means none yet. */
async function shownCount(page: Page): Promise<number> {
  await expect(island(page)).toHaveAttribute('aria-busy', 'false');
  const match = /(\d+) 人赞赏/.exec((await island(page).textContent()) ?? '');
  return match ? Number(match[1]) : 0;
}

async function apiCount(request: APIRequestContext): Promise<number> {
  const response = await request.get(supportersApi);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { count: number }).count;
}

async function openDialog(page: Page): Promise<Locator> {
  expect((await page.goto(seed.path))?.status()).toBe(200);
  await tipLink(page).click();
  const dialog = tipDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

test.describe('tip dialog', () => {
  test('its code loads only when a reader reaches for the 赞赏 button', async ({ page }) => {
    const requests = trackRequests(page);
    await page.goto(seed.path);
    await requests.quiet();
    const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script').map((e) => e.name));
    const before = await scripts();
    await expect(tipDialog(page)).toBeHidden();
    await tipLink(page).hover();
    await expect.poll(async () => (await scripts()).filter((name) => !before.includes(name)).length, { message: 'a script loaded on hover' }).toBeGreaterThan(0);
    await tipLink(page).click();
    await expect(tipDialog(page)).toBeVisible();
  });

  test('records a ¥5 tip once, even on a double click, and the count goes up by one', async ({ page }) => {
    expect((await page.goto(seed.path))?.status()).toBe(200);
    const before = await shownCount(page);
    await tipLink(page).click();
    const dialog = tipDialog(page);
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    await expect(dialog.getByRole('heading', { name: dialogName })).toBeVisible();

    await choose(dialog, '¥5');
    const code = dialog.getByRole('img', { name: '人人都是产品经理的微信收款码' });
    await expect(code).toBeVisible();
    expect((await code.boundingBox())!.width, 'wide enough to scan from a screen').toBeGreaterThanOrEqual(200);
    expect(await code.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), 'the receive code loads').toBe(true);

    await choose(dialog, '支付链接');
    await expect(code).toBeHidden();
    const payLink = dialog.getByRole('link', { name: /示例支付页：支付 ¥5/ });
    await expect(payLink).toBeVisible();
    await expect(payLink).toHaveAttribute('target', '_blank');
    await expect(payLink).toHaveAttribute('rel', /(^|\s)noopener(\s|$)/);
    const href = new URL((await payLink.getAttribute('href'))!);
    expect(href.origin).toBe('https://example.com');
    expect(href.searchParams.get('amount')).toBe('5');

    await dialog.getByRole('button', { name: '我已赞赏' }).dblclick();
    await expect(dialog.getByText('谢谢你的赞赏！')).toBeVisible();
    await expect(dialog.getByText(site.tipDefaults.message!)).toBeVisible();
    // The island refreshes on its own…
    await expect(island(page)).toContainText(`${before + 1} 人赞赏`);
    await expect(island(page).getByRole('img', { name: '匿名读者' }).first()).toBeVisible();

    // …and a fresh page load agrees: two clicks, one tip.
    await page.reload();
    expect(await shownCount(page)).toBe(before + 1);
  });

  test('works from the keyboard; Esc closes it and focus returns to the button', async ({ page }) => {
    expect((await page.goto(seed.path))?.status()).toBe(200);
    const button = tipLink(page);
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = tipDialog(page);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: '关闭' })).toBeFocused();

    // Into the amounts, then along them with the arrow keys.
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('radio', { name: '¥2', exact: true })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(dialog.getByRole('radio', { name: '¥5', exact: true })).toBeChecked();

    // Focus stays inside the modal dialog however far one tabs.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((d) => d.contains(document.activeElement) || document.activeElement === document.body)).toBe(true);
    }

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('closes on a click on the backdrop, and the close button returns focus too', async ({ page }) => {
    const dialog = await openDialog(page);
    const box = (await dialog.boundingBox())!;
    await page.mouse.click(Math.max(2, box.x / 2), Math.max(2, box.y / 2));
    await expect(dialog).toBeHidden();

    await tipLink(page).click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect(dialog).toBeHidden();
    await expect(tipLink(page)).toBeFocused();
  });

  test('refuses an amount out of range before sending anything', async ({ page }) => {
    const dialog = await openDialog(page);
    const custom = dialog.getByLabel('其他金额（元）');
    await custom.fill('0.5');
    await expect(custom).toHaveAttribute('aria-invalid', 'true');
    await dialog.getByRole('button', { name: '我已赞赏' }).click();
    await expect(dialog.getByText(/请选择金额，或填写 1 到 2000 元之间的金额/)).toBeVisible();
    await expect(dialog.getByText('谢谢你的赞赏！')).toBeHidden();

    // A valid custom amount goes into the link, two decimals kept.
    await custom.fill('5.2');
    await choose(dialog, '支付链接');
    const href = new URL((await dialog.getByRole('link', { name: /示例支付页：支付 ¥5\.20/ }).getAttribute('href'))!);
    expect(href.searchParams.get('amount')).toBe('5.20');
  });

  test('shows a message with HTML in it as text, escaped', async ({ page }) => {
    const note = '<img src="x" onerror="window.__tipped=1"><b>粗体</b> 谢谢';
    const dialog = await openDialog(page);
    await choose(dialog, '¥2');
    const message = dialog.getByLabel('留言（可选）');
    await message.fill(note);
    await expect(dialog.getByText(`${note.length}/200`)).toBeVisible();
    await dialog.getByRole('button', { name: '我已赞赏' }).click();

    await expect(dialog.getByText('谢谢你的赞赏！')).toBeVisible();
    const echo = dialog.getByTestId('tip-message-echo');
    await expect(echo).toHaveText(note);
    expect(await echo.locator('*').count(), 'no element made from the message').toBe(0);
    expect(await dialog.locator('img[src="x"], b').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __tipped?: number }).__tipped)).toBeUndefined();
  });
});

test.describe('tip page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the 赞赏 link leads to a form that records the tip and thanks the reader', async ({ page, request }) => {
    const before = await apiCount(request);
    expect((await page.goto(seed.path))?.status()).toBe(200);
    await tipLink(page).click();
    await expect(page).toHaveURL((url) => decodedPath(url.href) === seed.tipPath && url.searchParams.get('article') === seed.slug);
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // Every way to pay is shown at once, the links once per preset amount.
    await expect(page.getByRole('img', { name: '人人都是产品经理的微信收款码' })).toBeVisible();
    await expect(page.getByRole('img', { name: '人人都是产品经理的支付宝收款码' })).toBeVisible();
    const tenYuan = page.getByRole('link', { name: /^¥10/ });
    expect(new URL((await tenYuan.getAttribute('href'))!).searchParams.get('amount')).toBe('10');

    const form = page.locator('form').filter({ has: page.getByRole('button', { name: '我已赞赏' }) });
    await choose(form, '¥10');
    await choose(form, '支付宝');
    const note = '<script>window.__tipped=1</script>无脚本也能赞赏';
    await page.getByLabel('留言（可选）').fill(note);
    await page.getByRole('button', { name: '我已赞赏' }).click();

    await expect(page.getByText('谢谢你的赞赏！')).toBeVisible();
    await expect(page.getByText(site.tipDefaults.message!)).toBeVisible();
    const echo = page.getByTestId('tip-message-echo');
    await expect(echo).toHaveText(note);
    expect(await echo.locator('*').count(), 'no element made from the message').toBe(0);
    expect(await apiCount(request)).toBe(before + 1);
  });
});

test.describe('tip page for no particular article', () => {
  test('shows the ways to pay but no form when no article, or another author’s, is named', async ({ page }) => {
    for (const target of [seed.tipPath, `${seed.tipPath}?article=hexo-migration`]) {
      expect((await page.goto(target))?.status()).toBe(200);
      await expect(page.getByRole('img', { name: '人人都是产品经理的微信收款码' })).toBeVisible();
      await expect(page.getByText(/从文章末尾的“赞赏”按钮来到这里/)).toBeVisible();
      await expect(page.getByRole('button', { name: '我已赞赏' })).toHaveCount(0);
    }
  });
});

test.describe('pages stay static', () => {
  test('the article is still served from the full-route cache after tips, without the count in it', async ({ baseURL, request }) => {
    expect(await apiCount(request), 'the tests above recorded tips').toBeGreaterThan(0);
    for (let i = 0; i < 2; i++) {
      const response = await rawGet(baseURL!, encodedArticlePath);
      expect(response.status).toBe(200);
      expect(response.headers['x-nextjs-cache']).toMatch(FROM_ROUTE_CACHE);
      expect(response.body).not.toMatch(/\d+ 人赞赏/);
    }
  });

  test('the author page shows the author’s supporter count from its island', async ({ page, request }) => {
    const response = await request.get(`/api/authors/woshipm/supporters`);
    expect(response.status()).toBe(200);
    const { count } = (await response.json()) as { count: number };
    expect(count).toBeGreaterThan(0);
    expect((await page.goto(seed.authorPath))?.status()).toBe(200);
    await expect(page.getByTestId('author-supporters')).toHaveText(`${count} 人赞赏过`);
  });
});

test.describe('tip dialog at 360×740', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('fits the screen without sideways scrolling', async ({ page }) => {
    const dialog = await openDialog(page);
    await choose(dialog, '¥5');
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    const overflow = await dialog.evaluate((d) => d.scrollWidth - d.clientWidth);
    expect(overflow, 'nothing inside the dialog is wider than it').toBeLessThanOrEqual(0);
    const code = dialog.getByRole('img', { name: '人人都是产品经理的微信收款码' });
    expect((await code.boundingBox())!.width).toBeGreaterThanOrEqual(200);
    const size = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(size.scroll).toBeLessThanOrEqual(size.client);
  });
});

import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';
import { oidcClient } from './login-env.mjs';
import { oidcIssuer } from './paths';

/** A login no other test uses, so tests running side by side never share a reader. */
export function newLogin(prefix = 'r'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}`;
}

/** The name the test identity provider gives a login: `alice` → `Alice 测试`. */
export const displayName = (login: string) => `${login[0]!.toUpperCase()}${login.slice(1)} 测试`;

export const signInButtonName = `使用 ${oidcClient.name} 登录`;

/**
 * Signs in through the real redirect flow: the site's sign-in page, the provider's login form,
 * the callback, and back to `returnTo` (a path on the site).
 */
export async function signIn(page: Page, login: string, returnTo = '/'): Promise<void> {
  await page.goto(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByRole('button', { name: signInButtonName }).click();
  await page.waitForURL((url) => url.href.startsWith(oidcIssuer));
  await page.getByLabel('用户名').fill(login);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.href.startsWith(oidcIssuer) && !url.pathname.startsWith('/api/auth/'));
  await expectSignedIn(page, login);
}

/** The header shows the reader's avatar menu, named after them. */
export async function expectSignedIn(page: Page, login: string): Promise<void> {
  await expect(page.getByRole('banner').getByLabel(`${displayName(login)} 的账户菜单`)).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  const banner = page.getByRole('banner');
  await banner.getByLabel(/ 的账户菜单$/).click();
  await banner.getByRole('button', { name: '退出登录' }).click();
  await expect(banner.getByRole('link', { name: '登录', exact: true })).toBeVisible();
}

/** A new browser (no cookies, no storage) signed in as `login`: another device of the same reader. */
export async function signedInContext(browser: Browser, baseURL: string, login: string, returnTo = '/'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  await signIn(page, login, returnTo);
  return { context, page };
}

/** The 收藏 / 点赞 buttons of the article page (in its header). */
export function articleMarks(page: Page) {
  const marks = page.getByTestId('marks-article');
  return {
    bookmark: marks.getByRole('button', { name: /收藏/ }),
    like: marks.getByRole('button', { name: /点赞/ }),
    status: marks.getByRole('status'),
  };
}

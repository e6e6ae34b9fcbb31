import http from 'node:http';
import type { Socket } from 'node:net';
import { t } from '../../lib/strings';
import { readSeed, seed, withoutBreakHints } from './support/content';
import { expect, test } from './support/fixtures';
import { ports } from './support/paths';
import { signInButtonName } from './support/reader';

/**
 * The identity provider fails: the `site-idp` server signs readers in through a provider that this
 * spec runs itself and breaks four ways. Each time, 登录 comes back to the sign-in page saying in
 * Chinese that the sign-in service could not be reached, ready to try again; and every page still
 * reads as before.
 */
test.describe.configure({ mode: 'serial' });

type Breakage = 'refuses connections' | 'answers with an HTML page' | 'answers JSON that is not an OpenID configuration' | 'never answers';
let breakage: Breakage = 'refuses connections';
const sockets = new Set<Socket>();

const provider = http.createServer((_request, response) => {
  if (breakage === 'answers with an HTML page') response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>维护中</body></html>');
  else if (breakage === 'answers JSON that is not an OpenID configuration') response.writeHead(200, { 'content-type': 'application/json' }).end('{"issuer": 42, "authorization_endpoint": null}');
  // 'never answers': the request is left open until the site gives up.
});
provider.on('connection', (socket) => {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
  if (breakage === 'refuses connections') socket.destroy();
});

test.beforeAll(() => new Promise<void>((resolve) => provider.listen(ports.brokenIdp, '127.0.0.1', resolve)));
test.afterAll(() => {
  for (const socket of sockets) socket.destroy();
  return new Promise<void>((resolve) => provider.close(() => resolve()));
});

const seedTitle = readSeed().title;

for (const way of ['refuses connections', 'answers with an HTML page', 'answers JSON that is not an OpenID configuration', 'never answers'] as const) {
  test(`when the identity provider ${way}, sign-in says so and reading goes on`, async ({ page, request }) => {
    test.setTimeout(60_000);
    breakage = way;
    await page.goto(`/login?callbackUrl=${encodeURIComponent(seed.path)}`);
    await page.getByRole('button', { name: signInButtonName }).click();
    // next-auth sends the reader back to the sign-in page with the reason, which says it in words.
    await expect(page).toHaveURL((url) => url.pathname === '/login' && url.searchParams.get('error') === 'OAuthSignin', { timeout: 20_000 });
    const alert = page.getByRole('main').getByRole('alert');
    await expect(alert).toContainText(t.reader.signInError.title);
    await expect(alert).toContainText(t.reader.signInError.reasons.OAuthSignin);
    await expect(page.getByRole('button', { name: signInButtonName })).toBeVisible();
    // Still signed out, and every page reads as before.
    await expect(page.getByRole('banner').getByRole('link', { name: '登录', exact: true })).toBeVisible();
    for (const path of ['/', `/articles/${encodeURIComponent(seed.slug)}`, '/feed.xml', `/search?q=${encodeURIComponent('去中心化')}`]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(withoutBreakHints(await response.text()), path).toContain(seedTitle);
    }
  });
}

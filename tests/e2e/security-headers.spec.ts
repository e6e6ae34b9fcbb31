import { seed } from './support/content';
import { expect, test } from './support/fixtures';

/**
 * The security headers every response carries: pages (prerendered, rendered on request, 404),
 * feeds, API answers, scripts and images. The browser side, that the policy blocks nothing the
 * site itself needs, is checked by every spec (support/fixtures.ts).
 */

const encodedSeed = encodeURIComponent(seed.slug);
const targets = [
  '/',
  `/articles/${encodedSeed}`,
  `/articles/${seed.slug}`,
  '/categories',
  '/search?q=%E4%BA%A7%E5%93%81',
  '/feed.xml',
  '/sitemap.xml',
  '/icon.svg',
  `/api/articles/${encodedSeed}/supporters`,
  '/api/reader/state',
  '/articles/no-such-article',
  '/no-such-page',
];

/** Content-Security-Policy as a map of directive → its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

test('every response carries the security headers', async ({ request, page }) => {
  await page.goto(`/articles/${encodedSeed}`);
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  expect(script).toBeTruthy();
  for (const target of [...targets, script!]) {
    const response = await request.get(target, { maxRedirects: 0 });
    const headers = response.headers();
    const where = `${target} (${response.status()})`;
    expect(headers['x-content-type-options'], where).toBe('nosniff');
    expect(headers['referrer-policy'], where).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], where).toContain('camera=()');
    expect(headers['x-frame-options'], where).toBe('DENY');
    expect(headers['strict-transport-security'], where).toMatch(/^max-age=\d{8,}/);
    const policy = directives(headers['content-security-policy'] ?? '');
    expect(policy.get('object-src'), where).toEqual(["'none'"]);
    expect(policy.get('base-uri'), where).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors'), where).toEqual(["'none'"]);
    expect(policy.get('default-src'), where).toEqual(["'self'"]);
    // Inline scripts boot the static pages; nothing else: no eval, no other origin, no wildcard.
    expect(policy.get('script-src'), where).toEqual(["'self'", "'unsafe-inline'"]);
  }
});

/**
 * What an injected script would try, as an inline script the page itself carries (page.evaluate
 * runs with the browser's debugging rights, which eval is not refused to): eval, a script from
 * another origin, a plugin. The outcome is left on <html> for the test to read.
 */
const probe = `
  const root = document.documentElement;
  document.addEventListener('securitypolicyviolation', (event) => { root.dataset.blocked = (root.dataset.blocked ?? '') + ' ' + event.effectiveDirective; });
  try { eval('1'); root.dataset.evaluated = 'yes'; } catch { root.dataset.evaluated = 'no'; }
  const script = document.createElement('script');
  script.src = 'http://127.0.0.1:9/injected.js';
  document.head.append(script);
  addEventListener('DOMContentLoaded', () => {
    const plugin = document.createElement('object');
    plugin.data = '/icon.svg';
    document.body.append(plugin);
  });
`;

test('the policy stops a script the page did not come with', async ({ page, policyViolations }) => {
  await page.route(`**/articles/${encodedSeed}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('</head>', `<script>${probe}</script></head>`);
    await route.fulfill({ response, body: html });
  });
  await page.goto(`/articles/${encodedSeed}`);
  const root = page.locator('html');
  await expect(root).toHaveAttribute('data-blocked', /object-src/);
  await expect(root).toHaveAttribute('data-evaluated', 'no');
  const blocked = new Set((await root.getAttribute('data-blocked'))!.trim().split(/\s+/));
  expect([...blocked].sort()).toEqual(['object-src', 'script-src', 'script-src-elem']);
  // The watch every spec keeps (the browser's console) saw the blocked loads too; here they were the
  // point, so they do not fail the test.
  await expect.poll(() => policyViolations.join('\n')).toMatch(/injected\.js[\s\S]*icon\.svg|icon\.svg[\s\S]*injected\.js/);
  policyViolations.splice(0);
});

import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { readContent } from '../../lib/content/load';
import { site } from '../../lib/site';
import { t } from '../../lib/strings';
import { expect, test } from './support/fixtures';
import { rawGet } from './support/http';
import { corpusPrerender, corpusSourceDir, ports, repoRoot } from './support/paths';

/**
 * A content file that breaks after the server started (a self-hosted site whose content folder is
 * edited in place): its article, rendered on request, fails with the site's error page, not cached,
 * while every list, feed and other article goes on; mended, it renders again. Runs the `corpus`
 * build (only the newest articles prerendered) on a copy of the corpus this spec may edit.
 */
test.describe.configure({ mode: 'serial' });

const base = `http://127.0.0.1:${ports.brokenAtRequest}`;
let server: ChildProcess | undefined;
let tempDir: string;
let articlesDir: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yuedu-broken-at-request-'));
  articlesDir = path.join(tempDir, 'articles');
  fs.cpSync(corpusSourceDir, articlesDir, { recursive: true });
  const nextBin = createRequire(path.join(repoRoot, 'package.json')).resolve('next/dist/bin/next');
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_DIST_DIR: '.next-corpus', ARTICLES_DIR: articlesDir, DATA_DIR: path.join(tempDir, 'data'), NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' };
  for (const name of Object.keys(env)) if (/^(AUTH_|NEXTAUTH_|DATABASE_URL$|CONTENT_DIR$)/.test(name)) delete env[name];
  server = spawn(process.execPath, [nextBin, 'start', '-p', String(ports.brokenAtRequest), '-H', '127.0.0.1'], { cwd: repoRoot, env, stdio: 'ignore' });
  await expect.poll(async () => (await fetch(base).catch(() => undefined))?.status, { timeout: 90_000, intervals: [500] }).toBe(200);
});

test.afterAll(() => {
  server?.kill('SIGTERM');
  fs.rmSync(tempDir, { recursive: true, force: true });
});

test('an article whose file breaks after start gets the error page; the lists and other articles do not notice', async ({ page }) => {
  const { all } = await readContent({ contentDir: path.join(repoRoot, 'content'), articlesDir, timeZone: 'Asia/Shanghai' });
  // The oldest two: rendered on request, never ahead of time.
  const [broken, other] = all.slice(corpusPrerender.articles).slice(-2);
  // A page rendered on request makes the server read the content, as it was at this moment.
  expect((await rawGet(base, `/articles/${encodeURIComponent(other!.slug)}`)).status).toBe(200);
  const file = path.join(articlesDir, broken!.file);
  const original = fs.readFileSync(file);
  fs.writeFileSync(file, '---\ntitle: [没有收尾\n---\n正文');

  const failed = await rawGet(base, `/articles/${encodeURIComponent(broken!.slug)}`);
  expect(failed.status).toBe(500);
  expect(failed.headers['cache-control'] ?? '').not.toMatch(/s-maxage=[1-9]/);
  // A reader sees the site's error page, inside the site, with a way to try again.
  const response = await page.goto(`${base}/articles/${encodeURIComponent(broken!.slug)}`);
  expect(response?.status()).toBe(500);
  await expect(page.getByRole('alert').getByRole('heading', { name: t.error.title })).toBeVisible();
  await expect(page.getByRole('button', { name: t.error.retry })).toBeVisible();
  // Drawn in the browser from the payload alone, the page still has the site's header and footer.
  await expect(page.getByRole('banner').getByRole('link', { name: site.name, exact: true })).toBeVisible();
  await expect(page.getByRole('contentinfo').getByRole('link', { name: t.archives, exact: true })).toBeVisible();

  for (const target of ['/', '/page/2', '/feed.xml', '/archives', `/articles/${encodeURIComponent(other!.slug)}`]) {
    const response = await rawGet(base, target);
    expect(response.status, target).toBe(200);
  }
  // The lists still show the article: its metadata was read when the server started.
  const archives = await rawGet(base, '/archives');
  expect(archives.body).toContain(`/articles/${encodeURIComponent(broken!.slug)}`);

  fs.writeFileSync(file, original);
  const mended = await rawGet(base, `/articles/${encodeURIComponent(broken!.slug)}`);
  expect(mended.status).toBe(200);
  expect(mended.body).not.toContain(t.error.title);
});

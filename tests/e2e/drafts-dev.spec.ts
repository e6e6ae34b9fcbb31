import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fixture } from './support/drafts-env';
import { expect, test } from './support/fixtures';
import { ports, repoRoot } from './support/paths';

/**
 * `npm run dev` on an author's machine: drafts are open to everyone there, and saving a content
 * file shows on the open page without a restart or a reload.
 */

const port = ports.draftsDev;
const base = `http://127.0.0.1:${port}`;
let server: ChildProcess | undefined;
let contentDir: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yuedu-dev-content-'));
  fs.cpSync(path.join(repoRoot, 'tests', 'fixtures', 'drafts'), contentDir, { recursive: true });
  const nextBin = createRequire(path.join(repoRoot, 'package.json')).resolve('next/dist/bin/next');
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: '.next-dev-test', DATA_DIR: path.join(contentDir, 'data'), NEXT_TELEMETRY_DISABLED: '1' };
  for (const name of Object.keys(env)) if (/^(AUTH_|NEXTAUTH_|DATABASE_URL$|NODE_ENV$|ARTICLES_DIR$)/.test(name)) delete env[name];
  server = spawn(process.execPath, [nextBin, 'dev', '-p', String(port), '-H', '127.0.0.1'], { cwd: repoRoot, env, stdio: 'ignore' });
  await expect.poll(async () => (await fetch(`${base}/api/content-version`).catch(() => undefined))?.status, { timeout: 150_000, intervals: [1000] }).toBe(200);
});

test.afterAll(() => {
  server?.kill('SIGTERM');
  fs.rmSync(contentDir, { recursive: true, force: true });
});

test('a draft is open to everyone in development, marked as a preview', async ({ page }) => {
  test.setTimeout(180_000);
  const response = await page.goto(`${base}/articles/${fixture.drafts.a1.slug}`, { timeout: 150_000 });
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText(fixture.drafts.a1.title);
  await expect(page.getByTestId('preview-banner')).toContainText('开发模式：草稿对所有人可见。');
});

test('saving the article file updates the open page', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`${base}/articles/${fixture.drafts.a1.slug}`, { timeout: 150_000 });
  await expect(page.locator('h1')).toHaveText(fixture.drafts.a1.title);
  const file = path.join(contentDir, 'articles', 'draft-flag.md');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('未完成的稿子', '改过的稿子').replace('作者还在写', '作者刚改过'));
  await expect(page.locator('h1')).toHaveText('改过的稿子 DRAFT-MARKER-A1', { timeout: 30_000 });
  // The body too, which a production page sends once, as HTML only.
  await expect(page.getByTestId('article-body')).toContainText('作者刚改过');
});

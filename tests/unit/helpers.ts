import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { parseArticle, type ParseContext } from '@/lib/content/article';
import { bodyToHast, type BodyFormat } from '@/lib/content/markdown';
import type { SearchDocument } from '@/lib/search/build';
import { collectSearchDocuments } from '@/lib/search/documents';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
/** Real scraped Hexo posts shared by every checkout; read-only. */
export const corpusDir = path.resolve(repoRoot, '../shared/corpus');
/** The four real Hexo blogs (../shared/hexo-sites), where the browser tests find them too. */
export { hexoSitesDir as sitesDir } from '../e2e/support/paths';
/** The original woshipm article the site was built around. */
export const seedFile = path.resolve(repoRoot, '../shared/seed/000_e98eb0f3304e80a3.txt');

/**
 * Returns a function that makes a fresh folder under the OS temp dir; every folder made during a
 * test is removed after it, so tests never see each other's files.
 */
export function useTempDirs(): () => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
  });
  return async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'yuedu-test-'));
    made.push(dir);
    return dir;
  };
}

/** The address the site-level tests give the site (SITE_URL). */
export const testSiteUrl = 'https://yuedu.example';

/** Points env() — and so the content index, feeds and sitemap — at these folders, at `testSiteUrl`. */
export function stubSiteEnv(contentDir: string, articlesDir: string): void {
  vi.stubEnv('CONTENT_DIR', contentDir);
  vi.stubEnv('ARTICLES_DIR', articlesDir);
  vi.stubEnv('SITE_URL', testSiteUrl);
}

/**
 * The articles the search relevance cases (search-relevance.json) are judged over: the included
 * content and the shared corpus, copied together into a temporary folder the site's environment
 * points at until `remove`, and their search documents.
 */
export async function relevanceCorpus(): Promise<{ documents: SearchDocument[]; remove(): Promise<void> }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'yuedu-search-'));
  await fs.cp(path.join(repoRoot, 'content'), dir, { recursive: true });
  await fs.cp(corpusDir, path.join(dir, 'articles', 'corpus'), { recursive: true });
  stubSiteEnv(dir, path.join(dir, 'articles'));
  return {
    documents: await collectSearchDocuments(),
    async remove() {
      vi.unstubAllEnvs();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Makes the whole site — `getArticles()`, feeds, sitemap — read `files` (relative to a content root,
 * articles under `articles/`) for every test in the file. The content index and env() are built
 * once per process, so one content folder serves the whole file.
 */
export function useSiteContent(files: Record<string, string>): void {
  let dir: string | undefined;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'yuedu-site-'));
    await writeFiles(dir, files);
    stubSiteEnv(dir, path.join(dir, 'articles'));
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });
}

/** Writes `{ 'relative/path.md': 'text' }` below `root`, creating folders as needed. */
export async function writeFiles(root: string, files: Record<string, string>): Promise<void> {
  for (const [relative, text] of Object.entries(files)) {
    const file = path.join(root, relative);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, text);
  }
}

/** A post with the given front-matter lines; a date and author are added unless given. */
export function post(frontMatter: string, body = '正文。'): string {
  const lines = [frontMatter];
  if (!/^date:/m.test(frontMatter)) lines.push('date: 2021-05-24 08:00:00');
  if (!/^author:/m.test(frontMatter)) lines.push('author: 测试作者');
  return `---\n${lines.join('\n')}\n---\n${body}`;
}

export function parse(raw: string, file = 'post.md', context: Partial<ParseContext> = {}) {
  return parseArticle(file, raw, { timeZone: 'Asia/Shanghai', ...context });
}

/** The body as the page would render it, as HTML text. */
export async function renderBody(source: string, format: BodyFormat = 'md'): Promise<string> {
  return toHtml(await bodyToHast(source, format));
}

/** Runs one of scripts/ with tsx, as its npm script would, in `env` (the whole environment). */
export function runScript(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; lines: string[]; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(repoRoot, 'node_modules', '.bin', 'tsx'), [script, ...args], { cwd: repoRoot, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, lines: stdout.split('\n').filter(Boolean), stderr }));
  });
}

/** A search document that matches nothing but what a test gives it. */
export const searchDocument = (over: Partial<SearchDocument> & { slug: string }): SearchDocument => ({
  date: '2022-01-01T00:00:00.000Z',
  title: '无关的标题',
  excerpt: '',
  categories: ['随笔'],
  tags: [],
  author: '测试作者',
  body: '一段与查询无关的正文。',
  ...over,
});

import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { afterEach } from 'vitest';
import { parseArticle, type ParseContext } from '@/lib/content/article';
import { bodyToHast, type BodyFormat } from '@/lib/content/markdown';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
/** Real scraped Hexo posts shared by every checkout; read-only. */
export const corpusDir = path.resolve(repoRoot, '../shared/corpus');
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

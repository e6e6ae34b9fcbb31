import fs from 'node:fs/promises';
import path from 'node:path';

const ARTICLE_EXTENSIONS = new Set(['.md', '.markdown', '.mdx']);

/**
 * Every article file below `dir`, as sorted relative paths (sorted so that every build sees the
 * same order and resolves conflicts the same way). Hidden files and folders are skipped.
 */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && ARTICLE_EXTENSIONS.has(path.extname(e.name).toLowerCase()))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .filter((rel) => !rel.split(path.sep).some((part) => part.startsWith('.')))
    .sort();
}

export function formatOf(file: string): 'md' | 'mdx' {
  return path.extname(file).toLowerCase() === '.mdx' ? 'mdx' : 'md';
}

export async function readText(file: string): Promise<string> {
  return (await fs.readFile(file, 'utf8')).replace(/^\uFEFF/, '');
}

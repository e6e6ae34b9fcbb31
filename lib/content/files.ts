import type { Dirent } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ContentProblem } from './types';

const ARTICLE_EXTENSIONS = new Set(['.md', '.markdown', '.mdx']);

const isArticleName = (name: string) => ARTICLE_EXTENSIONS.has(path.extname(name).toLowerCase());

/**
 * Every article file below `dir`, as sorted relative paths (sorted so that every build sees the
 * same order and resolves conflicts the same way). Hidden files and folders are skipped. Links are
 * followed, as Hexo does, except a link back into a folder it sits in (a loop) and a link to
 * nothing: those are left out and reported in `problems`, named by their path.
 */
export async function listArticleFiles(dir: string, problems: ContentProblem[] = []): Promise<string[]> {
  const files: string[] = [];
  const root = await fs.realpath(dir);
  const walk = async (folder: string, real: string, ancestors: Set<string>): Promise<void> => {
    const entries = await fs.readdir(folder, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(folder, entry.name);
      const file = path.relative(dir, full);
      const kind = await entryKind(entry, full);
      if (kind === 'broken link') {
        if (isArticleName(entry.name)) problems.push({ file, message: 'is a link to a file that does not exist; skipped', severity: 'warning' });
      } else if (kind === 'file') {
        if (isArticleName(entry.name)) files.push(file);
      } else if (kind === 'folder') {
        const target = entry.isSymbolicLink() ? await fs.realpath(full) : path.join(real, entry.name);
        if (ancestors.has(target)) {
          problems.push({ file, message: `links back to the folder ${path.relative(dir, target) || '.'} that holds it, a loop; skipped`, severity: 'warning' });
        } else {
          await walk(full, target, new Set([...ancestors, target]));
        }
      }
    }
  };
  await walk(dir, root, new Set([root]));
  return files.sort();
}

async function entryKind(entry: Dirent, full: string): Promise<'file' | 'folder' | 'broken link' | 'other'> {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'folder';
  if (!entry.isSymbolicLink()) return 'other';
  try {
    const target = await fs.stat(full);
    return target.isFile() ? 'file' : target.isDirectory() ? 'folder' : 'other';
  } catch {
    return 'broken link';
  }
}

export function formatOf(file: string): 'md' | 'mdx' {
  return path.extname(file).toLowerCase() === '.mdx' ? 'mdx' : 'md';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A text file's content, without a byte-order mark. Rejects, saying where, a file that is not text:
 * NUL bytes (an image or other binary file given an article's name) or bytes that are not UTF-8 (a
 * GBK export, a truncated copy). Decoding such a file leniently would publish mojibake.
 */
export async function readText(file: string): Promise<string> {
  const bytes = await fs.readFile(file);
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new Error(`is not a text file: it has a NUL byte (line ${lineAt(bytes.toString('utf8', 0, nul))})`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    // The lenient decoding marks the first bad byte with U+FFFD; the line is what a writer needs.
    const lenient = bytes.toString('utf8');
    throw new Error(`is not valid UTF-8 text (line ${lineAt(lenient.slice(0, lenient.indexOf('\uFFFD')))}); save it as UTF-8`);
  }
  return text.replace(/^\uFEFF/, '');
}

const lineAt = (before: string) => before.split('\n').length;

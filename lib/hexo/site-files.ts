import fs from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import type { HexoSite } from './config';

/**
 * The files a Hexo site publishes besides its posts, at the address Hexo gave each (relative to the
 * site root, no leading slash): everything under `source/` outside `_posts` and `_drafts` that Hexo
 * does not render (images, robots.txt, downloads) and, with `post_asset_folder`, each post's asset
 * folder under the post's own address. Pages (Markdown under `source/`) are listed apart: the site
 * renders them.
 */
export type SiteFiles = {
  /** Address → file, relative to the source folder (posix separators). */
  files: Record<string, string>;
  /** Markdown pages, relative to the source folder: `about/index.md`. */
  pages: string[];
};

const PAGE_TYPES = new Set(['.md', '.markdown']);
/** Files Hexo renders through a theme or a stylesheet compiler: nothing a reader can use as they are. */
const TEMPLATE_TYPES = new Set(['.ejs', '.njk', '.swig', '.pug', '.jade', '.styl', '.less', '.sass', '.scss']);

/** Hexo skips names starting with `_` or `.` anywhere in the path (processor/common isHiddenFile). */
const hiddenToHexo = (relative: string) => relative.split('/').some((part) => part.startsWith('_') || part.startsWith('.'));

async function walk(dir: string, base = ''): Promise<string[]> {
  const entries = await fs.readdir(path.join(dir, base), { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const relative = base ? `${base}/${entry.name}` : entry.name;
    if (entry.isDirectory() || (entry.isSymbolicLink() && (await fs.stat(path.join(dir, relative)).then((s) => s.isDirectory(), () => false)))) {
      found.push(...(await walk(dir, relative)));
    } else {
      found.push(relative);
    }
  }
  return found;
}

/** A post's asset folder: the post file's path without its extension. */
export const assetFolderOf = (postFile: string) => postFile.slice(0, postFile.length - path.extname(postFile).length);

/**
 * Where Hexo publishes a file of a post's asset folder: under the post's path, its `.html` taken off
 * (hexo models/post_asset): `2020/01/02/foo/` + `a.png`, `posts/3f9a.html` → `posts/3f9a/a.png`.
 */
export function postAssetPath(oldPath: string, name: string): string {
  return path.posix.join(oldPath.replace(/\.html?$/, ''), name);
}

export async function listSiteFiles(site: HexoSite, posts: { file: string; oldPath?: string }[]): Promise<SiteFiles> {
  const files: Record<string, string> = {};
  const pages: string[] = [];
  const skipRender = site.skipRender.length ? picomatch(site.skipRender) : () => false;
  for (const relative of await walk(site.sourceDir)) {
    if (hiddenToHexo(relative) || relative.endsWith('~') || relative.endsWith('%')) continue;
    const type = path.extname(relative).toLowerCase();
    if (!skipRender(relative)) {
      if (PAGE_TYPES.has(type)) {
        pages.push(relative);
        continue;
      }
      if (TEMPLATE_TYPES.has(type)) continue;
    }
    files[relative] = relative;
  }
  // Published whatever post_asset_folder says: Typora's `post-name/a.png` needs them too, and a
  // folder a post does not refer to costs nothing.
  {
    for (const post of posts) {
      if (!post.oldPath) continue;
      const folder = assetFolderOf(post.file.split(path.sep).join('/'));
      for (const name of await walk(site.sourceDir, folder)) {
        const inside = name.slice(folder.length + 1);
        if (hiddenToHexo(inside) || PAGE_TYPES.has(path.extname(name).toLowerCase())) continue;
        files[postAssetPath(post.oldPath, inside)] ??= name;
      }
    }
  }
  return { files, pages };
}

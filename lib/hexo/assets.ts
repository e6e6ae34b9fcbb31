import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { HexoSite } from './config';
import { assetFolderOf, postAssetPath } from './site-files';

/** Where a post's relative files are found and published (lib/content/markdown.ts BodyContext). */
export type PostFiles = {
  /** The post file, absolute. */
  filePath: string;
  hexo: Pick<HexoSite, 'sourceDir' | 'root'>;
  /** The post's Hexo path: its asset folder is published under it. */
  oldPath: string;
  /** Told of every file looked for and whether it was there: what the result depends on besides the post (scripts/content/cache.ts). */
  onFileCheck?: (file: string, found: boolean) => void;
};

export type ResolvedFile = { url: string; file: string; width?: number; height?: number };
export type PostImage = ResolvedFile | { missing: string };

/** Has a scheme (`https:`, `data:`) or is protocol-relative: not a file of the site. */
const isExternal = (src: string) => /^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//') || src.startsWith('#');

const encodePath = (relative: string) => relative.split('/').map(encodeURIComponent).join('/');

/** Each segment percent-decoded (`%24I.png` is `$I.png`); a stray `%` is part of the name. */
function decoded(src: string): string {
  return src
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}

/** Whether `file` is a file: the question resolvePostFile asks of each place a post's file may be. */
export const isFile = (file: string) => {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};

const sizes = new Map<string, { width?: number; height?: number }>();
function measure(file: string): { width?: number; height?: number } {
  if (!sizes.has(file)) {
    try {
      const { width, height } = imageSize(fs.readFileSync(file));
      sizes.set(file, width && height ? { width, height } : {});
    } catch {
      sizes.set(file, {});
    }
  }
  return sizes.get(file)!;
}

/**
 * A file a post refers to, as Hexo publishes it: in the post's asset folder (`a.png`, `./a.png`,
 * Typora's `post-name/a.png`), anywhere else under `source/` by a relative path, or by a root path
 * (`/images/a.png`). Undefined for what is not the site's file (an http(s) or data: URL, an anchor);
 * `{ missing }` with where it looked for a file that is not there.
 */
export function resolvePostFile(src: string, post: PostFiles): ResolvedFile | { missing: string } | undefined {
  const raw = src.trim().split(/[?#]/)[0]!;
  if (!raw || isExternal(raw)) return undefined;
  const target = decoded(raw);
  const { sourceDir, root } = post.hexo;
  const exists = (file: string) => {
    const found = isFile(file);
    post.onFileCheck?.(file, found);
    return found;
  };
  const assetDir = path.join(path.dirname(post.filePath), path.basename(assetFolderOf(post.filePath)));
  if (target.startsWith('/')) {
    const underRoot = root !== '/' && target.startsWith(root) ? target.slice(root.length - 1) : target;
    // The post's own asset address (`/2020/01/02/post/a.png`, as asset_img writes it): its asset folder.
    const ownAssets = `/${postAssetPath(post.oldPath, '')}`.replace(/\/*$/, '/');
    if (underRoot.startsWith(ownAssets)) {
      const file = path.join(assetDir, underRoot.slice(ownAssets.length));
      if (exists(file)) return { url: src.trim(), file };
    }
    const file = path.join(sourceDir, underRoot);
    if (!file.startsWith(sourceDir + path.sep) || !exists(file)) return { missing: path.relative(path.dirname(sourceDir), file) };
    return { url: src.trim(), file };
  }
  const beside = path.resolve(path.dirname(post.filePath), target);
  // `a.png` in the asset folder first (Hexo's own rule), then the path as written from the post's folder (Typora's).
  for (const file of [path.resolve(assetDir, target), beside]) {
    if (!exists(file)) continue;
    const inAssets = path.relative(assetDir, file);
    if (!inAssets.startsWith('..') && !path.isAbsolute(inAssets)) {
      return { url: `${root}${encodePath(postAssetPath(post.oldPath, inAssets.split(path.sep).join('/')))}`, file };
    }
    const inSource = path.relative(sourceDir, file).split(path.sep).join('/');
    if (!inSource.startsWith('..') && !/(^|\/)[_.]/.test(inSource)) return { url: `${root}${encodePath(inSource)}`, file };
  }
  return { missing: path.relative(path.dirname(sourceDir), path.resolve(assetDir, target)) };
}

/** resolvePostFile, measured: an image's width and height from its file. */
export function resolvePostImage(src: string, post: PostFiles): PostImage | undefined {
  const found = resolvePostFile(src, post);
  if (!found || 'missing' in found) return found;
  return { ...found, ...measure(found.file) };
}

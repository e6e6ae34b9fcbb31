import path from 'node:path';
import type { HexoSite } from '../hexo/config';
import type { PostFiles } from '../hexo/assets';
import type { LinkedPost } from '../hexo/tags/types';
import type { BodyContext } from './markdown';
import { mathMode } from './math/mode';
import { hexoRenderSettings } from './render-settings';

/**
 * The name Hexo's `post_link` knows a post by: its path under `_posts` (or the articles folder)
 * without the extension, as Hexo's slug is.
 */
export function postLinkKey(file: string, hexo: boolean): string {
  const parts = file.split(/[\\/]/);
  const relative = (hexo ? parts.slice(1) : parts).join('/');
  return relative.slice(0, relative.length - path.extname(relative).length);
}

/**
 * The posts `post_link` can name: by slug, as Hexo looks first, then by the file's own name, then
 * by title, as Hexo falls back to.
 */
export function linkedPostLookup(posts: { key: string; title: string; href: string }[]): (slug: string) => LinkedPost | undefined {
  const linked = posts.map((post) => ({ href: post.href, title: post.title }));
  const byName = new Map<string, LinkedPost>();
  for (const name of [(p: (typeof posts)[number]) => p.key, (p: (typeof posts)[number]) => path.posix.basename(p.key), (p: (typeof posts)[number]) => p.title]) {
    posts.forEach((post, i) => {
      if (!byName.has(name(post))) byName.set(name(post), linked[i]!);
    });
  }
  return (slug) => byName.get(slug);
}

/** How one body is rendered: the same for the content step (text, TOC, warnings) and for its page. */
export function bodyContext(options: {
  hexo?: HexoSite;
  post?: PostFiles;
  frontMatter: Record<string, unknown>;
  bodyLine?: number;
  linkedPost?: (slug: string) => LinkedPost | undefined;
  warn?: (message: string) => void;
}): BodyContext {
  const { hexo, post, frontMatter, bodyLine, linkedPost, warn } = options;
  return {
    post,
    settings: hexo ? hexoRenderSettings(hexo) : undefined,
    math: mathMode({ site: hexo, frontMatter }),
    linkedPost,
    firstLine: bodyLine,
    warn,
  };
}

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

type LinkablePost = { key: string; title: string; href: string };

const lookups = new WeakMap<object, (slug: string) => LinkedPost | undefined>();

/**
 * The post a `post_link` names: by slug, as Hexo looks first, then by the file's own name, then by
 * title, as Hexo falls back to. The lookup holds every post under three names, so it is made from
 * `posts()` on the first link a body asks for, once per `owner` (an index, or the list of posts a
 * build shares): bodies that link to no post never make it.
 */
export function linkedPostOnFirstLink(owner: object, posts: () => LinkablePost[]): (slug: string) => LinkedPost | undefined {
  return (slug) => {
    let lookup = lookups.get(owner);
    if (!lookup) {
      lookup = linkedPostLookup(posts());
      lookups.set(owner, lookup);
    }
    return lookup(slug);
  };
}

function linkedPostLookup(posts: LinkablePost[]): (slug: string) => LinkedPost | undefined {
  const byName = new Map<string, LinkedPost>();
  const names = [(p: LinkablePost) => p.key, (p: LinkablePost) => path.posix.basename(p.key), (p: LinkablePost) => p.title];
  const linked = posts.map((post) => ({ href: post.href, title: post.title }));
  for (const nameOf of names) {
    posts.forEach((post, i) => {
      const name = nameOf(post);
      if (!byName.has(name)) byName.set(name, linked[i]!);
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

import path from 'node:path';
import type { Root } from 'hast';
import { nodeTypes } from '@mdx-js/mdx';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { rehypeArticleImages } from './images';
import { rehypeDropScriptUrls, sanitizeSchema } from './sanitize';
import { rehypeTipBlock } from './tip-block';
import { resolvePostImage, type PostFiles } from '../hexo/assets';
import { assetTags } from '../hexo/tags/asset';
import { replaceTags } from '../hexo/tags/parse';

export type BodyFormat = 'md' | 'mdx';

/**
 * Where a body's own files are: a Hexo post's asset folder and source folder (lib/hexo/assets.ts).
 * Without it, images are as written (public/ files and remote URLs).
 */
export type BodyContext = {
  post?: PostFiles;
  /** Told of each problem found while rendering (a missing image), for the content step's warnings. */
  warn?: (message: string) => void;
};

const publicDir = path.resolve('public');

export const remarkPlugins: PluggableList = [remarkGfm];

/**
 * One list for both places a body is processed — the metadata index (text, TOC, excerpt) and the
 * page render — so heading ids in the TOC always match the ids on the page.
 * `.md` is untrusted imported HTML: parsed, then sanitized. `.mdx` is trusted and not sanitized.
 */
export function rehypePlugins(format: BodyFormat, context: BodyContext = {}): PluggableList {
  const { post, warn } = context;
  const resolve = post && ((src: string) => resolvePostImage(src, post));
  const shared: PluggableList = [rehypeSlug, [rehypeArticleImages, { publicDir, resolve, warn }]];
  if (format === 'mdx') return [rehypeTipBlock, ...shared];
  return [[rehypeRaw, { passThrough: nodeTypes }], rehypeTipBlock, [rehypeSanitize, sanitizeSchema], rehypeDropScriptUrls, ...shared];
}

/** A Hexo post's tag plugins, replaced before Markdown as Hexo does (lib/hexo/tags). MDX is the site's own format: left alone. */
function expandTags(source: string, format: BodyFormat, { post, warn }: BodyContext): string {
  if (format !== 'md' || !post) return source;
  return replaceTags(source, assetTags(post, warn ?? (() => {})));
}

/** The body as a hast tree, exactly as the page will render it (minus React components). */
export async function bodyToHast(raw: string, format: BodyFormat, context: BodyContext = {}): Promise<Root> {
  const source = expandTags(raw, format, context);
  const processor = unified()
    .use(remarkParse)
    .use(format === 'mdx' ? [remarkMdx] : [])
    .use(remarkPlugins)
    .use(remarkRehype, { allowDangerousHtml: true, passThrough: [...nodeTypes] })
    .use(rehypePlugins(format, context));
  return (await processor.run(processor.parse(source))) as Root;
}

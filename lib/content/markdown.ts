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

export type BodyFormat = 'md' | 'mdx';

const publicDir = path.resolve('public');

export const remarkPlugins: PluggableList = [remarkGfm];

/**
 * One list for both places a body is processed — the metadata index (text, TOC, excerpt) and the
 * page render — so heading ids in the TOC always match the ids on the page.
 * `.md` is untrusted imported HTML: parsed, then sanitized. `.mdx` is trusted and not sanitized.
 */
export function rehypePlugins(format: BodyFormat): PluggableList {
  const shared: PluggableList = [rehypeSlug, [rehypeArticleImages, { publicDir }]];
  if (format === 'mdx') return [rehypeTipBlock, ...shared];
  return [[rehypeRaw, { passThrough: nodeTypes }], rehypeTipBlock, [rehypeSanitize, sanitizeSchema], rehypeDropScriptUrls, ...shared];
}

/** The body as a hast tree, exactly as the page will render it (minus React components). */
export async function bodyToHast(source: string, format: BodyFormat): Promise<Root> {
  const processor = unified()
    .use(remarkParse)
    .use(format === 'mdx' ? [remarkMdx] : [])
    .use(remarkPlugins)
    .use(remarkRehype, { allowDangerousHtml: true, passThrough: [...nodeTypes] })
    .use(rehypePlugins(format));
  return (await processor.run(processor.parse(source))) as Root;
}

import path from 'node:path';
import type { ElementContent, Root } from 'hast';
import { nodeTypes } from '@mdx-js/mdx';
import { fromHtml } from 'hast-util-from-html';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkBreaks from 'remark-breaks';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { remarkCjkSoftBreaks } from './cjk-breaks';
import { remarkFenceMeta, rehypeFenceMeta } from './code/fence-meta';
import { rehypeHighlightCode } from './code/highlight';
import { rehypeHexoHeadingIds, rehypeOneH1 } from './headings';
import { rehypeArticleImages } from './images';
import { rehypeKatexMath } from './math/katex';
import { remarkMathSyntax, texDelimiters } from './math/syntax';
import { rehypeMermaid } from './mermaid';
import { SITE_RENDER_SETTINGS, type RenderSettings } from './render-settings';
import { rehypeDropScriptUrls, sanitizeSchema } from './sanitize';
import { remarkSmartypants } from './smartypants';
import { rehypeTipBlock } from './tip-block';
import { resolvePostImage, type PostFiles } from '../hexo/assets';
import { tagFamilies } from '../hexo/tags';
import { expandTags } from '../hexo/tags/parse';
import { rehypeTagSlots } from '../hexo/tags/slots';
import type { LinkedPost, TagContext } from '../hexo/tags/types';

export type BodyFormat = 'md' | 'mdx';

/** Whether a body has math: the site's and the post's settings (lib/content/math/mode.ts), else decided from the text. */
export type MathMode = 'on' | 'off' | 'detect';

/**
 * Where a body's own files are and how its Markdown reads. Without it, a body reads as the site's
 * own Markdown: images as written (public/ files and remote URLs), no Hexo settings.
 */
export type BodyContext = {
  /** A Hexo post's asset folder and source folder (lib/hexo/assets.ts). */
  post?: PostFiles;
  /** The Markdown renderer's settings (a Hexo site's, lib/content/render-settings.ts). */
  settings?: RenderSettings;
  math?: MathMode;
  /** The post a Hexo `post_link` names, at its address here. */
  linkedPost?: (slug: string) => LinkedPost | undefined;
  /** The file's line the body starts at (after the front matter), so warnings name the file's lines. */
  firstLine?: number;
  /** Told of each problem found while rendering (a missing image, an unknown tag), for the content step's warnings. */
  warn?: (message: string) => void;
  /**
   * 'page' (the default) renders everything the reader sees; 'text' leaves out what only changes the
   * look (highlighting, typeset math), for the index's text, TOC and excerpt.
   */
  purpose?: 'page' | 'text';
};

const publicDir = path.resolve('public');

/** Markdown syntax beyond CommonMark, for both formats: GFM, emphasis next to Chinese punctuation, math. */
export function remarkPlugins(context: BodyContext = {}): PluggableList {
  return [remarkGfm, remarkCjkFriendly, ...remarkMathSyntax(context.math ?? 'detect')];
}

/** How line breaks and quotes read: the renderer's settings, for imported Markdown only. */
function remarkTypography(settings: RenderSettings): PluggableList {
  return [settings.breaks ? remarkBreaks : remarkCjkSoftBreaks, ...(settings.smartypants ? [remarkSmartypants] : []), ...(settings.fenceArguments ? [remarkFenceMeta] : [])];
}

/**
 * What runs on a tree the site trusts — the sanitized `.md` body, or the site's own `.mdx` —
 * adding the site's own markup: heading levels and ids, measured images, typeset math, highlighted
 * code, diagrams. One list for the metadata index (text, TOC, excerpt) and the page, so the TOC's ids
 * always match the page's.
 */
function trustedPlugins(context: BodyContext): PluggableList {
  const { post, warn = () => {}, settings = SITE_RENDER_SETTINGS, purpose = 'page' } = context;
  const resolve = post && ((src: string) => resolvePostImage(src, post));
  return [
    rehypeOneH1,
    settings.hexoHeadingIds ? [rehypeHexoHeadingIds, { anchorCase: settings.anchorCase }] : rehypeSlug,
    [rehypeArticleImages, { publicDir, resolve, warn }],
    // The index's text keeps each formula's source, but its warnings are the content step's to give.
    [rehypeKatexMath, { warn, firstLine: context.firstLine, checkOnly: purpose === 'text' }],
    ...(purpose === 'page' ? [rehypeFenceMeta, [rehypeHighlightCode, { lineNumbers: settings.codeLineNumbers }], rehypeMermaid] : []),
  ] as PluggableList;
}

/** `.mdx` is the site's own trusted format, compiled by next-mdx-remote: these run after it is parsed. */
export function mdxRehypePlugins(context: BodyContext = {}): PluggableList {
  return [rehypeTipBlock, ...trustedPlugins(context)];
}

/**
 * Imported `.md` is untrusted: its tag plugins expanded (their markup kept aside), its Markdown and
 * HTML parsed, then sanitized; only then do the tags' markup go in. Synchronous, so that a tag's body
 * (a note, a tab) is rendered the same way, in place.
 */
function untrustedHast(raw: string, context: BodyContext, tags: TagContext, firstLine = context.firstLine ?? 1): Root {
  const settings = context.settings ?? SITE_RENDER_SETTINGS;
  const { source, slots } = expandTags(raw, { families: tagFamilies(context.post), context: tags, firstLine });
  const mode = context.math ?? 'detect';
  const file = new VFile(mode === 'off' ? source : texDelimiters(source, mode));
  const processor = unified()
    .use(remarkParse)
    .use(remarkPlugins(context))
    .use(remarkTypography(settings))
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeTipBlock)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeDropScriptUrls)
    .use(rehypeTagSlots, { slots });
  return processor.runSync(processor.parse(file), file) as Root;
}

/** HTML as written, with no Markdown read into it, sanitized like the HTML in any post. */
function sanitizedHtml(html: string): ElementContent[] {
  const processor = unified().use(rehypeSanitize, sanitizeSchema).use(rehypeDropScriptUrls);
  return (processor.runSync(fromHtml(html, { fragment: true })) as Root).children as ElementContent[];
}

/** What a tag plugin's handler may ask of the body it sits in (lib/hexo/tags/types.ts); one per body, so ids never repeat in it. */
function tagContext(context: BodyContext): TagContext {
  let ids = 0;
  const tags: TagContext = {
    markdown: (text, firstLine) => untrustedHast(text, context, tags, firstLine).children as ElementContent[],
    html: sanitizedHtml,
    warn: context.warn ?? (() => {}),
    id: (prefix) => `${prefix}-${++ids}`,
    post: (slug) => context.linkedPost?.(slug),
  };
  return tags;
}

/** The body as a hast tree, exactly as the page will render it (minus React components). */
export async function bodyToHast(raw: string, format: BodyFormat, context: BodyContext = {}): Promise<Root> {
  if (format === 'md') {
    const processor = unified().use(trustedPlugins(context));
    return (await processor.run(untrustedHast(raw, context, tagContext(context)))) as Root;
  }
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkPlugins(context))
    .use(remarkRehype, { allowDangerousHtml: true, passThrough: [...nodeTypes] })
    .use(mdxRehypePlugins(context));
  const file = new VFile(raw);
  return (await processor.run(processor.parse(file), file)) as Root;
}

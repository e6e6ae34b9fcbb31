import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from '@/lib/content/visit';

/**
 * A comment's Markdown as the safe subset readers may write: paragraphs and line breaks, emphasis,
 * strikethrough, links, inline and block code, quotes and lists. No images, headings, tables or
 * HTML: raw HTML is dropped before sanitizing, and the sanitizer allows nothing else through.
 * Links open nothing of the site's: `rel="nofollow ugc noopener"`, http(s) and mailto only.
 */
const schema: SanitizeSchema = {
  tagNames: ['p', 'br', 'em', 'strong', 'del', 'a', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li'],
  attributes: { a: ['href'], ol: ['start'] },
  protocols: { href: ['http', 'https', 'mailto'] },
  strip: ['script', 'style'],
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm, { singleTilde: false })
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .freeze();

/** The comment as HTML, safe to put in a page as it is. */
export function renderComment(markdown: string): string {
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'a') node.properties.rel = ['nofollow', 'ugc', 'noopener'];
  });
  return toHtml(tree);
}

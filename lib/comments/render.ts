import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import remarkCjkFriendly from 'remark-cjk-friendly';
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
  // As in articles: emphasis closes after Chinese punctuation, so `**重点。**好` is bold, not asterisks.
  .use(remarkCjkFriendly)
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  .freeze();

function commentTree(markdown: string): Root {
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'a') node.properties.rel = ['nofollow', 'ugc', 'noopener'];
  });
  return tree;
}

/** The comment as HTML, safe to put in a page as it is. */
export function renderComment(markdown: string): string {
  return toHtml(commentTree(markdown));
}

/**
 * Whether the comment shows any text once rendered: one made only of HTML, images or empty markup
 * would be an empty comment under the article.
 */
export function commentShowsText(markdown: string): boolean {
  return toString(commentTree(markdown)).trim() !== '';
}

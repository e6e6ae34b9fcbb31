import type { Root } from 'hast';
import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import { visit } from './visit';
import { TIP_ELEMENT } from './tip-block';

/**
 * Allow-list for imported raw-HTML Markdown. Starts from GitHub's schema and:
 * - keeps element ids (`toc-1` anchors in imported posts must keep working),
 * - lets images carry data: URLs (safe inside <img>), never links,
 * - removes — content and all — elements whose text would otherwise leak onto the page,
 * - admits the site's own tip element that the woshipm tip block is turned into.
 */
const dropped = ['script', 'style', 'svg', 'math', 'iframe', 'object', 'embed', 'form', 'template', 'noscript', 'textarea', 'select', 'button'];

export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  clobber: ['name'],
  clobberPrefix: 'user-content-',
  strip: dropped,
  tagNames: [...(defaultSchema.tagNames ?? []).filter((t) => !dropped.includes(t)), 'figure', 'figcaption', 'mark', 'u', TIP_ELEMENT],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []).filter((a) => a !== 'id'), 'id'],
    img: [...(defaultSchema.attributes?.img ?? []), 'width', 'height', 'alt', 'title'],
    // A Hexo fence's arguments (lib/content/code/fence-meta.ts): inert text, read by the site's own code.
    code: [...(defaultSchema.attributes?.code ?? []), 'dataMeta'],
    [TIP_ELEMENT]: ['dataPrompt'],
  },
  protocols: {
    ...defaultSchema.protocols,
    src: ['http', 'https', 'data'],
  },
};

/**
 * A value that is a URL a browser would run or render as a page: what an attacker puts in an
 * attribute. Browsers ignore whitespace and control characters inside a scheme (`jav\tascript:`),
 * so they are left out before comparing.
 */
const SCRIPT_URL = /^(?:(?:java|vb|live)script:|data:(?:text\/html|application\/xhtml))/i;
const isScriptUrl = (value: string) => SCRIPT_URL.test(value.replace(/[\u0000-\u0020]/g, ''));

/**
 * After sanitizing: drops any attribute, whatever its name, whose value is a script URL. Link and
 * image URLs are already limited to safe protocols by the schema; this covers the text attributes
 * (alt, title) that Markdown fills from the same source (`![<javascript:…>](…)`), which are inert in
 * the page but could become links in a script that reads them (an image viewer, a feed reader).
 */
export function rehypeDropScriptUrls() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      for (const [name, value] of Object.entries(node.properties)) {
        const text = Array.isArray(value) ? value.join(' ') : value;
        if (typeof text === 'string' && isScriptUrl(text)) delete node.properties[name];
      }
    });
  };
}

import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
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
    [TIP_ELEMENT]: ['dataPrompt'],
  },
  protocols: {
    ...defaultSchema.protocols,
    src: ['http', 'https', 'data'],
  },
};

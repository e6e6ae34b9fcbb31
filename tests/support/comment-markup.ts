import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** The elements a shown comment may hold (lib/comments/render.ts). */
const allowed = ['p', 'br', 'em', 'strong', 'del', 'a', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li'];

/**
 * What of a rendered comment goes beyond the safe subset, one line each: another element, an event
 * handler or script address in any attribute, a link that is not http(s) or mailto. Empty when safe.
 */
export function unsafeMarkup(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (!allowed.includes(node.tagName)) found.push(`<${node.tagName}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name) || /^(javascript|vbscript|data):/i.test(String(value).replace(/[\s\u0000-\u001f]/g, ''))) found.push(`${name}=${value}`);
      if (node.tagName === 'a' && name === 'href' && !/^(https?:|mailto:)/i.test(String(value))) found.push(`href ${value}`);
    }
  });
  return found;
}

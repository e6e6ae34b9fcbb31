import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

/**
 * The text a reader reads in a body, for comparing our rendering with Hexo's: letters and digits of
 * every script (CJK included), in order; punctuation, spaces and quotes left out (they differ by
 * typography settings, not content). Math counts as its TeX source, which is what Hexo's page holds
 * (MathJax typesets it in the browser) and what our MathML keeps as its annotation.
 */
export function readableText(tree: Root | Element): string {
  const strip = (nodes: (RootContent | ElementContent)[]): (RootContent | ElementContent)[] =>
    nodes.flatMap((node): (RootContent | ElementContent)[] => {
      if (node.type !== 'element') return [node];
      const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
      // Hexo's line-number gutter and our code block's language label are the frame, not the text.
      if (classes.includes('gutter') || classes.includes('code-language') || node.tagName === 'script' || node.tagName === 'style') return [];
      if (classes.includes('katex')) {
        const annotation = findAnnotation(node);
        return annotation ? [{ type: 'text', value: ` ${annotation} ` }] : [];
      }
      const element: Element = { ...node, children: strip(node.children) as ElementContent[] };
      return [element];
    });
  const cleaned: Root = { type: 'root', children: strip(tree.type === 'root' ? tree.children : [tree]) as Root['children'] };
  return (toText(cleaned).match(/[\p{L}\p{N}]/gu) ?? []).join('');
}

function findAnnotation(node: Element): string | undefined {
  if (node.tagName === 'annotation') return toText(node);
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const found = findAnnotation(child);
    if (found !== undefined) return found;
  }
  return undefined;
}

export const htmlText = (html: string) => readableText(fromHtml(html, { fragment: true }));

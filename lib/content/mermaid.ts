import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from './visit';

/**
 * A ```mermaid fence (or `{% mermaid %}`) becomes a figure holding its source as readable text; the
 * diagram is drawn in the browser, on pages that have one, by components/article/diagrams.tsx,
 * which finds it by `data-diagram`. Without JavaScript the reader still has the source.
 */
export const DIAGRAM_ATTRIBUTE = 'data-diagram';

export function rehypeMermaid() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'pre' || !parent || index === undefined) return;
      const code = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
      const classes = code?.properties.className;
      if (!code || !Array.isArray(classes) || !classes.includes('language-mermaid')) return;
      parent.children[index] = {
        type: 'element',
        tagName: 'figure',
        properties: { dataDiagram: 'mermaid', className: ['diagram'] },
        children: [{ type: 'element', tagName: 'pre', properties: { className: ['diagram-source'] }, children: [{ type: 'text', value: toString(code).replace(/\n$/, '') }] }],
      };
    });
  };
}

/** Whether a rendered body holds a diagram, so the page loads the renderer only then. */
export function hasDiagram(tree: Root): boolean {
  let found = false;
  visit(tree, 'element', (node: Element) => {
    if (node.properties.dataDiagram === 'mermaid') found = true;
  });
  return found;
}

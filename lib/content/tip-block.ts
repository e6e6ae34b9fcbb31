import type { Element, Root } from 'hast';
import { visit, SKIP } from './visit';
import { toString } from 'hast-util-to-string';

/** The element the site renders with its own tip button. */
export const TIP_ELEMENT = 'tip-button';

function hasClass(node: Element, name: string): boolean {
  const cls = node.properties?.className;
  return Array.isArray(cls) && cls.includes(name);
}

function findDescendant(node: Element, test: (el: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  visit(node, 'element', (el) => {
    if (!found && test(el)) found = el;
  });
  return found;
}

/**
 * woshipm ends its posts with `div.support-author` holding a prompt and `button.button--pay`
 * (with its own post and author ids and an SVG icon). Those ids mean nothing here, so the whole
 * block becomes one `<tip-button>` carrying only the prompt text, which the page renders as the
 * site's tip button for the article's author.
 */
export function rehypeTipBlock() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (!(node.tagName === 'div' && hasClass(node, 'support-author'))) return;
      if (!findDescendant(node, (el) => el.tagName === 'button' && hasClass(el, 'button--pay'))) return;
      const title = findDescendant(node, (el) => hasClass(el, 'support-title'));
      const prompt = title ? toString(title).trim() : '';
      const replacement: Element = {
        type: 'element',
        tagName: TIP_ELEMENT,
        properties: prompt ? { dataPrompt: prompt } : {},
        children: [],
      };
      parent.children.splice(index, 1, replacement);
      return [SKIP, index + 1];
    });
  };
}

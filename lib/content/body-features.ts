import type { Element, Root } from 'hast';
import { visit } from './visit';

/** What a rendered body holds that needs a stylesheet or a script in the page: loaded only then. */
export type BodyFeatures = { math: boolean; code: boolean; images: boolean; diagrams: boolean };

const classes = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className : []);

export function bodyFeatures(tree: Root): BodyFeatures {
  const features: BodyFeatures = { math: false, code: false, images: false, diagrams: false };
  visit(tree, 'element', (node: Element) => {
    if (classes(node).includes('katex')) features.math = true;
    else if (node.tagName === 'pre' && node.properties.dataLanguage !== undefined) features.code = true;
    else if (node.tagName === 'img') features.images = true;
    else if (node.properties.dataDiagram === 'mermaid') features.diagrams = true;
  });
  return features;
}

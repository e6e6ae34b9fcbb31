import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { EXIT, visit } from './visit';
import { hexoSlugize } from '../hexo/slugize';

/**
 * The page's title is its one <h1>: a body that has its own `# heading`s has every heading moved
 * one level down (an <h6> stays an <h6>), keeping their order and their ids.
 */
export function rehypeOneH1() {
  return (tree: Root) => {
    let hasH1 = false;
    visit(tree, 'element', (node: Element) => {
      hasH1 = node.tagName === 'h1';
      return hasH1 ? EXIT : undefined;
    });
    if (!hasH1) return;
    visit(tree, 'element', (node: Element) => {
      const rank = headingRank(node);
      if (rank && rank < 6) node.tagName = `h${rank + 1}`;
    });
  };
}

/**
 * Heading ids as hexo-renderer-marked makes them: Hexo's slugize of the heading's text (Chinese
 * kept, ASCII punctuation and spaces to `-`), case as `modifyAnchors` says, a repeat getting `-1`,
 * `-2`… — so the `#anchors` readers and other posts link to still land. An id already written in
 * the post's HTML is kept.
 */
export function rehypeHexoHeadingIds({ anchorCase = 0 }: { anchorCase?: 0 | 1 | 2 } = {}) {
  return (tree: Root) => {
    const seen = new Map<string, number>();
    visit(tree, 'element', (node: Element) => {
      if (!headingRank(node) || node.properties.id) return;
      let id = hexoSlugize(toString(node).trim(), anchorCase);
      if (!id) return;
      const count = seen.get(id);
      if (count) {
        seen.set(id, count + 1);
        id = `${id}-${count}`;
      } else seen.set(id, 1);
      node.properties.id = id;
    });
  };
}

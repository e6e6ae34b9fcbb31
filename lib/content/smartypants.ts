import type { Root, Text } from 'mdast';
import { visit } from './visit';

/**
 * Straight quotes, `--`/`---` and `...` made typographic the way Hexo's Markdown renderer does
 * (hexo-renderer-marked's `smartypants`, marked's rules): in running text only, never in code, math
 * or HTML, which are other kinds of node. Simple replacements, as Hexo makes them, so a post reads
 * as it did there.
 */
export function smartypants(text: string): string {
  return text
    .replace(/---/g, '\u2014')
    .replace(/--/g, '\u2013')
    .replace(/(^|[-\u2014/([{"\s])'/g, '$1\u2018')
    .replace(/'/g, '\u2019')
    .replace(/(^|[-\u2014/([{\u2018\s])"/g, '$1\u201c')
    .replace(/"/g, '\u201d')
    .replace(/\.{3}/g, '\u2026');
}

const TOUCHED = /--|['"]|\.\.\./;

export function remarkSmartypants() {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text) => {
      if (TOUCHED.test(node.value)) node.value = smartypants(node.value);
    });
  };
}

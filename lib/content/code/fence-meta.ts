import type { Element, Root as HastRoot } from 'hast';
import type { Code, Root } from 'mdast';
import { toString } from 'hast-util-to-string';
import { visit } from '../visit';
import { codeTags } from '../../hexo/tags/code';
import { splitTagArgs } from '../../hexo/tags/parse';
import type { TagContext } from '../../hexo/tags/types';

/**
 * Hexo reads a fence's info string past the language as the codeblock tag's arguments
 * (```` ```js 标题 https://example.com 链接 mark:2 ````): a caption, a link, marked lines. The words
 * after the language travel to the trusted phase as `data-meta` (kept by the sanitizer, inert text),
 * where the block becomes exactly what `{% codeblock %}` makes of them.
 */
export function remarkFenceMeta() {
  return (tree: Root) => {
    visit(tree, 'code', (node: Code) => {
      if (!node.meta?.trim()) return;
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), dataMeta: node.meta.trim() } };
    });
  };
}

const noContext: TagContext = { markdown: () => [], html: () => [], warn: () => {}, id: (prefix) => prefix, post: () => undefined };

export function rehypeFenceMeta() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (pre: Element, index, parent) => {
      if (pre.tagName !== 'pre' || !parent || index === undefined) return;
      const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
      const meta = code?.properties.dataMeta;
      if (!code || typeof meta !== 'string') return;
      const classes = Array.isArray(code.properties.className) ? code.properties.className.map(String) : [];
      const language = classes.find((name) => name.startsWith('language-'))?.slice('language-'.length);
      const args = [...(language ? [`lang:${language}`] : []), ...splitTagArgs(meta)];
      const block = codeTags.codeblock!({ name: 'codeblock', args, body: toString(code), line: 0 }, noContext);
      if (block && typeof block === 'object' && !Array.isArray(block)) parent.children[index] = block;
      return 'skip';
    });
  };
}

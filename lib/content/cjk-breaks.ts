import type { Root, Text } from 'mdast';
import { visit } from './visit';

/**
 * Chinese has no spaces between words, so a line break in the source between two Chinese characters
 * (an editor's hard wrap) must not become the space a browser shows for a newline. Used when line
 * breaks are not <br>s (`breaks: false`); Latin words on either side keep their space.
 */
const CJK = '\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Hangul}\\u3000-\\u303f\\uff00-\\uffef';
const SOFT_BREAK = new RegExp(`(?<=[${CJK}])[ \\t]*\\n[ \\t]*(?=[${CJK}])`, 'gu');

export function remarkCjkSoftBreaks() {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text) => {
      if (node.value.includes('\n')) node.value = node.value.replace(SOFT_BREAK, '');
    });
  };
}

import type { Element, ElementData } from 'hast';
import { h } from 'hastscript';
import type { TagFamily, TagHandler } from './types';

/**
 * Math written as a tag, always math whatever the blog's math mode (the author marked it so):
 *  - `{% math %}…{% endmath %}` (hexo-static-math, hexo-math 3): display; `{% math inline %}` inline;
 *  - `{% katex [options] %}` / `{% mathjax [options] %}` (hexo-math 4, hexo-tag-katex): display unless
 *    the options say inline — hexo-math's JSON (`'{"displayMode": false}'`, MathJax's
 *    `'{"conversion": {"display": false}}'`) or hexo-tag-katex's bare `false`.
 *
 * The tag becomes the markup remark-math gives `$$…$$` (`pre > code.language-math`) or `$…$`
 * (`code.language-math`), put in after sanitizing, which the math plugin typesets
 * (lib/content/math/katex.ts). Markup rather than `$$` source text because source text would depend
 * on the mode: a blog whose math mode is 'off' (hexo-static-math's suyu blog is) reads no `$$`, and
 * Markdown would have a chance at the TeX (`*`, `_`, `\\`) before remark-math.
 */
function inline(args: string[]): boolean {
  const words = args.map((arg) => arg.toLowerCase());
  if (words.includes('inline') || words.includes('false')) return true;
  const json = args.join(' ').trim();
  if (!json.startsWith('{')) return false;
  try {
    const options = JSON.parse(json) as { displayMode?: unknown; display?: unknown; conversion?: { display?: unknown } };
    return options.displayMode === false || options.display === false || options.conversion?.display === false;
  } catch {
    return false;
  }
}

const mathTag: TagHandler = ({ args, body, line }) => {
  if (body === undefined) return undefined;
  const tex = body.replace(/^\s*\n|\s+$/g, '').trim();
  // The line lets a warning about the formula name it; hast-util-from-parse5's typing wrongly demands `position` here.
  const data = { mathLine: line } as ElementData;
  if (inline(args)) {
    const code: Element = { ...h('code', { className: ['language-math'] }, tex), data };
    return code;
  }
  const pre: Element = { ...h('pre', h('code', { className: ['language-math'] }, tex)), data };
  return pre;
};

export const mathTags: TagFamily = { math: mathTag, katex: mathTag, mathjax: mathTag };

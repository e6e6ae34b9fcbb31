import { h } from 'hastscript';
import type { TagFamily, TagHandler } from './types';

/**
 * `{% math %}…{% endmath %}` (hexo-math, hexo-static-math), `{% katex %}` and `{% mathjax %}`: a
 * display formula, whatever the blog's math setting, since the author marked it as math. It becomes
 * the block remark-math makes of `$$…$$`, which KaTeX typesets (lib/content/math/katex.ts).
 */
const displayMath: TagHandler = ({ body }) => (body === undefined ? undefined : h('pre', h('code', { className: ['language-math'] }, body.trim())));

export const mathTags: TagFamily = { math: displayMath, katex: displayMath, mathjax: displayMath };

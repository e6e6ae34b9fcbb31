import type { InlineMath } from 'mdast-util-math';
import type { Root } from 'mdast';
import remarkMath from 'remark-math';
import type { PluggableList } from 'unified';
import { visit } from 'unist-util-visit';
import { codeRanges } from '../../hexo/tags/parse';
import type { MathMode } from '../markdown';

/**
 * Math in Markdown: `$…$` inline and `$$…$$` display (remark-math), plus `\(…\)` and `\[…\]`, the
 * delimiters MathJax reads, rewritten to dollars before Markdown (which would eat the backslashes).
 *
 * A blog that says nothing about math ('detect') is judged by the text, as Pandoc does: `$` opens
 * only before a non-space and closes only after one, and not before a digit — so `$5 and $10`,
 * `$PATH` and `costs $3.50` stay dollars — and the formula must look like TeX (a command, an
 * operator, a script, braces, or a short symbol like `$x$`).
 */
const TEXISH = /[\\^_{}=+\-*/<>()|[\],]/;

export function looksLikeTex(value: string): boolean {
  if (value !== value.trim() || value === '') return false;
  return TEXISH.test(value) || /^[A-Za-z](?:'|_?\d)?$|^[A-Za-z]{1,3}$|^\d+$/.test(value);
}

/** `\(…\)` → `$…$`, `\[…\]` → `$$…$$`, outside code; in 'detect', only around what looks like TeX. */
export function texDelimiters(source: string, mode: MathMode): string {
  if (!source.includes('\\(') && !source.includes('\\[')) return source;
  const code = codeRanges(source);
  const outside = (at: number) => !code.some(([a, b]) => at >= a && at < b);
  const keep = (tex: string) => mode === 'on' || looksLikeTex(tex.trim());
  return source
    .replace(/\\\[([\s\S]+?)\\\]/g, (whole, tex: string, at: number) => (outside(at) && keep(tex) ? `\n$$\n${tex.trim()}\n$$\n` : whole))
    .replace(/\\\(([^\n]+?)\\\)/g, (whole, tex: string, at: number) => (outside(at) && keep(tex) ? `$${tex.trim()}$` : whole));
}

/** In 'detect': inline math that does not look like TeX goes back to being the text it was. */
function remarkDollarsAsText() {
  return (tree: Root, file: { value?: unknown }) => {
    const source = typeof file.value === 'string' ? file.value : '';
    visit(tree, 'inlineMath', (node: InlineMath, index, parent) => {
      if (!parent || index === undefined) return;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const after = end === undefined ? '' : source.charAt(end);
      const written = start !== undefined && end !== undefined ? source.slice(start, end) : `$${node.value}$`;
      // `$$x$$` inline is display-style math the author wrote on purpose.
      if (written.startsWith('$$') || (looksLikeTex(node.value) && !/\d/.test(after))) return;
      parent.children[index] = { type: 'text', value: written };
    });
  };
}

export function remarkMathSyntax(mode: MathMode): PluggableList {
  if (mode === 'off') return [];
  return mode === 'on' ? [remarkMath] : [remarkMath, remarkDollarsAsText];
}

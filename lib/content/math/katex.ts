import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import katex from 'katex';
import { visit } from 'unist-util-visit';

/**
 * Math typeset at build time with KaTeX, as HTML (what the reader sees, styled by KaTeX's own
 * stylesheet, which only pages with math load) plus MathML (what screen readers read, with the TeX
 * kept as its annotation). No script reaches the browser. Runs on the sanitized tree, on remark-math's
 * `code.language-math` (inline) and `pre > code.language-math` (display; a ```math fence too).
 *
 * A formula KaTeX cannot read keeps its source, shown as code, and is reported.
 */
export type KatexOptions = {
  warn?: (message: string) => void;
  /** The file's line the body starts at, so a warning names the file's line. */
  firstLine?: number;
  /** Check the formulas (for their warnings) but leave their source in place: for the index's text. */
  checkOnly?: boolean;
};

const isMath = (node: Element) => Array.isArray(node.properties.className) && node.properties.className.includes('language-math');

function render(tex: string, displayMode: boolean): ElementContent[] {
  const html = katex.renderToString(tex, { displayMode, output: 'htmlAndMathml', throwOnError: true, strict: 'ignore', trust: false });
  return fromHtml(html, { fragment: true }).children as ElementContent[];
}

export function rehypeKatexMath({ warn = () => {}, firstLine = 1, checkOnly = false }: KatexOptions = {}) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined) return;
      const display = node.tagName === 'pre' && node.children.some((child) => child.type === 'element' && child.tagName === 'code' && isMath(child));
      const inline = node.tagName === 'code' && isMath(node) && !(parent.type === 'element' && parent.tagName === 'pre');
      if (!display && !inline) return;
      const tex = toString(node).trim();
      const line = node.position ? `line ${node.position.start.line + firstLine - 1}: ` : '';
      let replacement: ElementContent;
      try {
        const rendered = render(tex, display);
        if (checkOnly) return 'skip';
        replacement = display ? { type: 'element', tagName: 'div', properties: { className: ['math-display'] }, children: rendered } : rendered[0]!;
      } catch (error) {
        warn(`${line}the formula "${tex.length > 60 ? `${tex.slice(0, 60)}…` : tex}" cannot be typeset (${(error as Error).message.replace(/^KaTeX parse error: /, '').replace(/\u0332/g, '')}); its source is shown instead`);
        if (checkOnly) return 'skip';
        const source = display ? `$$${tex}$$` : `$${tex}$`;
        const code: Element = { type: 'element', tagName: 'code', properties: { className: ['math-error'] }, children: [{ type: 'text', value: source }] };
        replacement = display ? { type: 'element', tagName: 'p', properties: {}, children: [code] } : code;
      }
      parent.children[index] = replacement;
      return 'skip';
    });
  };
}

import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import katex from 'katex';
import { visit } from '../visit';

/**
 * Math typeset at build time with KaTeX, as HTML (what the reader sees, styled by KaTeX's own
 * stylesheet, which only pages with math load: `hasMath`) plus MathML (what screen readers read,
 * with the TeX kept as its annotation). No script reaches the browser. Runs on the sanitized tree,
 * on what remark-math makes: `code.language-math` (inline) and `pre > code.language-math` (display;
 * a ```math fence and `{% math %}` too). Synchronous, so the trusted phase may run it with `runSync`.
 *
 * A formula KaTeX cannot read keeps its source, shown as code (`code.math-error`), and is reported.
 */
declare module 'hast' {
  interface ElementData {
    /** The file's line a formula made by a tag plugin starts at (such nodes have no position). */
    mathLine?: number;
  }
}

export type KatexOptions = {
  warn?: (message: string) => void;
  /** The file's line the body starts at, so a warning names the file's line. */
  firstLine?: number;
  /** Check the formulas (for their warnings) but leave their source in place: for the index's text. */
  checkOnly?: boolean;
};

export const MATH_DISPLAY_CLASS = 'math-display';
export const MATH_ERROR_CLASS = 'math-error';

const classes = (node: Element): string[] => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : []);
const isMathCode = (node: ElementContent): node is Element => node.type === 'element' && node.tagName === 'code' && classes(node).includes('language-math');

const OPTIONS = { output: 'htmlAndMathml', throwOnError: true, strict: 'ignore', trust: false } as const;

/**
 * Markdown escapes of punctuation TeX has no command for (`\(`, `\*`, `\[`): a blog whose Markdown
 * renderer ran before MathJax had them turned into the bare character first, and its authors wrote
 * them so (`$P\(C\)$` keeps markdown-it from making `(C)` a ©). `\\` pairs are kept whole.
 */
const MARKDOWN_ESCAPE = /(\\\\)|\\([()*[\]<>+\-=./?@"'`^~])/g;
const unescapeMarkdown = (tex: string) => tex.replace(MARKDOWN_ESCAPE, (whole, pair: string | undefined, char: string | undefined) => pair ?? char ?? whole);

/**
 * KaTeX's parser alone: it throws the same errors a render does, at a fraction of the cost, which is
 * all a check needs. Exported by KaTeX (as `__parse`) but left out of its typings.
 */
export const parseFormula = (katex as unknown as { __parse: (tex: string, options: object) => unknown }).__parse;

/** `read` of the formula, or else of it without Markdown's escapes; throws the first error when neither can be read. */
function readFormula<T>(tex: string, read: (tex: string) => T): T {
  try {
    return read(tex);
  } catch (error) {
    const unescaped = unescapeMarkdown(tex);
    if (unescaped === tex) throw error;
    try {
      return read(unescaped);
    } catch {
      throw error;
    }
  }
}

const reason = (error: unknown) =>
  (error instanceof Error ? error.message : String(error))
    .replace(/^KaTeX parse error: /, '')
    // KaTeX underlines the failing character with combining low lines: noise in a text report.
    .replace(/\u0332/g, '');

export function rehypeKatexMath({ warn = () => {}, firstLine = 1, checkOnly = false }: KatexOptions = {}) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined) return;
      const code = node.tagName === 'pre' ? node.children.find(isMathCode) : isMathCode(node) ? node : undefined;
      if (!code) return;
      // A `pre` holds the display formula; its `code` is never visited on its own.
      const display = node.tagName === 'pre';
      const tex = toString(code).replace(/^\s*\n|\s+$/g, '');
      const at = node.data?.mathLine ?? code.data?.mathLine ?? (node.position ? node.position.start.line + firstLine - 1 : undefined);
      let replacement: ElementContent;
      try {
        const options = { ...OPTIONS, displayMode: display };
        if (checkOnly) {
          readFormula(tex, (source) => parseFormula(source, options));
          return 'skip';
        }
        const html = readFormula(tex, (source) => katex.renderToString(source, options));
        const rendered = fromHtml(html, { fragment: true }).children as ElementContent[];
        replacement = display
          ? { type: 'element', tagName: 'div', properties: { className: [MATH_DISPLAY_CLASS] }, children: rendered }
          : rendered.length === 1
            ? rendered[0]!
            : { type: 'element', tagName: 'span', properties: {}, children: rendered };
      } catch (error) {
        const shown = tex.length > 60 ? `${tex.slice(0, 60)}…` : tex;
        warn(`${at === undefined ? '' : `line ${at}: `}the formula "${shown.replace(/\s+/g, ' ')}" cannot be rendered: ${reason(error)}; its source is shown instead`);
        if (checkOnly) return 'skip';
        const source = display ? `$$${tex}$$` : `$${tex}$`;
        const shownCode: Element = { type: 'element', tagName: 'code', properties: { className: [MATH_ERROR_CLASS] }, children: [{ type: 'text', value: source }] };
        replacement = display ? { type: 'element', tagName: 'p', properties: {}, children: [shownCode] } : shownCode;
      }
      parent.children[index] = replacement;
      return 'skip';
    });
  };
}

/** Whether a rendered tree has typeset math, so its page links KaTeX's stylesheet (lib/content/math/assets.ts). */
export function hasMath(tree: Root): boolean {
  let found = false;
  visit(tree, 'element', (node: Element) => {
    if (classes(node).includes('katex')) {
      found = true;
      return false;
    }
  });
  return found;
}

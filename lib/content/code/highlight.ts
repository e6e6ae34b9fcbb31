import type { Element, ElementContent, Properties, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { toText } from 'hast-util-to-text';
import { createJavaScriptRegexEngine } from '@shikijs/engine-javascript';
import githubDark from '@shikijs/themes/github-dark-default';
import githubLight from '@shikijs/themes/github-light-default';
import { createHighlighterCoreSync, type HighlighterCore } from 'shiki/core';
import { visit } from 'unist-util-visit';
import { LANGUAGES, resolveLanguage } from './languages';

/**
 * Code blocks, highlighted at build time with Shiki: one HTML output carrying both themes' colours
 * as CSS variables (`--shiki-light`, `--shiki-dark`), which app/code.css picks from by the site's
 * colour scheme. No highlighter reaches the browser. Every block, highlighted or plain, gets the
 * same frame: a language label, line numbers where asked for (drawn by CSS, so copying the code
 * copies none), marked lines.
 *
 * It runs on the sanitized tree. Math and diagram blocks are left to their own plugins.
 */
let highlighter: HighlighterCore | undefined;
function getHighlighter(): HighlighterCore {
  // The JavaScript regex engine needs no WebAssembly, so it loads the same everywhere (Vercel included).
  highlighter ??= createHighlighterCoreSync({ themes: [githubLight, githubDark], langs: LANGUAGES.flat(), engine: createJavaScriptRegexEngine({ forgiving: true }) });
  return highlighter;
}

const canonical = (name: string): string | undefined => {
  try {
    return getHighlighter().getLanguage(name).name;
  } catch {
    return undefined;
  }
};

const LEFT_ALONE = new Set(['language-math', 'language-mermaid']);

/** `1,3-4` → {1, 3, 4}, as Hexo's `mark:` reads it. */
export function markedLines(spec: string | undefined): Set<number> {
  const lines = new Set<number>();
  for (const part of (spec ?? '').split(',')) {
    const [from, to] = part.split('-').map((n) => Number.parseInt(n.trim(), 10));
    if (from === undefined || Number.isNaN(from)) continue;
    const end = to === undefined || Number.isNaN(to) ? from : to;
    for (let line = from; line <= end && line - from < 10_000; line++) lines.add(line);
  }
  return lines;
}

/** Class names, whether as hast-util-from-html writes them (`className` list) or as Shiki does (`class` string). */
const classesOf = (node: Element): string[] => {
  const { className, class: shikiClass } = node.properties;
  if (Array.isArray(className)) return className.map(String);
  return typeof shikiClass === 'string' ? shikiClass.split(/\s+/) : [];
};

/** The code's lines as `span.line` elements (highlighted tokens, or the plain text). */
function lines(code: string, language: string): Element[] {
  if (language === 'text') {
    return code.split('\n').map((line) => ({ type: 'element', tagName: 'span', properties: { className: ['line'] }, children: line ? [{ type: 'text', value: line }] : [] }));
  }
  const tree = getHighlighter().codeToHast(code, { lang: language, themes: { light: 'github-light-default', dark: 'github-dark-default' }, defaultColor: false });
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'span' && classesOf(node).includes('line')) {
      node.properties = { className: ['line'] };
      found.push(node);
    }
  });
  return found;
}

export type HighlightOptions = {
  /** Line numbers on every block that does not say otherwise (the site's `highlight.line_number`). */
  lineNumbers?: boolean;
};

export function rehypeHighlightCode({ lineNumbers = false }: HighlightOptions = {}) {
  return (tree: Root) => {
    visit(tree, 'element', (pre: Element, index, parent) => {
      if (pre.tagName !== 'pre' || !parent || index === undefined || pre.properties.dataLanguage !== undefined) return;
      const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
      const classes = code ? classesOf(code) : [];
      if (classes.some((name) => LEFT_ALONE.has(name))) return;
      const written = classes.find((name) => name.startsWith('language-'))?.slice('language-'.length) ?? '';
      const language = resolveLanguage(written, canonical);
      // A <code>'s text as written; a bare <pre>'s (an author's HTML) with its <br>s as line breaks.
      const text = (code ? toString(code) : toText(pre)).replace(/\n$/, '');
      const marks = markedLines(typeof pre.properties.dataMark === 'string' ? pre.properties.dataMark : undefined);
      const numbered = pre.properties.dataLineNumbers === undefined ? lineNumbers : pre.properties.dataLineNumbers === 'true';
      const first = Number.parseInt(String(pre.properties.dataFirstLine ?? '1'), 10) || 1;
      const rendered = lines(text, language.id);
      rendered.forEach((line, i) => {
        if (marks.has(first + i)) line.properties.className = ['line', 'marked'];
      });
      const newlined = rendered.flatMap((line, i): ElementContent[] => (i === 0 ? [line] : [{ type: 'text', value: '\n' }, line]));
      const properties: Properties = { className: ['code'], dataLanguage: language.id, tabIndex: 0 };
      if (numbered) {
        properties.dataLineNumbers = 'true';
        if (first !== 1) properties.style = `counter-reset: line ${first - 1}`;
      }
      const block: Element = {
        type: 'element',
        tagName: 'pre',
        properties,
        children: [{ type: 'element', tagName: 'code', properties: {}, children: newlined }],
      };
      const label: ElementContent[] = language.label ? [{ type: 'element', tagName: 'span', properties: { className: ['code-language'] }, children: [{ type: 'text', value: language.label }] }] : [];
      parent.children[index] = { type: 'element', tagName: 'div', properties: { className: ['code-block', 'not-prose'] }, children: [...label, block] };
    });
  };
}

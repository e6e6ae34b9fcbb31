import type { Element, ElementContent, Properties, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { createHighlighterCore, type HighlighterCore, type LanguageRegistration, type ThemedToken } from 'shiki/core';
import { createOnigurumaEngine } from 'shiki/engine/oniguruma';
import githubDark from 'shiki/themes/github-dark-default.mjs';
import githubLight from 'shiki/themes/github-light-default.mjs';
import { EXIT, SKIP, visit } from '../visit';
import { languageLabel, resolveLanguage, type LanguageId } from './languages';

/**
 * Code blocks highlighted at build time with Shiki; no highlighter reaches the browser. One HTML
 * output carries both themes' colours as CSS variables (`--shiki-light`, `--shiki-dark`, and
 * `-font-style`/`-font-weight`/`-text-decoration` where a theme sets them); app/code.css picks by
 * the `dark` class on <html>. It runs on the sanitized tree (the inline styles are the site's own).
 *
 * Every <pre> comes out the same, highlighted or plain:
 *
 *   <div class="code-block not-prose">
 *     <span class="code-language">JavaScript</span>          (a bundled language only)
 *     <pre data-language="javascript|text" tabindex="0" [data-line-numbers]>
 *       <code class="language-javascript" [style="counter-reset:code-line 9;--line-digits:2"]>
 *         <span class="line">…</span>\n<span class="line marked">…</span>…
 *
 * What a block asks for, as data attributes on its <pre> or <code> (lib/hexo/tags/code.ts writes them):
 *   data-mark="1,3-4"          lines to mark, by their shown numbers (so counting from first_line);
 *   data-line-numbers="true"   numbers or not, whatever the site's default (`lineNumbers`) is;
 *   data-first-line="10"       the first line's number;
 *   data-line-threshold="3"    numbers only on a block of more lines than this (Hexo's line_threshold).
 *
 * Math (`language-math`) and diagrams (`language-mermaid`) are left for their own plugins; inline
 * <code> (not in a <pre>) is not touched.
 */

/** Themes whose every colour meets 4.5:1 on its background, and on the marked lines' (checked, and enforced below). */
export const CODE_THEMES = {
  light: { name: 'github-light-default', background: '#ffffff', marked: '#fff8c5' },
  dark: { name: 'github-dark-default', background: '#0d1117', marked: '#272115' },
} as const;

/**
 * The bundled grammars, by the language's name. Typed by LanguageId so a language named in
 * languages.ts cannot lack its grammar. Each module holds the grammar and those it embeds. They
 * are imported with the highlighter, not with this module: parsed, they are megabytes of objects
 * that a server which never renders a code block would otherwise keep, and every object a server
 * keeps makes each of its answers a little dearer to serve.
 */
const GRAMMARS: Record<LanguageId, () => Promise<{ default: LanguageRegistration[] }>> = {
  javascript: () => import('shiki/langs/javascript.mjs'),
  typescript: () => import('shiki/langs/typescript.mjs'),
  jsx: () => import('shiki/langs/jsx.mjs'),
  tsx: () => import('shiki/langs/tsx.mjs'),
  json: () => import('shiki/langs/json.mjs'),
  html: () => import('shiki/langs/html.mjs'),
  css: () => import('shiki/langs/css.mjs'),
  scss: () => import('shiki/langs/scss.mjs'),
  less: () => import('shiki/langs/less.mjs'),
  shellscript: () => import('shiki/langs/shellscript.mjs'),
  shellsession: () => import('shiki/langs/shellsession.mjs'),
  powershell: () => import('shiki/langs/powershell.mjs'),
  bat: () => import('shiki/langs/bat.mjs'),
  python: () => import('shiki/langs/python.mjs'),
  java: () => import('shiki/langs/java.mjs'),
  kotlin: () => import('shiki/langs/kotlin.mjs'),
  groovy: () => import('shiki/langs/groovy.mjs'),
  scala: () => import('shiki/langs/scala.mjs'),
  go: () => import('shiki/langs/go.mjs'),
  rust: () => import('shiki/langs/rust.mjs'),
  c: () => import('shiki/langs/c.mjs'),
  cpp: () => import('shiki/langs/cpp.mjs'),
  csharp: () => import('shiki/langs/csharp.mjs'),
  'objective-c': () => import('shiki/langs/objective-c.mjs'),
  swift: () => import('shiki/langs/swift.mjs'),
  dart: () => import('shiki/langs/dart.mjs'),
  php: () => import('shiki/langs/php.mjs'),
  ruby: () => import('shiki/langs/ruby.mjs'),
  lua: () => import('shiki/langs/lua.mjs'),
  r: () => import('shiki/langs/r.mjs'),
  matlab: () => import('shiki/langs/matlab.mjs'),
  sql: () => import('shiki/langs/sql.mjs'),
  graphql: () => import('shiki/langs/graphql.mjs'),
  yaml: () => import('shiki/langs/yaml.mjs'),
  toml: () => import('shiki/langs/toml.mjs'),
  ini: () => import('shiki/langs/ini.mjs'),
  properties: () => import('shiki/langs/properties.mjs'),
  xml: () => import('shiki/langs/xml.mjs'),
  diff: () => import('shiki/langs/diff.mjs'),
  docker: () => import('shiki/langs/docker.mjs'),
  nginx: () => import('shiki/langs/nginx.mjs'),
  apache: () => import('shiki/langs/apache.mjs'),
  make: () => import('shiki/langs/make.mjs'),
  http: () => import('shiki/langs/http.mjs'),
  csv: () => import('shiki/langs/csv.mjs'),
  vue: () => import('shiki/langs/vue.mjs'),
  latex: () => import('shiki/langs/latex.mjs'),
  markdown: () => import('shiki/langs/markdown.mjs'),
};

/**
 * Grammars that highlight other languages inside them "lazily" (Markdown's fenced code, LaTeX's
 * listings, Vue's blocks) are re-linked by Shiki each time one of those languages is added after
 * them: registering them last costs ~0.25 s instead of ~1.5 s. All are registered up front, so a
 * block comes out the same whichever blocks a build worker highlighted before it.
 */
const REGISTERED_LAST: LanguageId[] = ['vue', 'latex', 'markdown'];

let highlighter: Promise<HighlighterCore> | undefined;

/** The process's highlighter, made on first use (a body without code never pays for it). */
export function codeHighlighter(): Promise<HighlighterCore> {
  highlighter ??= (async () => {
    // Oniguruma, the regex engine the grammars are written for, as WebAssembly inlined in a module
    // (nothing to fetch or copy, on Vercel too): five times faster than the JavaScript engine on
    // real posts' code, and no pattern it cannot translate.
    const created = await createHighlighterCore({ themes: [githubLight, githubDark], langs: [], engine: createOnigurumaEngine(import('shiki/wasm')) });
    const ids = Object.keys(GRAMMARS) as LanguageId[];
    const ordered = [...ids.filter((id) => !REGISTERED_LAST.includes(id)), ...REGISTERED_LAST];
    for (const grammar of await Promise.all(ordered.map((id) => GRAMMARS[id]()))) created.loadLanguageSync(grammar.default);
    return created;
  })();
  return highlighter;
}

// --- Contrast -----------------------------------------------------------------------------------

type Rgb = [number, number, number];

const parseHex = (hex: string): Rgb | undefined => {
  const digits = hex.replace(/^#/, '');
  const full = digits.length === 3 || digits.length === 4 ? [...digits].map((d) => d + d).join('') : digits;
  if (!/^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(full)) return undefined;
  return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as Rgb;
};

const luminance = ([r, g, b]: Rgb) => {
  const channel = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [x, y] = [parseHex(a), parseHex(b)].map((rgb) => (rgb ? luminance(rgb) : 0)).sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

const toHex = (rgb: Rgb) => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

const readable = new Map<string, string>();

/**
 * A token colour that meets 4.5:1 on both the block's and a marked line's background: the theme's
 * own where it does (nearly always), else the same hue darkened (light scheme) or lightened (dark)
 * just enough. The themes' colours are fixed, so this is a guarantee, not a hope.
 */
function readableColour(colour: string, scheme: keyof typeof CODE_THEMES): string {
  const key = `${scheme}${colour}`;
  const known = readable.get(key);
  if (known) return known;
  const { background, marked } = CODE_THEMES[scheme];
  const rgb = parseHex(colour);
  let result = colour;
  if (rgb) {
    const target: Rgb = scheme === 'light' ? [0, 0, 0] : [255, 255, 255];
    for (let step = 0; step <= 20; step++) {
      const mixed = rgb.map((v, i) => v + ((target[i]! - v) * step) / 20) as Rgb;
      const hex = toHex(mixed);
      if (contrastRatio(hex, background) >= 4.5 && contrastRatio(hex, marked) >= 4.5) {
        result = step === 0 ? colour : hex;
        break;
      }
    }
  }
  readable.set(key, result);
  return result;
}

// --- Lines --------------------------------------------------------------------------------------

const text = (value: string): ElementContent => ({ type: 'text', value });
const span = (className: string[], children: ElementContent[], style?: string): Element => ({
  type: 'element',
  tagName: 'span',
  properties: style ? { className, style } : { className },
  children,
});

/** A token's style attribute, its colours made readable; undefined when it is the block's own text colour. */
function tokenStyle(token: ThemedToken, plain: Record<string, string>): string | undefined {
  const style = token.htmlStyle ?? {};
  const entries = Object.entries(style).map(([name, value]): [string, string] => {
    if (name === '--shiki-light') return [name, readableColour(value, 'light')];
    if (name === '--shiki-dark') return [name, readableColour(value, 'dark')];
    return [name, value];
  });
  const isPlain = entries.every(([name, value]) => plain[name]?.toLowerCase() === value.toLowerCase());
  return isPlain ? undefined : entries.map(([name, value]) => `${name}:${value}`).join(';');
}

/** One line's tokens as hast: neighbours of one style merged, plain text left bare, white space joined to its neighbour. */
function lineChildren(tokens: ThemedToken[], plain: Record<string, string>): ElementContent[] {
  const out: ElementContent[] = [];
  let lastStyle: string | undefined;
  for (const token of tokens) {
    const decorated = Object.keys(token.htmlStyle ?? {}).some((name) => name.endsWith('text-decoration'));
    const style = !decorated && /^\s*$/.test(token.content) && out.length ? lastStyle : tokenStyle(token, plain);
    const last = out.at(-1);
    if (last && style === lastStyle) {
      const holder = last.type === 'element' ? last.children[0] : last;
      if (holder?.type === 'text') {
        holder.value += token.content;
        continue;
      }
    }
    out.push(style ? span([], [text(token.content)], style) : text(token.content));
    lastStyle = style;
  }
  // A token span needs no class; drop the empty list hast would print as class="".
  for (const node of out) if (node.type === 'element') delete node.properties.className;
  return out;
}

/**
 * The dark theme's colour for each of the light theme's: GitHub's two themes style the same scopes
 * with the same rules, in the same order, so a token's dark colour follows from its light one, and
 * the code is tokenized once instead of once per theme (tokenizing is nearly all of highlighting's
 * cost). Undefined when the themes differ in their rules; then each theme tokenizes on its own.
 */
export const DARK_OF_LIGHT: { colour: ReadonlyMap<string, string>; background: ReadonlyMap<string, string> } | undefined = (() => {
  const [light, dark] = [githubLight, githubDark];
  const rules = (theme: typeof light) => (theme.tokenColors ?? []).map((rule) => JSON.stringify([rule.scope, { ...rule.settings, foreground: undefined, background: undefined }]));
  if (JSON.stringify(rules(light)) !== JSON.stringify(rules(dark))) return undefined;
  /** Light to dark for one setting, or undefined when one light value would need two dark ones. */
  const pairs = (first: [string | undefined, string | undefined], setting: 'foreground' | 'background') => {
    const map = new Map<string, string>();
    const all = [first, ...(light.tokenColors ?? []).map((rule, i): [string | undefined, string | undefined] => [rule.settings[setting], dark.tokenColors![i]!.settings[setting]])];
    for (const [from, to] of all) {
      if (!from || !to) continue;
      const known = map.get(from.toLowerCase());
      if (known !== undefined && known !== to.toUpperCase()) return undefined;
      // Upper case, as TextMate's colour map gives a token its colour.
      map.set(from.toLowerCase(), to.toUpperCase());
    }
    return map;
  };
  const colour = pairs([light.colors?.['editor.foreground'], dark.colors?.['editor.foreground']], 'foreground');
  const background = pairs([light.colors?.['editor.background'], dark.colors?.['editor.background']], 'background');
  return colour && background ? { colour, background } : undefined;
})();

/** TextMate's font style flags, as a token's `fontStyle` carries them. */
const FontStyle = { Italic: 1, Bold: 2, Underline: 4, Strikethrough: 8 } as const;
const FONT_STYLES: [number, string, string][] = [
  [FontStyle.Italic, 'font-style', 'italic'],
  [FontStyle.Bold, 'font-weight', 'bold'],
];

/** The CSS variables of both themes for a token of the light theme, as Shiki writes them for two themes. */
function bothThemes(token: ThemedToken): Record<string, string> {
  const { colour, background } = DARK_OF_LIGHT!;
  const own: [suffix: string, light: string, dark: string][] = [];
  if (token.color) own.push(['', token.color, colour.get(token.color.toLowerCase()) ?? token.color]);
  if (token.bgColor) own.push(['-bg', token.bgColor, background.get(token.bgColor.toLowerCase()) ?? token.bgColor]);
  const flags = token.fontStyle ?? 0;
  for (const [flag, name, value] of FONT_STYLES) if (flags & flag) own.push([`-${name}`, value, value]);
  const decorations = [flags & FontStyle.Underline ? 'underline' : '', flags & FontStyle.Strikethrough ? 'line-through' : ''].filter(Boolean).join(' ');
  if (decorations) own.push(['-text-decoration', decorations, decorations]);
  const style: Record<string, string> = {};
  for (const [suffix, value] of own) style[`--shiki-light${suffix}`] = value;
  for (const [suffix, , value] of own) style[`--shiki-dark${suffix}`] = value;
  return style;
}

/** Every line's tokens with both themes' styles in `htmlStyle`: one tokenization where the themes allow it. */
export function themedTokens(highlighter: HighlighterCore, code: string, language: LanguageId): ThemedToken[][] {
  // A minified line of thousands of characters is shown, not tokenized (which could take seconds).
  const tokenizeMaxLineLength = 2000;
  if (DARK_OF_LIGHT) {
    const lines = highlighter.codeToTokensBase(code, { lang: language, theme: CODE_THEMES.light.name, tokenizeMaxLineLength });
    return lines.map((tokens) => tokens.map((token) => ({ ...token, htmlStyle: bothThemes(token) })));
  }
  const themes = { light: CODE_THEMES.light.name, dark: CODE_THEMES.dark.name };
  return highlighter.codeToTokens(code, { lang: language, themes, defaultColor: false, tokenizeMaxLineLength }).tokens;
}

/** The code's lines: highlighted when its language is bundled and the highlighter copes, else plain. */
function codeLines(highlighter: HighlighterCore, code: string, language: LanguageId | undefined): ElementContent[][] {
  if (language) {
    try {
      const plain = { '--shiki-light': githubLight.colors?.['editor.foreground'] ?? '', '--shiki-dark': githubDark.colors?.['editor.foreground'] ?? '' };
      return themedTokens(highlighter, code, language).map((tokens) => lineChildren(tokens, plain));
    } catch {
      // A grammar failing on some input is no reason to lose the block: it is shown plain.
    }
  }
  return code.split('\n').map((line) => (line ? [text(line)] : []));
}

// --- Block options ------------------------------------------------------------------------------

/** `1,3-4` → {1, 3, 4}; a range is read either way round and capped, so `1-1e9` cannot hang a build. */
export function markedLines(spec: string | undefined): Set<number> {
  const lines = new Set<number>();
  for (const part of (spec ?? '').split(',')) {
    const match = /^\s*(-?\d+)\s*(?:-\s*(-?\d+)\s*)?$/.exec(part);
    if (!match) continue;
    let [from, to] = [Number(match[1]), Number(match[2] ?? match[1])];
    if (to < from) [from, to] = [to, from];
    for (let line = from; line <= to && line - from < 100_000; line++) lines.add(line);
  }
  return lines;
}

const attribute = (pre: Element, code: Element | undefined, name: string): string | undefined => {
  const value = pre.properties[name] ?? code?.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
};

const classesOf = (node: Element | undefined): string[] => {
  const value: unknown = node?.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
};

const LEFT_ALONE = ['language-math', 'language-mermaid'];
const OPTION_ATTRIBUTES = ['dataMark', 'dataLineNumbers', 'dataFirstLine', 'dataLineThreshold'];

export type HighlightCodeOptions = {
  /** Line numbers on blocks that do not say (the site's `highlight.line_number`, for fenced code). */
  lineNumbers?: boolean;
  /** Numbers only on blocks of more lines than this (Hexo's `highlight.line_threshold`); 0 by default. */
  lineThreshold?: number;
};

/** The block a <pre> becomes; its <code> (if any) read for the text, language and options. */
function codeBlock(highlighter: HighlighterCore, pre: Element, options: HighlightCodeOptions): Element {
  const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
  const written = [...classesOf(code), ...classesOf(pre)].find((name) => name.startsWith('language-'))?.slice('language-'.length);
  const language = resolveLanguage(written);
  // Markdown ends a fenced block's text with a newline that is no line of the code.
  const source = toString(code ?? pre).replace(/\r\n?/g, '\n').replace(/\n$/, '');
  const lines = codeLines(highlighter, source, language);

  const first = Number.parseInt(attribute(pre, code, 'dataFirstLine') ?? '', 10);
  const firstLine = Number.isSafeInteger(first) ? first : 1;
  const asked = attribute(pre, code, 'dataLineNumbers');
  const threshold = Number(attribute(pre, code, 'dataLineThreshold') ?? options.lineThreshold ?? 0) || 0;
  const numbered = (asked === undefined ? options.lineNumbers === true : asked === 'true' || asked === '') && lines.length > threshold;
  const marks = markedLines(attribute(pre, code, 'dataMark'));

  const codeChildren = lines.flatMap((children, i): ElementContent[] => {
    const line = span(marks.has(firstLine + i) ? ['line', 'marked'] : ['line'], children);
    return i === 0 ? [line] : [text('\n'), line];
  });
  const codeProperties: Properties = language ? { className: [`language-${language}`] } : {};
  if (numbered) {
    const digits = Math.max(String(firstLine).length, String(firstLine + lines.length - 1).length);
    codeProperties.style = `${firstLine === 1 ? '' : `counter-reset:code-line ${firstLine - 1};`}--line-digits:${digits}`;
  }

  const preProperties: Properties = { ...pre.properties, dataLanguage: language ?? 'text', tabIndex: 0 };
  for (const name of OPTION_ATTRIBUTES) delete preProperties[name];
  if (numbered) preProperties.dataLineNumbers = '';
  const block: Element = {
    type: 'element',
    tagName: 'pre',
    properties: preProperties,
    children: [{ type: 'element', tagName: 'code', properties: codeProperties, children: codeChildren }],
  };
  const label = language ? [span(['code-language'], [text(languageLabel(language))])] : [];
  return { type: 'element', tagName: 'div', properties: { className: ['code-block', 'not-prose'] }, children: [...label, block] };
}

/** A <pre> still to highlight: not a block already (the plugin run twice), nor math or a diagram. */
function needsHighlighting(pre: Element): boolean {
  if (pre.tagName !== 'pre' || pre.properties.dataLanguage !== undefined) return false;
  const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
  return !classesOf(code).some((name) => LEFT_ALONE.includes(name));
}

/** Every code block of a tree made a highlighted block, in place, by a highlighter already made. */
export function highlightCode(tree: Root, highlighter: HighlighterCore, options: HighlightCodeOptions = {}): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'pre' || !parent || index === undefined) return;
    if (needsHighlighting(node)) parent.children[index] = codeBlock(highlighter, node, options);
    return [SKIP, index + 1];
  });
}

/**
 * The rehype plugin. Wiring, in the trusted phase: `[rehypeHighlightCode, { lineNumbers:
 * settings.codeLineNumbers }]`, before rehypeMermaid. Asynchronous: the highlighter is made on the
 * first body that has code.
 */
export function rehypeHighlightCode(options: HighlightCodeOptions = {}) {
  return async (tree: Root) => {
    let found = false;
    visit(tree, 'element', (node: Element) => {
      found = needsHighlighting(node);
      return found ? EXIT : undefined;
    });
    if (found) highlightCode(tree, await codeHighlighter(), options);
  };
}

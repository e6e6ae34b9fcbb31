import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { unified } from 'unified';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CODE_THEMES, codeHighlighter, contrastRatio, DARK_OF_LIGHT, highlightCode, markedLines, rehypeHighlightCode, themedTokens, type HighlightCodeOptions } from '@/lib/content/code/highlight';
import { LANGUAGE_LABELS, resolveLanguage, type LanguageId } from '@/lib/content/code/languages';
import { sitesDir } from './helpers';

/** Every element of a tag name under a node, in document order. */
function selectAll(node: Root | Element, tagName: string): Element[] {
  const found: Element[] = [];
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tagName) found.push(child);
    found.push(...selectAll(child, tagName));
  }
  return found;
}

const root = (...children: RootContent[]): Root => ({ type: 'root', children });
const fence = (lang: string | undefined, text: string, pre: Record<string, string> = {}) =>
  h('pre', pre, h('code', lang === undefined ? {} : { className: [`language-${lang}`] }, text));

const highlighter = await codeHighlighter();

function highlight(tree: Root, options: HighlightCodeOptions = {}): Root {
  highlightCode(tree, highlighter, options);
  return tree;
}
/** The one block a tree of one fenced block becomes. */
const block = (lang: string | undefined, text: string, pre: Record<string, string> = {}, options: HighlightCodeOptions = {}) =>
  highlight(root(fence(lang, text, pre)), options).children[0] as Element;

const preOf = (node: Element) => selectAll(node, 'pre')[0]!;
const linesOf = (node: Element) => selectAll(node, 'span').filter((span) => (span.properties.className as string[] | undefined)?.includes('line'));
const tokens = (node: Element) => selectAll(node, 'span').filter((span) => typeof span.properties.style === 'string');
/** The colour a token has in a scheme: its inline variable. */
const colour = (token: Element, scheme: 'light' | 'dark') => new RegExp(`--shiki-${scheme}:(#[0-9a-f]+)`, 'i').exec(String(token.properties.style))?.[1];
const tokenNamed = (node: Element, text: string) => tokens(node).find((token) => toString(token).trim() === text);

afterEach(() => vi.restoreAllMocks());

/** Up to `perLanguage` fenced blocks of each bundled language in the shared Hexo blogs' posts. */
function sharedBlocks(perLanguage: number): { language: LanguageId; code: string }[] {
  const count = new Map<LanguageId, number>();
  const blocks: { language: LanguageId; code: string }[] = [];
  for (const entry of readdirSync(sitesDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md') || !entry.parentPath.includes('_posts')) continue;
    for (const match of readFileSync(path.join(entry.parentPath, entry.name), 'utf8').matchAll(/^```(\S+)[^\n]*\n([\s\S]*?)^```$/gm)) {
      const language = resolveLanguage(match[1]);
      if (!language || (count.get(language) ?? 0) >= perLanguage) continue;
      count.set(language, (count.get(language) ?? 0) + 1);
      blocks.push({ language, code: match[2]! });
    }
  }
  return blocks;
}

describe('one tokenization for both themes', () => {
  it('colours every token of real posts exactly as tokenizing once per theme does', () => {
    expect(DARK_OF_LIGHT, 'the two themes style the same scopes alike').toBeDefined();
    const blocks = sharedBlocks(8);
    expect(new Set(blocks.map((b) => b.language)).size).toBeGreaterThan(15);
    for (const { language, code } of blocks) {
      const once = themedTokens(highlighter, code, language).map((line) => line.map((t) => [t.content, t.htmlStyle]));
      const twice = highlighter
        .codeToTokens(code, { lang: language, themes: { light: CODE_THEMES.light.name, dark: CODE_THEMES.dark.name }, defaultColor: false, tokenizeMaxLineLength: 2000 })
        .tokens.map((line) => line.map((t) => [t.content, t.htmlStyle]));
      expect(once, `${language}: ${code.slice(0, 60)}`).toEqual(twice);
    }
  }, 60_000);
});

describe('rehypeHighlightCode', () => {
  it('runs as a rehype plugin: code blocks highlighted, math and diagrams left to their own plugins', async () => {
    const tree = root(fence('python', 'print(1)\n'), fence('math', 'x^2'), fence('mermaid', 'graph TD; A-->B'));
    await unified().use(rehypeHighlightCode, { lineNumbers: true }).run(tree);
    const [python, math, diagram] = tree.children as Element[];
    expect(python!.properties.className).toEqual(['code-block', 'not-prose']);
    expect(preOf(python!).properties.dataLineNumbers).toBe('');
    expect(tokenNamed(python!, 'print')).toBeDefined();
    for (const left of [math!, diagram!]) expect([left.tagName, left.properties.dataLanguage]).toEqual(['pre', undefined]);
  });

  it('highlights a fenced block: tokens coloured for both schemes, in the shared frame with a label', () => {
    const out = block('js', 'const answer = 42; // why\n');
    expect(out.tagName).toBe('div');
    expect(out.properties.className).toEqual(['code-block', 'not-prose']);
    const label = out.children[0] as Element;
    expect(label.properties.className).toEqual(['code-language']);
    expect(toString(label)).toBe('JavaScript');
    const pre = preOf(out);
    expect(pre.properties.dataLanguage).toBe('javascript');
    expect(pre.properties.tabIndex).toBe(0);
    const keyword = tokenNamed(out, 'const')!;
    const comment = tokenNamed(out, '// why')!;
    for (const token of [keyword, comment]) {
      expect(colour(token, 'light')).toMatch(/^#[0-9a-f]{6}$/i);
      expect(colour(token, 'dark')).toMatch(/^#[0-9a-f]{6}$/i);
    }
    expect(colour(keyword, 'light')).not.toBe(colour(comment, 'light'));
    // The text is the code exactly (no numbers, no label), so copying it copies the code.
    expect(toString(selectAll(out, 'code')[0]!)).toBe('const answer = 42; // why');
  });

  it.each([
    ['python', 'def f(x):\n    return x  # c', 'def', 'Python'],
    ['bash', 'echo "hi" | grep h', 'echo', 'Shell'],
    ['java', 'String s = "hi";', '"hi"', 'Java'],
    ['sql', 'SELECT a FROM t;', 'SELECT', 'SQL'],
    ['yaml', 'key: value # c', 'key', 'YAML'],
    ['html', '<div class="x">y</div>', 'div', 'HTML'],
  ])('highlights %s', (lang, text, word, label) => {
    const out = block(lang, text);
    expect(toString(out.children[0]!)).toBe(label);
    expect(colour(tokenNamed(out, word)!, 'dark')).toBeDefined();
    expect(toString(selectAll(out, 'code')[0]!)).toBe(text);
  });

  it('reads Hexo’s (highlight.js’s) language names, in any case', () => {
    const cases: [string, LanguageId][] = [
      ['c++', 'cpp'], ['C++', 'cpp'], ['Java', 'java'], ['C#', 'csharp'], ['cs', 'csharp'], ['shell', 'shellscript'], ['sh', 'shellscript'],
      ['zsh', 'shellscript'], ['Bash', 'shellscript'], ['console', 'shellsession'], ['objc', 'objective-c'], ['yml', 'yaml'], ['js', 'javascript'],
      ['py', 'python'], ['golang', 'go'], ['cmd', 'bat'], ['bat', 'bat'], ['ps1', 'powershell'], ['powershell', 'powershell'], ['dockerfile', 'docker'],
      ['conf', 'ini'], ['md', 'markdown'], ['ts', 'typescript'], ['tex', 'latex'], ['gradle', 'groovy'], ['makefile', 'make'], [' Python ', 'python'],
    ];
    for (const [written, id] of cases) expect([written, resolveLanguage(written)]).toEqual([written, id]);
    for (const plain of ['', 'text', 'plain', 'txt', 'plaintext', 'output', 'redis-cli', 'powershlel', 'constructor', '__proto__', undefined]) expect(resolveLanguage(plain)).toBeUndefined();
    // And in a block: the resolved name on the <pre>, the display name on the label.
    const out = block('C++', 'int main() { return 0; }');
    expect(preOf(out).properties.dataLanguage).toBe('cpp');
    expect(toString(out.children[0]!)).toBe('C++');
  }, 20_000);

  it('bundles a grammar for every language it names', () => {
    const loaded = highlighter.getLoadedLanguages();
    for (const id of Object.keys(LANGUAGE_LABELS)) expect(loaded).toContain(id);
  });

  it.each([['redis-cli'], ['text'], [undefined]])('leaves a block in %s plain, framed the same, and warns nothing', (lang) => {
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const out = block(lang, 'SET key "v"\nGET key\n');
    expect(out.properties.className).toEqual(['code-block', 'not-prose']);
    const pre = preOf(out);
    expect(pre.properties.dataLanguage).toBe('text');
    expect(out.children).toHaveLength(1); // no label
    expect(tokens(out)).toEqual([]);
    expect(linesOf(out).map((line) => toString(line))).toEqual(['SET key "v"', 'GET key']);
    expect(selectAll(out, 'code')[0]!.properties.className).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it('marks lines and numbers them from first_line, by data attributes on the <pre>', () => {
    const text = ['a = 1', 'b = 2', 'c = 3', 'd = 4', 'e = 5'].join('\n');
    const out = block('python', text, { dataMark: '10,12-13', dataFirstLine: '10', dataLineNumbers: 'true' });
    const pre = preOf(out);
    expect(pre.properties.dataLineNumbers).toBe('');
    // The inputs are consumed.
    expect(pre.properties.dataMark).toBeUndefined();
    expect(pre.properties.dataFirstLine).toBeUndefined();
    const code = selectAll(out, 'code')[0]!;
    expect(code.properties.style).toBe('counter-reset:code-line 9;--line-digits:2');
    const marked = linesOf(out).map((line) => (line.properties.className as string[]).includes('marked'));
    expect(marked).toEqual([true, false, true, true, false]);
    // Numbers are drawn by CSS: the text holds none.
    expect(toString(code)).toBe(text);
  });

  it('numbers lines by the site’s default unless the block says, over the threshold only', () => {
    const numbered = (pre: Record<string, string>, options: HighlightCodeOptions) => preOf(block('js', 'a\nb\nc', pre, options)).properties.dataLineNumbers !== undefined;
    expect(numbered({}, {})).toBe(false);
    expect(numbered({}, { lineNumbers: true })).toBe(true);
    expect(numbered({ dataLineNumbers: 'false' }, { lineNumbers: true })).toBe(false);
    expect(numbered({ dataLineNumbers: 'true' }, { lineNumbers: false })).toBe(true);
    expect(numbered({ dataLineThreshold: '3' }, { lineNumbers: true })).toBe(false);
    expect(numbered({ dataLineThreshold: '2' }, { lineNumbers: true })).toBe(true);
    expect(numbered({}, { lineNumbers: true, lineThreshold: 5 })).toBe(false);
    // From line 1, nothing to reset; the gutter is as wide as the largest number.
    expect(selectAll(block('js', 'a', {}, { lineNumbers: true }), 'code')[0]!.properties.style).toBe('--line-digits:1');
  });

  it('reads the options from the <code> too', () => {
    const tree = root(h('pre', h('code', { className: ['language-js'], dataMark: '2' }, 'a\nb')));
    const marked = linesOf(highlight(tree).children[0] as Element).map((line) => (line.properties.className as string[]).includes('marked'));
    expect(marked).toEqual([false, true]);
  });

  it('reads Hexo’s mark ranges either way round, skipping nonsense', () => {
    expect([...markedLines('1,7-9,11')]).toEqual([1, 7, 8, 9, 11]);
    expect([...markedLines('11,9-7,1')].sort((a, b) => a - b)).toEqual([1, 7, 8, 9, 11]);
    expect([...markedLines('x,2-y,,3')]).toEqual([3]);
    expect(markedLines('1-999999999').size).toBe(100_000);
  });

  it('leaves inline code, math and diagrams alone', () => {
    const tree = root(
      h('p', ['Run ', h('code', { className: ['language-js'] }, 'npm test'), '.']),
      h('pre', h('code', { className: ['language-math', 'math-display'] }, 'E = mc^2')),
      h('pre', h('code', { className: ['language-mermaid'] }, 'graph TD; A-->B')),
    );
    const before = structuredClone(tree);
    expect(highlight(tree)).toEqual(before);
  });

  it('frames every <pre>, even an author’s bare HTML one, and only once however often it runs', () => {
    const tree = root(h('pre', 'line one\nline two'), fence('js', 'let a = 1'));
    highlight(tree, { lineNumbers: true });
    const once = toHtml(tree);
    highlight(tree, { lineNumbers: true });
    expect(toHtml(tree)).toBe(once);
    const pres = selectAll(tree, 'pre');
    expect(pres).toHaveLength(2);
    expect(pres.map((pre) => pre.properties.dataLanguage)).toEqual(['text', 'javascript']);
    expect(toString(pres[0]!)).toBe('line one\nline two');
  });

  it('keeps a line of only white space, and a line longer than the tokenizer reads', () => {
    const long = `const s = "${'x'.repeat(3000)}";`;
    const out = block('js', `a\n\n  \n${long}`);
    expect(linesOf(out).map((line) => toString(line))).toEqual(['a', '', '  ', long]);
  });

  it('prints HTML whose inline styles carry both schemes’ colours', () => {
    const html = toHtml(block('ts', 'let x: number = 1'));
    expect(html).toMatch(/<span style="--shiki-light:#[0-9a-f]{6};--shiki-dark:#[0-9a-f]{6}">let<\/span>/i);
    expect(html).toContain('<pre data-language="typescript" tabindex="0"><code class="language-typescript">');
  });
});

describe('colours', () => {
  const samples: Partial<Record<LanguageId, string>> = {
    javascript: 'import x from "y";\n/** doc */\nexport async function f(a = 1, ...b) { return `t${a}` + /re/g.test(b) ?? null; }\nclass A extends B { #p = 0x1f; }',
    markdown: '# Title\n\n*em* **strong** `code` [link](http://x)\n\n> quote\n\n- item\n\n```js\nlet a = 1\n```',
    diff: '--- a\n+++ b\n@@ -1 +1 @@\n-old\n+new\n unchanged',
    cpp: '#include <vector>\ntemplate <typename T> struct S { T v; };\nint main() { std::vector<int> v{1}; return 0; } // c',
    css: '@media (min-width: 1px) { .a > b:hover { color: #fff !important; } }',
    html: '<!DOCTYPE html>\n<a href="x" onclick="f()">t</a><style>p{}</style>',
    shellsession: '$ npm install\nadded 1 package',
    json: '{"a": [1, true, null, "s"]}',
  };

  it('every token colour meets 4.5:1 on the block and on a marked line, in both schemes', () => {
    const seen = { light: new Set<string>(), dark: new Set<string>() };
    for (const id of Object.keys(LANGUAGE_LABELS) as LanguageId[]) {
      const out = block(id, samples[id] ?? samples.javascript!);
      for (const token of tokens(out)) for (const scheme of ['light', 'dark'] as const) seen[scheme].add(colour(token, scheme)!);
    }
    for (const scheme of ['light', 'dark'] as const) {
      const { background, marked } = CODE_THEMES[scheme];
      expect(seen[scheme].size).toBeGreaterThan(5);
      for (const c of seen[scheme]) {
        expect([scheme, c, contrastRatio(c, background) >= 4.5]).toEqual([scheme, c, true]);
        expect([scheme, c, contrastRatio(c, marked) >= 4.5]).toEqual([scheme, c, true]);
      }
    }
  }, 60_000);

  it('app/code.css uses the backgrounds the colours were checked on, and readable muted text', () => {
    const css = readFileSync(path.resolve('app/code.css'), 'utf8');
    const variables = (selector: string) => {
      const body = new RegExp(`(?:^|\\n)\\s*${selector.replace('.', '\\.')} \\{([^}]*)\\}`).exec(css)?.[1] ?? '';
      return Object.fromEntries([...body.matchAll(/(--code-[\w-]+):\s*(#[0-9a-f]+)/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
    };
    for (const [selector, scheme] of [['.code-block', 'light'], ['.dark .code-block', 'dark']] as const) {
      const vars = variables(selector);
      expect(vars['--code-bg']).toBe(CODE_THEMES[scheme].background);
      expect(vars['--code-marked-bg']).toBe(CODE_THEMES[scheme].marked);
      for (const bg of [vars['--code-bg']!, vars['--code-marked-bg']!]) {
        expect(contrastRatio(vars['--code-fg']!, bg)).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(vars['--code-muted']!, bg)).toBeGreaterThanOrEqual(4.5);
      }
    }
    // The dark theme's colours apply under the site's `dark` class, on screen (paper is white).
    expect(css).toMatch(/@media screen \{\s*\.dark \.code-block \.line span \{\s*color: var\(--shiki-dark\)/);
  });

  it('checks contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 5);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { sitesDir } from './helpers';
import { copyKatexAssets, KATEX_STYLESHEET, woff2Only } from '@/lib/content/math/assets';
import { hasMath, rehypeKatexMath } from '@/lib/content/math/katex';
import { mathMode } from '@/lib/content/math/mode';
import { isTexInline, looksLikeTex, remarkMathSyntax, texDelimiters } from '@/lib/content/math/syntax';
import type { MathMode } from '@/lib/content/markdown';
import { sanitizeSchema } from '@/lib/content/sanitize';
import { readHexoSite } from '@/lib/hexo/config';
import { mathTags } from '@/lib/hexo/tags/math';
import { expandTags } from '@/lib/hexo/tags/parse';
import { rehypeTagSlots } from '@/lib/hexo/tags/slots';
import { testTagContext } from '@/tests/support/tag-context';

const SITES = sitesDir;

/**
 * The untrusted phase (tags expanded, Markdown, raw HTML, sanitizing, tags' markup put in) and the
 * math plugin of the trusted phase: the shape of lib/content/markdown.ts, built here so that these
 * tests depend only on the math files.
 */
function render(markdown: string, mode: MathMode, options: { firstLine?: number } = {}) {
  const warnings: string[] = [];
  const { context } = testTagContext();
  context.warn = (message) => warnings.push(message);
  const { source, slots } = expandTags(markdown, { families: [mathTags], context, firstLine: options.firstLine ?? 1 });
  const file = new VFile(mode === 'off' ? source : texDelimiters(source, mode));
  const untrusted = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkMathSyntax(mode))
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeTagSlots, { slots });
  const sanitized = untrusted.runSync(untrusted.parse(file), file) as Root;
  const sanitizedHtml = toHtml(sanitized);
  const trusted = unified().use(rehypeKatexMath, { warn: (message: string) => warnings.push(message), firstLine: options.firstLine ?? 1 });
  const tree = trusted.runSync(sanitized) as Root;
  return { html: toHtml(tree), sanitizedHtml, tree, warnings };
}

/** The TeX of each formula left for KaTeX after the untrusted phase: inline and display. */
function formulas(markdown: string, mode: MathMode) {
  const { sanitizedHtml } = render(markdown, mode);
  const decode = (s: string) => s.replace(/&#x3C;/g, '<').replace(/&#x26;/g, '&').replace(/&lt;/g, '<').replace(/&amp;/g, '&');
  return {
    display: [...sanitizedHtml.matchAll(/<pre><code class="language-math">([\s\S]*?)<\/code><\/pre>/g)].map((m) => decode(m[1]!)),
    inline: [...sanitizedHtml.replace(/<pre><code class="language-math">[\s\S]*?<\/code><\/pre>/g, '').matchAll(/<code class="language-math">([\s\S]*?)<\/code>/g)].map((m) => decode(m[1]!)),
  };
}

describe('mathMode', () => {
  const theme = (themeConfig: Record<string, unknown>, mathConfig: Record<string, unknown> = {}) => ({ themeConfig, mathConfig });

  it("follows the post's own flag first", () => {
    const off = theme({ mathjax: { enable: false, per_page: false } });
    expect(mathMode({ site: off, frontMatter: { mathjax: true } })).toBe('on');
    expect(mathMode({ site: off, frontMatter: { katex: 'true' } })).toBe('on');
    expect(mathMode({ site: off, frontMatter: { math: true, mathjax: false } })).toBe('on');
    const every = theme({ mathjax: { enable: true, per_page: true } });
    expect(mathMode({ site: every, frontMatter: { mathjax: false } })).toBe('off');
    expect(mathMode({ frontMatter: { math: false } })).toBe('off');
  });

  it('reads Butterfly: per_page true is every page, false only flagged posts', () => {
    expect(mathMode({ site: theme({ mathjax: { enable: true, per_page: true } }), frontMatter: {} })).toBe('on');
    expect(mathMode({ site: theme({ katex: { enable: true, per_page: true } }), frontMatter: {} })).toBe('on');
    expect(mathMode({ site: theme({ mathjax: { enable: true, per_page: false } }), frontMatter: {} })).toBe('off');
    expect(mathMode({ site: theme({ mathjax: { enable: true, per_page: false } }), frontMatter: { mathjax: true } })).toBe('on');
    expect(mathMode({ site: theme({ mathjax: { enable: false, per_page: true }, katex: { enable: false } }), frontMatter: {} })).toBe('off');
  });

  it('reads NexT: math.every_page with an enabled engine', () => {
    expect(mathMode({ site: theme({ math: { every_page: true, mathjax: { enable: true } } }), frontMatter: {} })).toBe('on');
    expect(mathMode({ site: theme({ math: { every_page: false, katex: { enable: true } } }), frontMatter: {} })).toBe('off');
    expect(mathMode({ site: theme({ math: { every_page: true, mathjax: { enable: false }, katex: { enable: false } } }), frontMatter: {} })).toBe('off');
  });

  it('reads Fluid: post.math.enable with specific', () => {
    expect(mathMode({ site: theme({ post: { math: { enable: true, specific: false } } }), frontMatter: {} })).toBe('on');
    expect(mathMode({ site: theme({ post: { math: { enable: true, specific: true } } }), frontMatter: {} })).toBe('off');
    expect(mathMode({ site: theme({ post: { math: { enable: true, specific: true } } }), frontMatter: { math: true } })).toBe('on');
    expect(mathMode({ site: theme({ post: { math: { enable: false } } }), frontMatter: {} })).toBe('off');
  });

  it("reads the site's own math plugins, which outrank a theme whose math is off", () => {
    expect(mathMode({ site: theme({}, { mathjax: { every_page: true } }), frontMatter: {} })).toBe('on');
    expect(mathMode({ site: theme({}, { mathjax: { tags: 'none' } }), frontMatter: {} })).toBe('off');
    // hexo-filter-mathjax wants the theme's math off: the plugin decides.
    expect(mathMode({ site: theme({ math: { every_page: false, mathjax: { enable: false } } }, { mathjax: { every_page: true } }), frontMatter: {} })).toBe('on');
    expect(mathMode({ site: theme({}, { math: { engine: 'mathjax' } }), frontMatter: {} })).toBe('on');
    expect(mathMode({ site: theme({}, { katex: { css: true } }), frontMatter: {} })).toBe('on');
    // hexo-math 4 renders its tags only: it says nothing about `$`.
    expect(mathMode({ site: theme({}, { math: { katex: { css: 'x' } } }), frontMatter: {} })).toBe('detect');
    expect(mathMode({ site: { ...theme({}), markdown: { plugins: ['markdown-it-footnote', '@neilsustc/markdown-it-katex'] } }, frontMatter: {} })).toBe('on');
    expect(mathMode({ site: theme({}), siteConfig: { markdown_it_plus: { plugins: [{ plugin: { name: 'markdown-it-mathjax', enable: true } }] } }, frontMatter: {} })).toBe('detect');
    expect(mathMode({ site: theme({}), siteConfig: { markdown_it_plus: { plugins: [{ name: '@iktakahiro/markdown-it-katex', enable: true }] } }, frontMatter: {} })).toBe('on');
  });

  it('is detect when nothing says anything', () => {
    expect(mathMode({ frontMatter: {} })).toBe('detect');
    expect(mathMode({ site: theme({ menu: {} }), frontMatter: { title: 'x' } })).toBe('detect');
  });

  it("decides the shared sites' posts from their real configs", async () => {
    const [cclmsy, codehhr, cylong, suyu] = await Promise.all(
      ['CCLMSY__Hexo_Blog', 'codehhr__hexo-theme-butterfly-blog-backup', 'cylong1016__HexoBlog', 'suyu0925__hexo-blog'].map((name) => readHexoSite(path.join(SITES, name))),
    );
    // Butterfly with mathjax.enable + per_page (and hexo-math 3's `math.engine` in _config.yml).
    expect(mathMode({ site: cclmsy!, frontMatter: {} })).toBe('on');
    expect(mathMode({ site: cclmsy!, frontMatter: { mathjax: true } })).toBe('on');
    // Butterfly with both engines disabled: dollars were dollars.
    expect(mathMode({ site: codehhr!, frontMatter: {} })).toBe('off');
    // NexT (next-reloaded) with no theme config kept, no plugin: nothing said.
    expect(mathMode({ site: cylong!, frontMatter: {} })).toBe('detect');
    // NexT with both engines disabled; hexo-static-math renders `{% math %}` only.
    expect(mathMode({ site: suyu!, frontMatter: {} })).toBe('off');
    expect(mathMode({ site: suyu!, frontMatter: { mathjax: true } })).toBe('on');
  });
});

describe("the 'detect' rule", () => {
  it.each([
    ['$x$', true],
    ['$a^2+b^2$', true],
    ['$\\alpha$', true],
    ['$f(x)=1$', true],
    ['$O(n \\log n)$', true],
    ['$n$', true],
    ["$x'$", true],
    ['$ABC$', true],
    ['$x_{max}$', true],
    ['$dp[i][j]$', true],
    ['$x,y$', true],
    ['$softmax(z)$', true],
    ['$12$', true],
    ['$\\{x\\}$', true],
    ['$α+β$', true],
    // Pandoc's delimiter rule.
    ['$5 and $', false],
    ['$ x $', false],
    ['$ http://www.cylong.com/$', false],
    // Not TeX.
    ['$PATH$', false],
    ['$HOME/bin:$', false],
    ['$now where userid=$', false],
    ['$($', false],
    ['$id":"1","left":{"$', false],
    ['$JAVA_HOME来调用java可执行文件，所以我们需要在安装完后设置$', false],
    ['$env:APPDATA\\fnm$', false],
    ['$uid and passwd=’$', false],
    ['$x and y$', false],
    ['$a & b$', false],
    ['$100%$', false],
  ])('%s is math: %s', (written, expected) => {
    expect(isTexInline(written)).toBe(expected);
  });

  it('never takes a closing dollar followed by a digit', () => {
    expect(isTexInline('$1,$', '2')).toBe(false);
    expect(isTexInline('$x$', '2')).toBe(false);
    expect(isTexInline('$x$', '是')).toBe(true);
  });

  it('keeps prices, shell variables and paths as text in prose', () => {
    for (const text of ['It costs $5 and $10.', 'Set $PATH to include $HOME/bin first.', 'costs $3.50 now', 'in shell, $1 and $2 are arguments', 'a $HOME/bin:$PATH b', 'US$5 or US$10']) {
      const { html, warnings } = render(text, 'detect');
      expect(html).toBe(`<p>${text}</p>`);
      expect(warnings).toEqual([]);
    }
  });

  it('keeps formulas as math', () => {
    const { inline } = formulas('a $x$ b $a^2+b^2$ c $\\alpha$ d $f(x)=1$ e $O(n \\log n)$ f $n$ 个', 'detect');
    expect(inline).toEqual(['x', 'a^2+b^2', '\\alpha', 'f(x)=1', 'O(n \\log n)', 'n']);
  });

  it('reads what a rejected pair held as Markdown, and lets its closing dollar open a formula', () => {
    const { sanitizedHtml } = render('It was $5 and **more**, see [the list](https://x.test/a) $x^2$ here.', 'detect');
    expect(sanitizedHtml).toBe('<p>It was $5 and <strong>more</strong>, see <a href="https://x.test/a">the list</a> <code class="language-math">x^2</code> here.</p>');
    expect(formulas('$5 and $x^2$ and $10', 'detect').inline).toEqual(['x^2']);
  });

  it('keeps $$ blocks and inline $$…$$ as math', () => {
    expect(formulas('$$\nE = mc^2\n$$', 'detect').display).toEqual(['E = mc^2']);
    expect(formulas('text $$\\sum_i x_i$$ more', 'detect').display).toEqual(['\\sum_i x_i']);
  });

  it("'on' takes every pair, as MathJax did", () => {
    expect(formulas('It costs $5 and $10.', 'on').inline).toEqual(['5 and ']);
  });

  it("'off' takes none, not even $$ blocks", () => {
    const { html } = render('$x$ and\n\n$$\ny\n$$', 'off');
    expect(html).not.toContain('katex');
    expect(html).toContain('$x$');
  });

  it('is a precise rule for text, not delimiters', () => {
    expect(looksLikeTex(' x ')).toBe(true);
    expect(looksLikeTex('')).toBe(false);
    expect(looksLikeTex('\\text{速度} = v')).toBe(true);
  });
});

describe('texDelimiters', () => {
  it('rewrites \\(…\\) inline and \\[…\\] display', () => {
    expect(texDelimiters('a \\(x^2\\) b')).toBe('a $x^2$ b');
    expect(texDelimiters('a \\( x \\) b')).toBe('a $x$ b');
    expect(texDelimiters('\\[\n\\int_0^1 f\n\\]')).toBe('$$\n\\int_0^1 f\n$$');
    const { display, inline } = formulas('Energy \\[E = mc^2\\] and \\(p = mv\\).', 'detect');
    expect(display).toEqual(['E = mc^2']);
    expect(inline).toEqual(['p = mv']);
  });

  it('makes a multi-line \\[…\\] a display block, also inside a quote and a list', () => {
    expect(formulas('\\[\na + b\n\\]', 'on').display).toEqual(['a + b']);
    expect(formulas('> see\n> \\[\n> a + b\n> \\]\n', 'on').display).toEqual(['a + b']);
    const { html } = render('- item \\[x^2\\]\n- next', 'on');
    // A tight list item: its text, then the block, inside the same item.
    expect(html).toMatch(/^<ul>\n<li>item\n<div class="math-display">[\s\S]*<\/div>\n<\/li>\n<li>next<\/li>\n<\/ul>$/);
  });

  it('reads $$ blocks as MathJax did: TeX on the opening line, $$ closing at a line end', () => {
    expect(texDelimiters('$$\\begin{cases}\na \\\\\n\\end{cases}$$\n后文 $x$')).toBe('$$\\begin{cases}\na \\\\\n\\end{cases}\n$$\n后文 $x$');
    expect(texDelimiters('> $$a\n> b$$\n')).toBe('> $$a\n> b\n> $$\n');
    const { display, inline } = formulas('$$\\begin{align}\n  k &= 1 \\newline\n  &= 2\n\\end{align}$$\n后文 $x$', 'on');
    expect(display).toEqual(['\\begin{align}\n  k &= 1 \\newline\n  &= 2\n\\end{align}']);
    expect(inline).toEqual(['x']);
    const { warnings } = render('$$\\begin{align}\n  k &= 1\n\\end{align}\n$$', 'on');
    expect(warnings).toEqual([]);
  });

  it('leaves code, existing math and escaped brackets alone', () => {
    const code = '`\\(x\\)` and\n\n```\n\\[y\\]\n```\n\n    \\(z\\)\n';
    expect(texDelimiters(code)).toBe(code);
    expect(texDelimiters('$P\\(C\\)$')).toBe('$P\\(C\\)$');
    expect(texDelimiters('[\\[1\\], \\[2\\], []]')).toBe('[\\[1\\], \\[2\\], []]');
    expect(texDelimiters('nums\\[1\\] = 2')).toBe('nums\\[1\\] = 2');
    expect(texDelimiters('a \\\\[2pt] b \\\\]')).toBe('a \\\\[2pt] b \\\\]');
    expect(texDelimiters('<div>\\(x\\)</div>\n')).toBe('<div>\\(x\\)</div>\n');
    expect(texDelimiters('\\(x\\)', 'off')).toBe('\\(x\\)');
  });
});

describe('rehypeKatexMath', () => {
  it('renders inline math as HTML and MathML, with the TeX as annotation', () => {
    const { html, warnings, tree } = render('面积 $\\pi r^2$ 平方', 'on');
    expect(warnings).toEqual([]);
    expect(html).toMatch(/^<p>面积 <span class="katex"><span class="katex-mathml"><math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML">/);
    expect(html).toContain('<annotation encoding="application/x-tex">\\pi r^2</annotation>');
    expect(html).toContain('class="katex-html"');
    expect(html).not.toContain('language-math');
    expect(hasMath(tree)).toBe(true);
  });

  it('renders display math in a scrolling div', () => {
    const { html } = render('$$\n\\sum_{i=1}^n i\n$$', 'on');
    expect(html).toMatch(/^<div class="math-display"><span class="katex-display"><span class="katex">/);
    expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">');
    expect(html).toContain('<annotation encoding="application/x-tex">\\sum_{i=1}^n i</annotation>');
  });

  it('splits a paragraph around $$…$$ written inside it', () => {
    const { html } = render('前文 $$x^2$$ 后文', 'on');
    expect(html).toMatch(/^<p>前文<\/p>\n<div class="math-display">[\s\S]*<\/div>\n<p>后文<\/p>$/);
  });

  it('keeps a formula KaTeX cannot read as code, and warns with its line', () => {
    const { html, warnings, tree } = render('第一行\n\n坏的 $\\frac{1}{$ 公式', 'on', { firstLine: 5 });
    expect(html).toBe('<p>第一行</p>\n<p>坏的 <code class="math-error">$\\frac{1}{$</code> 公式</p>');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^line 7: the formula "\\frac\{1\}\{" cannot be rendered: .*expected '\}'.*; its source is shown instead$/);
    expect(hasMath(tree)).toBe(false);
  });

  it('reads Markdown escapes TeX has no command for, as the blog’s renderer did', () => {
    const { html, warnings } = render('$P\\(C\\)$ and $X^\\*$', 'on');
    expect(warnings).toEqual([]);
    expect(html).toContain('<annotation encoding="application/x-tex">P(C)</annotation>');
    expect(html).toContain('<annotation encoding="application/x-tex">X^*</annotation>');
  });

  it('leaves the source in place when only checking', () => {
    const warnings: string[] = [];
    const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'code', properties: { className: ['language-math'] }, children: [{ type: 'text', value: '\\bad{' }] }] };
    unified().use(rehypeKatexMath, { warn: (m: string) => warnings.push(m), checkOnly: true }).runSync(tree);
    expect(toHtml(tree)).toBe('<code class="language-math">\\bad{</code>');
    expect(warnings).toHaveLength(1);
  });

  it('warns of the same formulas when only checking as when typesetting', () => {
    const formulas = ['x^2', '\\frac{1}{', '\\bad{x}', 'P\\(C\\)', '\\begin{cases}a\\end{cases}', '\\begin{matrix}a', '\\sqrt[3]{x}', 'a_{b', '\\left( x', '\\verb|x|', '#', '\\rule{1em}{2em}', '\\mathbb{R}^n', '\\ce{H2O}'];
    const tree = (): Root => ({
      type: 'root',
      children: formulas.map((tex) => ({ type: 'element', tagName: 'code', properties: { className: ['language-math'] }, children: [{ type: 'text', value: tex }] })),
    });
    const warned = (checkOnly: boolean) => {
      const warnings: string[] = [];
      unified().use(rehypeKatexMath, { warn: (m: string) => warnings.push(m), checkOnly }).runSync(tree());
      return warnings;
    };
    const typeset = warned(false);
    expect(typeset.length).toBeGreaterThanOrEqual(5);
    expect(warned(true)).toEqual(typeset);
  });

  it('makes no element from TeX that asks for one (trust is off)', () => {
    const { html } = render('$\\href{javascript:alert(1)}{x}$ $\\htmlClass{evil}{y}$', 'on');
    // Shown as unsupported commands: the URL is only in the annotation's text.
    expect(html).not.toMatch(/<a\b|href=/);
    expect(html).not.toContain('evil"');
    expect(html).toContain('<annotation encoding="application/x-tex">\\href{javascript:alert(1)}{x}</annotation>');
  });
});

describe('{% math %}', () => {
  it('is display math, whatever the mode', () => {
    for (const mode of ['off', 'detect', 'on'] as const) {
      const { html, warnings } = render('公式：\n{% math %}\nReLU(x) = \\max(0, x) \\\\\ny = x_1 * x_2 * x_3\n{% endmath %}\n结束', mode);
      expect(warnings).toEqual([]);
      expect(html).toMatch(/^<p>公式：\s*<\/p>\s*<div class="math-display">/);
      expect(html).toContain('<annotation encoding="application/x-tex">ReLU(x) = \\max(0, x) \\\\\ny = x_1 * x_2 * x_3</annotation>');
      expect(html).toMatch(/<\/div>\s*<p>\s*结束<\/p>$/);
    }
  });

  it('is inline with hexo-static-math’s inline argument or hexo-math’s options', () => {
    for (const tag of ['{% math inline %}x^2{% endmath %}', `{% katex '{"displayMode": false}' %}x^2{% endkatex %}`, `{% mathjax '{"conversion": {"display": false}}' %}x^2{% endmathjax %}`, '{% katex false %}x^2{% endkatex %}']) {
      const { html } = render(`a ${tag} b`, 'off');
      expect(html).toMatch(/^<p>a <span class="katex"><span class="katex-mathml">/);
      expect(html).toContain('<annotation encoding="application/x-tex">x^2</annotation>');
    }
  });

  it('warns with the file line of a formula that cannot be read', () => {
    const { context, warnings } = testTagContext();
    const { slots } = expandTags('a\n\n{% math %}\n\\frac{\n{% endmath %}', { families: [mathTags], context, firstLine: 10 });
    expect(warnings).toEqual([]);
    const tree: Root = { type: 'root', children: slots[0] as ElementContent[] };
    const messages: string[] = [];
    unified().use(rehypeKatexMath, { warn: (m: string) => messages.push(m) }).runSync(tree);
    expect(messages).toEqual([expect.stringMatching(/^line 12: the formula "\\frac\{" cannot be rendered: /)]);
    expect(toHtml(tree)).toBe('<p><code class="math-error">$$\\frac{$$</code></p>');
  });

  it('is not a tag without its end tag', () => {
    const { context } = testTagContext();
    expect(mathTags.math!({ name: 'math', args: [], line: 1 }, context)).toBeUndefined();
  });
});

describe('KaTeX assets', () => {
  it('copies the stylesheet and woff2 fonts, and the stylesheet asks for nothing else', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'katex-assets-'));
    try {
      const files = copyKatexAssets(dir);
      expect(KATEX_STYLESHEET).toBe('/vendor/katex/katex.min.css');
      const css = fs.readFileSync(path.join(dir, 'vendor/katex/katex.min.css'), 'utf8');
      const urls = [...css.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]!);
      expect(urls.length).toBeGreaterThan(10);
      for (const url of urls) {
        expect(url).toMatch(/^fonts\/KaTeX_[\w-]+\.woff2$/);
        expect(fs.existsSync(path.join(dir, 'vendor/katex', url))).toBe(true);
      }
      expect(css).not.toMatch(/\.woff\)|\.ttf\)/);
      expect(css).toContain('.math-display{overflow-x:auto');
      const fonts = fs.readdirSync(path.join(dir, 'vendor/katex/fonts'));
      expect(fonts.every((font) => font.endsWith('.woff2'))).toBe(true);
      expect(files).toContain('vendor/katex/katex.min.css');
      expect(files).toHaveLength(fonts.length + 1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('drops every non-woff2 source', () => {
    expect(woff2Only('src:url(fonts/A.woff2) format("woff2"),url(fonts/A.woff) format("woff"),url(fonts/A.ttf) format("truetype")')).toBe('src:url(fonts/A.woff2) format("woff2")');
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { codeHighlighter, highlightCode } from '@/lib/content/code/highlight';
import { codeBody, codeTags, parseCodeArguments } from '@/lib/hexo/tags/code';
import { expandTags, SLOT_MARKER } from '@/lib/hexo/tags/parse';
import { testTagContext } from '../support/tag-context';
import { sitesDir } from './helpers';

// Hexo's own test fixture (hexo test/scripts/tags/code.ts).
const fixture = ['if (tired && night){', '  sleep();', '}'].join('\n');

/** The tag as a post writes it: `{% codeblock args %}body{% endcodeblock %}`, args split as Hexo's test does. */
function codeblock(args: string, body = fixture, name = 'codeblock') {
  const { context, warnings } = testTagContext();
  const output = codeTags[name]!({ name, args: args ? args.split(' ') : [], body, line: 1 }, context);
  return { output: output as Element, warnings };
}
const pre = (node: Element): Element => (node.tagName === 'pre' ? node : (node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'pre') as Element));
const codeOf = (node: Element) => pre(node).children[0] as Element;
const caption = (node: Element) => (node.tagName === 'figure' ? toHtml(node.children[0]!) : undefined);

describe('parseCodeArguments (Hexo’s parseArgs)', () => {
  it('reads no arguments as Hexo’s defaults', () => {
    expect(parseCodeArguments([])).toEqual({ firstLine: 1, mark: [], highlight: true });
  });

  it('reads lang, line_number, line_threshold, first_line, wrap and language_attr', () => {
    expect(parseCodeArguments(['lang:js']).lang).toBe('js');
    expect(parseCodeArguments(['line_number:false']).lineNumber).toBe(false);
    expect(parseCodeArguments(['line_number:true']).lineNumber).toBe(true);
    expect(parseCodeArguments(['line_number:true', 'line_threshold:3'])).toMatchObject({ lineNumber: true, lineThreshold: 3 });
    expect(parseCodeArguments(['first_line:1234']).firstLine).toBe(1234);
    expect(parseCodeArguments(['first_line:x']).firstLine).toBe(1);
    // wrap and language_attr only change Hexo's own markup: read, then dropped (not a caption).
    expect(parseCodeArguments(['wrap:false', 'language_attr:true', 'lang:js'])).toEqual({ lang: 'js', firstLine: 1, mark: [], highlight: true });
  });

  it('reads mark: as Hexo does, ranges either way round', () => {
    expect(parseCodeArguments(['mark:1,7-9,11']).mark).toEqual([1, 7, 8, 9, 11]);
    expect(new Set(parseCodeArguments(['mark:11,9-7,1']).mark)).toEqual(new Set([1, 7, 8, 9, 11]));
    expect(parseCodeArguments(['mark:a,2-b,3']).mark).toEqual([3]);
  });

  it('reads the rest as the caption: a title, a link, its text', () => {
    expect(parseCodeArguments(['Hello', 'world']).caption).toEqual({ title: 'Hello world' });
    expect(parseCodeArguments(['Hello', 'world', 'https://hexo.io/']).caption).toEqual({ title: 'Hello world', url: 'https://hexo.io/', linkText: 'link' });
    expect(parseCodeArguments(['Hello', 'world', 'https://hexo.io/', 'Hexo']).caption).toEqual({ title: 'Hello world', url: 'https://hexo.io/', linkText: 'Hexo' });
    // As in Hexo, a URL alone is a title (the expressions want a title before it), and any other key:value is caption text.
    expect(parseCodeArguments(['https://hexo.io/']).caption).toEqual({ title: 'https://hexo.io/' });
    expect(parseCodeArguments(['title:x', 'lang:js']).caption).toEqual({ title: 'title:x' });
  });

  it('takes out highlight: before the rest', () => {
    expect(parseCodeArguments(['highlight:false', 'Title'])).toMatchObject({ highlight: false, caption: { title: 'Title' } });
    expect(parseCodeArguments(['highlight:true']).highlight).toBe(true);
  });
});

describe('codeBody (Hexo’s trimBody + strip-indent)', () => {
  it('removes the common indentation and one line break at each end', () => {
    expect(codeBody('\n    ErrorDocument 404 /404.html\n')).toBe('ErrorDocument 404 /404.html');
    expect(codeBody('\n  a\n    b\n  c\n')).toBe('a\n  b\nc');
    expect(codeBody('\r\n\ta\r\n\t\tb\r\n')).toBe('a\n\tb');
  });

  it('keeps further blank lines, as Hexo does, so mark: counts the same lines', () => {
    expect(codeBody('\n\nfoo\n\n')).toBe('\nfoo\n');
    expect(codeBody(fixture)).toBe(fixture);
  });
});

describe('{% codeblock %} / {% code %}', () => {
  it('becomes a <pre><code class="language-x"> with the body as text', () => {
    const { output, warnings } = codeblock('lang:js');
    expect(toHtml(output)).toBe(`<pre><code class="language-js">if (tired &#x26;&#x26; night){\n  sleep();\n}</code></pre>`);
    expect(warnings).toEqual([]);
    expect(codeblock('lang:js', fixture, 'code').output).toEqual(output);
  });

  it('has no language, as Hexo has none, when lang: is not given', () => {
    expect(codeOf(codeblock('').output).properties.className).toBeUndefined();
  });

  it('passes its options on as data attributes', () => {
    const { output } = codeblock('lang:js line_number:true first_line:10 mark:10,12 line_threshold:2');
    expect(pre(output).properties).toEqual({ dataLineNumbers: 'true', dataLineThreshold: '2', dataFirstLine: '10', dataMark: '10,12' });
    expect(pre(codeblock('line_number:false').output).properties).toEqual({ dataLineNumbers: 'false' });
    expect(pre(codeblock('').output).properties).toEqual({});
  });

  it('with highlight:false is plain text, without caption or numbers', () => {
    const { output } = codeblock('highlight:false lang:js Title mark:1');
    expect(toHtml(output)).toBe('<pre data-line-numbers="false"><code>if (tired &#x26;&#x26; night){\n  sleep();\n}</code></pre>');
  });

  it('puts a title, and a link, in a caption; HTML in them is text', () => {
    expect(caption(codeblock('Hello world').output)).toBe('<figcaption><span class="code-title">Hello world</span></figcaption>');
    expect(caption(codeblock('Hello world https://hexo.io/').output)).toBe(
      '<figcaption><span class="code-title">Hello world</span><a href="https://hexo.io/" class="code-link">link</a></figcaption>',
    );
    expect(caption(codeblock('Hello world https://hexo.io/ Hexo').output)).toContain('<a href="https://hexo.io/" class="code-link">Hexo</a>');
    expect(caption(codeblock('<strong>Bold</strong>').output)).toBe('<figcaption><span class="code-title">&#x3C;strong>Bold&#x3C;/strong></span></figcaption>');
    expect(caption(codeblock('Hello world https://hexo.io/ <strong>Bold</strong>').output)).toContain('>&#x3C;strong>Bold&#x3C;/strong></a>');
    expect(caption(codeblock('javascript:alert(1) x').output)).not.toContain('href');
    const { output } = codeblock('lang:yaml _config.yml');
    expect(output.properties.className).toEqual(['code-figure']);
    expect(codeOf(output).properties.className).toEqual(['language-yaml']);
  });

  it('is not a block without its end tag', () => {
    const { context } = testTagContext();
    expect(codeTags.code!({ name: 'code', args: [], line: 1 }, context)).toBeUndefined();
  });
});

const highlighter = await codeHighlighter();

/** A body's tags expanded with this family, the slots' hast highlighted as the page does. */
function rendered(source: string, lineNumbers = true) {
  const { context, warnings } = testTagContext();
  const { source: out, slots } = expandTags(source, { families: [codeTags], context });
  const tree: Root = { type: 'root', children: slots.flat() as Root['children'] };
  highlightCode(tree, highlighter, { lineNumbers });
  return { text: out, tree, warnings, slots: [...out.matchAll(SLOT_MARKER)].length };
}
const elements = (node: Root | Element, tagName: string): Element[] =>
  node.children.flatMap((child: ElementContent | Root['children'][number]) =>
    child.type === 'element' ? [...(child.tagName === tagName ? [child] : []), ...elements(child, tagName)] : [],
  );

describe('through the tag parser and the highlighter', () => {
  it('numbers and marks the lines Hexo would, from first_line', () => {
    const { tree } = rendered('{% codeblock lang:js first_line:5 mark:6 %}\na\nb\nc\n{% endcodeblock %}');
    const [block] = elements(tree, 'pre');
    expect(block!.properties.dataLanguage).toBe('javascript');
    expect(block!.properties.dataLineNumbers).toBe('');
    const lines = elements(tree, 'span').filter((span) => (span.properties.className as string[] | undefined)?.includes('line'));
    expect(lines.map((line) => [toString(line), (line.properties.className as string[]).includes('marked')])).toEqual([['a', false], ['b', true], ['c', false]]);
    expect(toHtml(tree)).toContain('counter-reset:code-line 4');
  });

  it('keeps the caption above the framed block', () => {
    const { tree } = rendered('{% codeblock 标题 lang:js https://example.com 链接 %}\nlet a = 1\n{% endcodeblock %}');
    const figure = tree.children[0] as Element;
    expect(figure.tagName).toBe('figure');
    expect(figure.children.map((child) => (child as Element).tagName)).toEqual(['figcaption', 'div']);
    expect(toString(figure.children[0]!)).toBe('标题链接');
    expect((figure.children[1] as Element).properties.className).toEqual(['code-block', 'not-prose']);
  });

  it('renders every {% code %} / {% codeblock %} of a real blog post, each framed and highlighted', () => {
    const source = readFileSync(path.join(sitesDir, 'cylong1016__HexoBlog/source/_posts/2016-04-19-hexo-git.md'), 'utf8');
    const { tree, slots } = rendered(source);
    expect(slots).toBe(14);
    const pres = elements(tree, 'pre');
    expect(pres).toHaveLength(14);
    expect(pres.every((node) => node.properties.dataLanguage !== undefined)).toBe(true);
    expect(new Set(pres.map((node) => node.properties.dataLanguage))).toEqual(new Set(['shellscript', 'yaml', 'text']));
    const captions = elements(tree, 'figcaption').map((node) => toString(node));
    expect(captions).toEqual(['_config.yml', '_config.yml', 'source/CNAME']);
    // `{% code %}` bodies there are indented in places; no line starts with the indentation Hexo strips.
    expect(pres.map((node) => toString(node)).every((text) => !text.startsWith('\n'))).toBe(true);
  });

  it('renders `{% code %}\\n    text\\n{% endcode %}` as Hexo does: unindented', () => {
    const { tree } = rendered('在 `.htaccess` 文件中加入代码：\n{% code %}\n    ErrorDocument 404 /404.html\n{% endcode %}\n');
    expect(toString(elements(tree, 'code')[0]!)).toBe('ErrorDocument 404 /404.html');
  });
});

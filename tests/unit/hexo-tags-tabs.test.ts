import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { expandTags, SLOT_MARKER } from '@/lib/hexo/tags/parse';
import { tabsTags } from '@/lib/hexo/tags/tabs';
import { testTagContext } from '../support/tag-context';

function render(source: string) {
  const { context, warnings } = testTagContext();
  const { source: out, slots } = expandTags(source, { families: [tabsTags], context });
  const nodes = [...out.matchAll(SLOT_MARKER)].flatMap((m) => slots[Number(m[1])]!);
  return { html: out.replace(SLOT_MARKER, (_, i: string) => toHtml(slots[Number(i)]!)), group: nodes[0] as Element, warnings };
}

const elements = (group: Element, tagName: string) => group.children.filter((c): c is Element => c.type === 'element' && c.tagName === tagName);
const labels = (group: Element) => elements(group, 'label').map((label) => toHtml(label.children));
const checked = (group: Element) => elements(group, 'input').map((input) => input.properties.checked === true);
const panels = (group: Element) => elements(group, 'div').map((panel) => toHtml(panel.children));

const THREE = ['<!-- tab -->', '**This is Tab 1.**', '<!-- endtab -->', '', '<!-- tab -->', '**This is Tab 2.**', '<!-- endtab -->', '', '<!-- tab -->', '**This is Tab 3.**', '<!-- endtab -->'].join('\n');

describe('tabs (NexT / Butterfly)', () => {
  it('is a radio group: every tab (input, label), then every panel, the first checked', () => {
    // Real use: CCLMSY__Hexo_Blog Tutors/Markdown.md, Demo 1
    const { group, warnings } = render(`{% tabs test1 %}\n${THREE}\n{% endtabs %}`);
    expect(group.children.map((c) => (c as Element).tagName)).toEqual(['input', 'label', 'input', 'label', 'input', 'label', 'div', 'div', 'div']);
    expect(toHtml([...group.children.slice(0, 2), group.children[6]!])).toBe(
      '<input type="radio" name="tabs-1" id="tabs-1-1" checked aria-controls="tabs-1-1-panel" class="sr-only">' +
        '<label for="tabs-1-1" id="tabs-1-1-tab" class="order-0 cursor-pointer select-none border-b-2 border-transparent px-4 py-2 text-sm font-medium text-stone-600 hover:text-stone-900 dark:text-stone-300 dark:hover:text-stone-50 [input:checked+&#x26;]:border-accent [input:checked+&#x26;]:text-stone-900 dark:[input:checked+&#x26;]:text-stone-50 [input:focus-visible+&#x26;]:outline-2 [input:focus-visible+&#x26;]:-outline-offset-2 [input:focus-visible+&#x26;]:outline-accent [input:focus-visible+&#x26;]:rounded-t-md">test1 1</label>' +
        '<div id="tabs-1-1-panel" role="region" aria-labelledby="tabs-1-1-tab" class="tab-panel order-1 hidden w-full border-t border-stone-200 px-4 py-3 dark:border-stone-700 [&#x26;>*:first-child]:mt-0 [&#x26;>*:last-child]:mb-0"><p>**This is Tab 1.**</p></div>',
    );
    expect(group.properties.className).toEqual(['tab-group', 'relative', 'my-6', 'flex', 'flex-wrap', 'rounded-lg', 'border', 'border-stone-200', 'bg-stone-50', 'dark:border-stone-700', 'dark:bg-stone-900']);
    expect(labels(group)).toEqual(['test1 1', 'test1 2', 'test1 3']);
    expect(checked(group)).toEqual([true, false, false]);
    expect(warnings).toEqual([]);
  });

  it('opens the tab its index names (1-based), and none for -1 or an index past the end', () => {
    // Real uses: Demo 2 and Demo 3
    expect(checked(render(`{% tabs test2, 3 %}\n${THREE}\n{% endtabs %}`).group)).toEqual([false, false, true]);
    expect(checked(render(`{% tabs test3, -1 %}\n${THREE}\n{% endtabs %}`).group)).toEqual([false, false, false]);
    expect(checked(render(`{% tabs test, 7 %}\n${THREE}\n{% endtabs %}`).group)).toEqual([false, false, false]);
    expect(labels(render(`{% tabs test2, 3 %}\n${THREE}\n{% endtabs %}`).group)).toEqual(['test2 1', 'test2 2', 'test2 3']);
  });

  it('reads captions and drops the icon; an icon alone leaves the group’s name', () => {
    // Real use: Demo 4
    const body = ['<!-- tab 第一个Tab -->', 'a', '<!-- endtab -->', '<!-- tab @fab fa-apple-pay -->', 'b', '<!-- endtab -->', '<!-- tab 炸弹@fas fa-bomb -->', 'c', '<!-- endtab -->'].join('\n');
    const { group, html } = render(`{% tabs test4 %}\n${body}\n{% endtabs %}`);
    expect(labels(group)).toEqual(['第一个Tab', 'test4 2', '炸弹']);
    expect(html).not.toContain('fa-');
  });

  it('keeps a name with spaces (NexT’s "Unique name") and Volantis’ `::`', () => {
    expect(labels(render(`{% tabs Unique name, 2 %}\n${THREE}\n{% endtabs %}`).group)).toEqual(['Unique name 1', 'Unique name 2', 'Unique name 3']);
    expect(checked(render(`{% tabs v:: 2 %}\n${THREE}\n{% endtabs %}`).group)).toEqual([false, true, false]);
  });

  it('ignores tab markers inside code and inside a nested tabs block (Hexo renders those first)', () => {
    // Real use: the outer `{% tabs 分栏 %}` of Tutors/Markdown.md, whose first tab shows the syntax in a code block
    // and whose last tab holds tabs of its own.
    const body = [
      '<!-- tab 标签语法 -->',
      '```markdown',
      '{% tabs Unique name, [index] %}',
      '<!-- tab [Tab caption] [@icon] -->',
      'Any content (support inline tags too).',
      '<!-- endtab -->',
      '{% endtabs %}',
      '```',
      '<!-- endtab -->',
      '',
      '<!-- tab 渲染演示 -->',
      '{% tabs test1 %}',
      THREE,
      '{% endtabs %}',
      '<!-- endtab -->',
    ].join('\n');
    const { group } = render(`{% tabs 分栏 %}\n${body}\n{% endtabs %}`);
    expect(labels(group)).toEqual(['标签语法', '渲染演示']);
    const [first, second] = panels(group);
    expect(first).toContain('&#x3C;!-- tab [Tab caption] [@icon] -->');
    expect(first).toContain('{% endtabs %}\n```');
    // The nested block reaches the panel's Markdown whole, to be expanded there.
    expect(second).toContain('{% tabs test1 %}');
    expect(second).toContain('**This is Tab 3.**');
  });

  it('reads `<!-- tab标签语法 -->` (no space) as a tab, as its author meant', () => {
    const { group } = render('{% tabs 分栏 %}\n<!-- tab标签语法 -->\nx\n<!-- endtab -->\n{% endtabs %}');
    expect(labels(group)).toEqual(['标签语法']);
  });

  it('gives each group its own radio name, so two groups never share a selection', () => {
    const { html } = render(`{% tabs a %}\n${THREE}\n{% endtabs %}\n\n{% tabs b %}\n${THREE}\n{% endtabs %}`);
    expect(html).toContain('name="tabs-1"');
    expect(html).toContain('name="tabs-2"');
  });

  it('warns about text outside any tab, which the themes leave out', () => {
    const { group, warnings } = render('{% tabs x %}\n前言\n<!-- tab A -->\na\n<!-- endtab -->\n{% endtabs %}');
    expect(labels(group)).toEqual(['A']);
    expect(warnings).toEqual(['line 1: {% tabs x %}: text outside any <!-- tab … --> … <!-- endtab --> is left out, as the theme leaves it']);
  });

  it('without any tab shows the body as it is, with a warning', () => {
    const { html, warnings } = render('{% tabs x %}\n只有文字\n{% endtabs %}');
    expect(html).toBe('<p>只有文字</p>');
    expect(warnings[0]).toContain('no <!-- tab --> in it');
  });

  it('escapes captions: a caption is text, never markup', () => {
    const { html } = render('{% tabs x %}\n<!-- tab <img src=x onerror=alert(1)> -->\na\n<!-- endtab -->\n{% endtabs %}');
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)></label>');
  });

  it('subtabs and subsubtabs are tabs too', () => {
    expect(labels(render(`{% subtabs s %}\n${THREE}\n{% endsubtabs %}`).group)).toEqual(['s 1', 's 2', 's 3']);
    expect(tabsTags.subsubtabs).toBe(tabsTags.tabs);
  });
});

describe('tabs (Stellar)', () => {
  it('needs no endtab: each marker runs to the next', () => {
    const { group } = render('{% tabs active:2 %}\n<!-- tab 图片 -->\n一\n<!-- tab 代码 -->\n二\n{% endtabs %}');
    expect(labels(group)).toEqual(['图片', '代码']);
    expect(checked(group)).toEqual([false, true]);
    expect(panels(group)).toEqual(['<p>一</p>', '<p>二</p>']);
  });

  it('names untitled tabs in Chinese when the group has no name', () => {
    expect(labels(render('{% tabs align:center %}\n<!-- tab -->\n一\n<!-- tab -->\n二\n{% endtabs %}').group)).toEqual(['选项卡 1', '选项卡 2']);
  });
});

describe('real posts', () => {
  it('the friends page of CCLMSY__Hexo_Blog: emoji captions, code and a table in the panels', () => {
    const body = [
      '<!-- tab 🙋 butterfly-💭candy -->',
      '```yml',
      '    - name: CCLMSY💫',
      '```',
      '<!-- endtab -->',
      '',
      '<!-- tab 🥗Volantis -->',
      '```JSON',
      '{ "title": "CCLMSY💫" }',
      '```',
      '<!-- endtab -->',
      '',
      '<!-- tab 🌴General -->',
      '',
      '| 名称 | 数值 |',
      '<!-- endtab -->',
    ].join('\n');
    const { group, warnings } = render(`{% tabs link %}\n${body}\n{% endtabs %}`);
    expect(labels(group)).toEqual(['🙋 butterfly-💭candy', '🥗Volantis', '🌴General']);
    expect(warnings).toEqual([]);
  });
});

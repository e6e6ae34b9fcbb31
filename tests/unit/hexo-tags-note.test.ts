import { type Dirent, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { sitesDir } from './helpers';
import { inlineTags } from '@/lib/hexo/tags/inline';
import { noteTags, toneOf } from '@/lib/hexo/tags/note';
import { expandTags } from '@/lib/hexo/tags/parse';
import { quoteTags } from '@/lib/hexo/tags/quote';
import { timelineTags } from '@/lib/hexo/tags/timeline';
import type { TagContext } from '@/lib/hexo/tags/types';
import { testTagContext } from '../support/tag-context';

const SITES = sitesDir;

/** Tags through the real tag parser, as the HTML of their slots, with the warnings they gave. */
function render(source: string) {
  const { context, warnings } = testTagContext();
  const { slots, source: text } = expandTags(source, { families: [noteTags], context });
  return { html: slots.map((slot: ElementContent[]) => toHtml(slot)).join('\n'), text, warnings, slots };
}

const hasIcon = (html: string) => html.includes('<svg');

describe('note: the tones every theme’s names stand for', () => {
  it('maps NexT, Butterfly, Fluid, Volantis and Stellar names onto one small set', () => {
    const cases: [string, string][] = [
      ['default', 'neutral'], ['primary', 'purple'], ['info', 'info'], ['success', 'success'], ['warning', 'warning'], ['danger', 'danger'],
      ['blue', 'info'], ['pink', 'pink'], ['red', 'danger'], ['purple', 'purple'], ['orange', 'warning'], ['green', 'success'],
      ['secondary', 'neutral'], ['light', 'neutral'], ['error', 'danger'], ['bug', 'danger'], ['idea', 'warning'], ['cyan', 'info'], ['yellow', 'warning'],
      ['bolt', 'success'], ['ban', 'danger'], ['cogs', 'purple'], ['key', 'neutral'], ['bell', 'warning'], ['home', 'info'], ['sync', 'info'],
    ];
    for (const [name, tone] of cases) expect(toneOf(name), name).toBe(tone);
    expect(toneOf('flat')).toBeUndefined();
    expect(toneOf('fas fa-fan')).toBeUndefined();
  });
});

describe('note (block)', () => {
  it('NexT: a class gives the tone and its icon; no-icon takes the icon away', () => {
    const { html, warnings } = render('{% note warning %}\n小心\n{% endnote %}');
    expect(html).toMatch(/^<div role="note" class="[^"]*border-l-amber-500[^"]*bg-amber-50/);
    expect(html).toContain('<p>小心</p>');
    expect(hasIcon(html)).toBe(true);
    expect(html).toContain('aria-hidden="true"');
    expect(warnings).toEqual([]);
    // From codehhr's linux-nvidia.md
    const plain = render('{% note warning no-icon %}\n**如果开机进不去桌面**\n{% endnote %}').html;
    expect(plain).toContain('bg-amber-50');
    expect(hasIcon(plain)).toBe(false);
  });

  it('NexT 8: words after the class are a summary, and the note folds (<details>)', () => {
    const { html } = render('{% note info 点开看看 %}\n正文\n{% endnote %}');
    expect(html).toMatch(/^<details class="[^"]*bg-sky-50/);
    expect(html).toMatch(/<summary[^>]*><svg[^>]*>.*<\/svg><span>点开看看<\/span><\/summary>/);
    expect(html).toContain('<p>正文</p>');
    const twoKeywords = render('{% note success no-icon 标题 %}\nx\n{% endnote %}').html;
    expect(twoKeywords).toMatch(/<summary[^>]*><span>标题<\/span><\/summary>/);
  });

  it('Butterfly: the styles flat (default), simple, modern and disabled look different', () => {
    const flat = render('{% note info flat %}a{% endnote %}').html;
    expect(flat).toContain('border-l-4');
    expect(flat).toContain('bg-sky-50');
    const unstyled = render('{% note info %}a{% endnote %}').html;
    expect(unstyled).toBe(flat);
    const simple = render('{% note info simple %}a{% endnote %}').html;
    expect(simple).toContain('bg-white');
    expect(simple).toContain('border-l-sky-500');
    const modern = render('{% note info modern %}a{% endnote %}').html;
    expect(modern).toContain('text-sky-900');
    expect(modern).toContain('dark:text-sky-100');
    expect(modern).not.toContain('border-l-4');
    const disabled = render('{% note info disabled %}a{% endnote %}').html;
    expect(disabled).toContain('bg-stone-100');
    expect(disabled).not.toContain('bg-sky-50');
    expect(new Set([flat, simple, modern, disabled]).size).toBe(4);
  });

  it('Butterfly: plain colours draw no icon; a Font Awesome argument asks for one, its class names never show', () => {
    // From codehhr's vue-slot.md
    const blue = render('{% note blue no-icon flat %}\n插槽就是子组件中的提供给父组件使用的一个占位符\n{% endnote %}').html;
    expect(blue).toContain('bg-sky-50');
    expect(hasIcon(blue)).toBe(false);
    expect(hasIcon(render('{% note pink %}a{% endnote %}').html)).toBe(false);
    // From the two Butterfly tutorial posts (CCLMSY Markdown.md, codehhr blog-hexo-butterfly-tag-plugins.md)
    for (const source of [
      "{% note 'fab fa-cc-visa' simple %}你是刷 Visa 还是 UnionPay{% endnote %}",
      "{% note red 'fas fa-fan' simple%}这是三片呢？还是四片？{% endnote %}",
      "{% note purple 'far fa-hand-scissors' modern %}剪刀石头布{% endnote %}",
      "{% note green 'fab fa-internet-explorer' disabled %}前端最讨厌的浏览器{% endnote %}",
      '{% note red fas fa-fan flat %}unquoted{% endnote %}',
    ]) {
      const { html, warnings } = render(source);
      expect(hasIcon(html), source).toBe(true);
      expect(html, source).not.toMatch(/fa-|fab|fas |far /);
      expect(html, source).not.toContain('<details');
      expect(warnings).toEqual([]);
    }
    expect(render("{% note red 'fas fa-fan' simple%}x{% endnote %}").html).toContain('text-red-600');
    expect(render("{% note 'fab fa-cc-visa' simple %}x{% endnote %}").html).toContain('text-stone-500');
  });

  it('Butterfly: a style or no-icon alone, and the note of the about page written on one line', () => {
    for (const style of ['no-icon', 'simple', 'modern', 'flat', 'disabled']) {
      const { html } = render(`{% note ${style} %}默认 提示块标签{% endnote %}`);
      expect(html).toContain('<p>默认 提示块标签</p>');
      expect(hasIcon(html)).toBe(false);
      expect(html).not.toContain('<details');
    }
    const about = render('{% note warning modern %}<b>非商免字体、网图</b>等资源未经授权仅限个人使用 —— 致版权方{% endnote %}');
    expect(about.html).toContain('bg-amber-50');
    expect(about.html).toContain('text-amber-900');
  });

  it('Fluid: {% note success %}', () => {
    const { html } = render('{% note success %}\n成功\n{% endnote %}');
    expect(html).toContain('bg-emerald-50');
    expect(html).toContain('dark:bg-emerald-950/50');
  });

  it('Stellar (block): color: key and a title', () => {
    const { html } = render('{% note color:green 标题 %}\n内容\n{% endnote %}');
    expect(html).toContain('bg-emerald-50');
    expect(html).toMatch(/<p class="mb-2 mt-0 font-semibold">标题<\/p><p>内容<\/p>/);
    expect(html).not.toContain('<details');
  });

  it('subnote is a note', () => {
    expect(render('{% subnote info %}x{% endsubnote %}').html).toBe(render('{% note info %}x{% endnote %}').html);
  });
});

describe('note (inline, no end tag)', () => {
  it('Volantis: class, text — and class:: text', () => {
    const { html, warnings } = render('{% note info, 可以在配置文件中设置默认样式 %}');
    expect(html).toContain('bg-sky-50');
    expect(html).toContain('<p>可以在配置文件中设置默认样式</p>');
    expect(hasIcon(html)).toBe(true);
    expect(warnings).toEqual([]);
    expect(render('{% note warning:: 注意, 逗号也在 %}').html).toContain('<p>注意, 逗号也在</p>');
    expect(render('{% note error, 出错了 %}').html).toContain('bg-red-50');
  });

  it('Stellar: color: then title and content; one word is the content', () => {
    const titled = render('{% note color:cyan 速度 这是内容 %}').html;
    expect(titled).toContain('bg-sky-50');
    expect(titled).toMatch(/<p class="mb-2 mt-0 font-semibold">速度<\/p><p>这是内容<\/p>/);
    const single = render('{% note color:red 一句话提示 %}').html;
    expect(single).toContain('bg-red-50');
    expect(single).not.toContain('font-semibold');
    expect(single).toContain('<p>一句话提示</p>');
  });

  it('text with no known class is all kept, and an empty note is left out with a warning', () => {
    expect(render('{% note 你好，世界 %}').html).toContain('<p>你好，世界</p>');
    expect(render('{% note 我的看法, 其实 %}').html).toContain('<p>我的看法, 其实</p>');
    const empty = render('{% note %}');
    expect(empty.html).toBe('');
    expect(empty.warnings[0]).toMatch(/^line 1: \{% note %\}: the note has no text/);
  });
});

describe('noteblock / blocknote (Volantis)', () => {
  it('class, title: a bold title over the content', () => {
    const { html } = render('{% noteblock idea, 想法 %}\n内容\n{% endnoteblock %}');
    expect(html).toContain('bg-amber-50');
    expect(html).toMatch(/<p class="mb-2 mt-0 font-semibold">想法<\/p><p>内容<\/p>/);
    expect(hasIcon(html)).toBe(true);
    expect(render('{% blocknote done %}\nx\n{% endblocknote %}').html).toContain('bg-emerald-50');
  });
});

describe('tip (Butterfly plus)', () => {
  it('every kind of the CCLMSY tutorial post has its tone and an icon; animation classes are dropped', () => {
    const cases: [string, string][] = [
      ['{% tip %}default{% endtip %}', 'bg-sky-50'],
      ['{% tip info %}info{% endtip %}', 'bg-sky-50'],
      ['{% tip success %}success{% endtip %}', 'bg-emerald-50'],
      ['{% tip error %}error{% endtip %}', 'bg-red-50'],
      ['{% tip warning %}warning{% endtip %}', 'bg-amber-50'],
      ['{% tip bolt %}bolt{% endtip %}', 'bg-emerald-50'],
      ['{% tip ban %}ban{% endtip %}', 'bg-red-50'],
      ['{% tip home %}home{% endtip %}', 'bg-sky-50'],
      ['{% tip sync %}sync{% endtip %}', 'bg-sky-50'],
      ['{% tip cogs %}cogs{% endtip %}', 'bg-violet-50'],
      ['{% tip key %}key{% endtip %}', 'bg-stone-100'],
      ['{% tip bell %}bell{% endtip %}', 'bg-amber-50'],
      ['{% tip fa-atom %}自定义font awesome图标{% endtip %}', 'bg-sky-50'],
      ['{% tip warning faa-horizontal animated faa-fast %}动画{% endtip %}', 'bg-amber-50'],
      ['{% tip ban faa-flash animated-hover %}动画{% endtip %}', 'bg-red-50'],
    ];
    for (const [source, tone] of cases) {
      const { html, warnings } = render(source);
      expect(html, source).toContain(tone);
      expect(hasIcon(html), source).toBe(true);
      expect(html, source).not.toMatch(/faa|animated|fa-atom/);
      expect(warnings, source).toEqual([]);
    }
  });

  it('a tip without its end tag is not this family’s form', () => {
    const { html, warnings } = render('{% tip warning %}');
    expect(html).toBe('');
    expect(warnings[0]).toMatch(/unknown tag \{% tip %\}/);
  });
});

describe('every use in the shared sites of the callout, quote, inline and timeline tags', () => {
  const markdownFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry: Dirent) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? markdownFiles(full) : entry.name.endsWith('.md') ? [full] : [];
    });
  const families = [noteTags, quoteTags, inlineTags, timelineTags];
  const names = families.flatMap((family) => Object.keys(family));

  it('renders without a warning from these families, and no icon class name reaches the text', () => {
    const used: Record<string, number> = {};
    for (const file of markdownFiles(SITES)) {
      const warnings: string[] = [];
      let next = 0;
      const counted = families.map((family) => Object.fromEntries(Object.entries(family).map(([name, handler]) => [name, ((call, context) => {
        used[name] = (used[name] ?? 0) + 1;
        return handler(call, context);
      }) as typeof handler])));
      // Bodies of other families' blocks (tabs, folding) are searched too, as the real Markdown step does.
      const context: TagContext = {
        markdown: (text) => {
          const { source, slots } = expandTags(text, { families: counted, context });
          return [{ type: 'element', tagName: 'p', properties: { dataSource: true }, children: [{ type: 'text', value: source }] }, ...slots.flat()];
        },
        html: (text) => [{ type: 'text', value: text }],
        warn: (message) => warnings.push(message),
        id: (prefix) => `${prefix}-${++next}`,
        post: () => undefined,
      };
      const rendered = context.markdown(readFileSync(file, 'utf8')).slice(1);
      const mine = warnings.filter((warning) => names.some((name) => warning.includes(`{% ${name} `) || warning.includes(`{% ${name} %}`)));
      expect(mine, file).toEqual([]);
      const leaks: string[] = [];
      const walk = (nodes: ElementContent[]) => {
        for (const node of nodes) {
          if (node.type === 'element' && !node.properties.dataSource) walk(node.children);
          else if (node.type === 'text' && /(?:^|\s)fa[srbl]?\s+fa-|(?:^|\s)fa-[a-z]|icon-[a-z]+_/.test(node.value)) leaks.push(node.value);
        }
      };
      walk(rendered);
      expect(leaks, file).toEqual([]);
    }
    // The shared sites use these (the counts include the tutorials' demonstrations).
    for (const name of ['note', 'tip', 'blockquote', 'poem', 'label', 'kbd', 'checkbox', 'radio', 'btn', 'btns', 'u', 'emp', 'wavy', 'del', 'psw', 'span', 'p', 'icon', 'bdage', 'progress', 'bubble', 'timeline']) {
      expect(used[name], name).toBeGreaterThan(0);
    }
    expect(used.note).toBeGreaterThan(150);
  });
});

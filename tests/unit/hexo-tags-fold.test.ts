import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { foldTags } from '@/lib/hexo/tags/fold';
import { expandTags, SLOT_MARKER } from '@/lib/hexo/tags/parse';
import { testTagContext } from '../support/tag-context';

/** A post's text through the tag engine with this family: each tag's markup as HTML where it was written. */
function render(source: string) {
  const { context, warnings } = testTagContext();
  // Titles go through context.html: here it keeps entities as a sanitizer's parse would decode them.
  context.html = (text) => [{ type: 'text', value: text.replace(/&sbquo;/g, '‚') }] as ElementContent[];
  const { source: out, slots } = expandTags(source, { families: [foldTags], context });
  return { html: out.replace(SLOT_MARKER, (_, i: string) => toHtml(slots[Number(i)]!)), warnings };
}

describe('folding (Butterfly plus, Volantis, Stellar)', () => {
  it('reads `color, title` and shows the body in a closed <details>', () => {
    // Real use: CCLMSY__Hexo_Blog Tutors/Markdown.md
    const { html, warnings } = render('{% folding green, 查看代码测试 %}\n代码\n{% endfolding %}');
    expect(html).toMatch(/^<details class="my-6 rounded-lg border border-emerald-200 dark:border-emerald-800">/);
    expect(html).toContain('<summary class="cursor-pointer select-none rounded-lg px-4 py-2 font-medium [details[open]>&#x26;]:rounded-b-none bg-emerald-50 dark:bg-emerald-950/50 text-emerald-900 dark:text-emerald-100">查看代码测试</summary>');
    expect(html).toContain('<div class="px-4 py-3 [&#x26;>*:first-child]:mt-0 [&#x26;>*:last-child]:mb-0"><p>代码</p></div>');
    expect(html).not.toContain(' open');
    expect(warnings).toEqual([]);
  });

  it('opens with `open` among the class words', () => {
    const { html } = render('{% folding cyan open, 查看默认打开的折叠框 %}\n内容\n{% endfolding %}');
    expect(html).toMatch(/^<details open class="[^"]*border-sky-200/);
    expect(html).toContain('>查看默认打开的折叠框</summary>');
  });

  it('takes one part as the title, with no colour', () => {
    const { html } = render('{% folding 查看图片测试 %}\n![](/a.png)\n{% endfolding %}');
    expect(html).toContain('border-stone-200');
    expect(html).toContain('>查看图片测试</summary>');
  });

  it('keeps a title with a comma whole, and reads Volantis’ `::`', () => {
    expect(render('{% folding blue, 1, 2 and 3 %}\nx\n{% endfolding %}').html).toContain('>1, 2 and 3</summary>');
    expect(render('{% folding red:: 标题 %}\nx\n{% endfolding %}').html).toMatch(/border-red-200[\s\S]*>标题<\/summary>/);
  });

  it('reads the spaces of a real title `blue,  1.自带icon`', () => {
    expect(render('{% folding blue,  1.自带icon %}\nx\n{% endfolding %}').html).toContain('>1.自带icon</summary>');
  });

  it('reads Stellar’s keys: color:, open:true, the rest the title', () => {
    const { html } = render('{% folding color:yellow open:true 标题 %}\nbody\n{% endfolding %}');
    expect(html).toMatch(/^<details open class="[^"]*border-amber-200/);
    // Stellar renders its title as Markdown: one paragraph, unwrapped into the summary line.
    expect(html).toContain('>标题</summary>');
  });

  it('gives a Chinese summary when there is no title', () => {
    expect(render('{% folding %}\nx\n{% endfolding %}').html).toContain('>展开</summary>');
  });

  it('nests: the inner fold is rendered by the body’s Markdown', () => {
    const { html } = render('{% folding red, 外 %}\n{% folding blue, 内 %}\nx\n{% endfolding %}\n{% endfolding %}');
    expect(html).toContain('>外</summary>');
    // The test context's Markdown is text: the inner tag is handed to it as written.
    expect(html).toContain('{% folding blue, 内 %}');
  });

  it('is unknown without an end tag', () => {
    expect(foldTags.folding!({ name: 'folding', args: ['x'], line: 1 }, testTagContext().context)).toBeUndefined();
  });
});

describe('fold (Fluid, hexo-fold)', () => {
  it('reads Fluid’s `class @ title`', () => {
    const { html } = render('{% fold info @ 点击展开 %}\n内容\n{% endfold %}');
    expect(html).toContain('border-sky-200');
    expect(html).toContain('>点击展开</summary>');
  });

  it('reads hexo-fold’s `title` and a leading colour', () => {
    expect(render('{% fold "Several spaces in the title" %}\nx\n{% endfold %}').html).toContain('>Several spaces in the title</summary>');
    const coloured = render('{% fold danger 注意事项 %}\nx\n{% endfold %}').html;
    expect(coloured).toContain('border-red-200');
    expect(coloured).toContain('>注意事项</summary>');
    // A single word is the title even when it is a colour's name.
    expect(render('{% fold red %}\nx\n{% endfold %}').html).toContain('>red</summary>');
  });
});

describe('spoiler', () => {
  it('as a block (hexo-sliding-spoiler) is a fold titled by its arguments', () => {
    // Real use: suyu0925__hexo-blog stable-diffusion-prompt.md
    const { html } = render('{% spoiler NSFW %}\nnude, naked,\n{% endspoiler %}');
    expect(html).toMatch(/^<details class="my-6[^"]*">/);
    expect(html).toContain('>NSFW</summary>');
    expect(html).toContain('<p>nude, naked,</p>');
  });

  it('as a block keeps a Chinese title', () => {
    expect(render('{% spoiler 微信使用的配置 %}\n配置\n{% endspoiler %}').html).toContain('>微信使用的配置</summary>');
  });

  it('inline (hexo-spoiler) covers its text until hovered or focused, reachable by keyboard', () => {
    const { html } = render('结局是 {% spoiler 他死了 %}。');
    expect(html).toMatch(/^结局是 <span tabindex="0" title="剧透：悬停或聚焦以显示" class="[^"]*text-transparent[^"]*hover:text-inherit[^"]*focus:text-inherit[^"]*">他死了<\/span>。$/);
  });

  it('inline with no text is dropped with a warning', () => {
    const { html, warnings } = render('a {% spoiler %} b');
    expect(html).toBe('a  b');
    expect(warnings).toEqual(['line 1: {% spoiler %}: the spoiler has no text; it is left out']);
  });
});

describe('hideToggle (Butterfly)', () => {
  it('is a fold titled by its first part', () => {
    // Real use: codehhr vue/vue-basic.md
    const { html } = render('{% hideToggle v-model 数据双向绑定 %}\n代码\n{% endhideToggle %}');
    expect(html).toContain('>v-model 数据双向绑定</summary>');
  });

  it('keeps an entity the author used to avoid a comma', () => {
    expect(render('{% hideToggle 插值表达式&sbquo;v-cloak&sbquo;v-text %}\nx\n{% endhideToggle %}').html).toContain('>插值表达式‚v-cloak‚v-text</summary>');
  });

  it('has a Chinese default title (a real post gives none)', () => {
    // Real use: codehhr data-structure/ds-doublyLinkedList.md
    expect(render('{% hideToggle %}\nx\n{% endhideToggle %}').html).toContain('>展开</summary>');
  });

  it('takes a named bg colour as its tone and ignores any other', () => {
    expect(render('{% hideToggle 标题,green,#fff %}\nx\n{% endhideToggle %}').html).toContain('border-emerald-200');
    const other = render('{% hideToggle 标题,#1D0C04 %}\nx\n{% endhideToggle %}').html;
    expect(other).toContain('border-stone-200');
    expect(other).not.toContain('#1D0C04');
  });
});

describe('hideBlock (Butterfly)', () => {
  it('is a <details> whose summary is a button with the given text', () => {
    // Real use: CCLMSY__Hexo_Blog Tutors/Markdown.md
    const { html } = render('{% hideBlock 点我预览, blue %}\n内容\n{% endhideBlock %}');
    expect(html).toMatch(/^<details class="my-6"><summary class="inline-block cursor-pointer[^"]*bg-sky-700 text-white[^"]*">点我预览<\/summary>/);
    expect(html).toContain('<p>内容</p>');
  });

  it('defaults its button to 查看内容 and ignores a CSS variable colour', () => {
    expect(render('{% hideBlock %}\nx\n{% endhideBlock %}').html).toContain('>查看内容</summary>');
    // Real use: CCLMSY__Hexo_Blog Tutors/BOT_Deployment.md
    const variable = render('{% hideBlock 点我预览示例, --theme-color %}\nx\n{% endhideBlock %}').html;
    expect(variable).toContain('bg-stone-700');
    expect(variable).not.toContain('--theme-color');
  });
});

describe('hideInline (Butterfly)', () => {
  it('is a checkbox-driven reveal inside the line: label as the button, content after it', () => {
    const { html } = render('答案：{% hideInline 42,点击查看,red %}。');
    expect(html).toBe(
      '答案：<span class="not-prose"><input type="checkbox" id="hide-1" class="peer sr-only">' +
        '<label for="hide-1" class="cursor-pointer select-none rounded px-2 py-0.5 text-sm font-medium peer-checked:hidden peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent bg-red-700 text-white hover:bg-red-800 dark:bg-red-800 dark:text-red-50 dark:hover:bg-red-700">点击查看</label>' +
        '<span class="hidden peer-checked:inline">42</span></span>。',
    );
  });

  it('defaults the button text', () => {
    expect(render('{% hideInline 秘密 %}').html).toContain('>查看内容</label>');
  });

  it('warns when there is nothing to hide', () => {
    const { html, warnings } = render('{% hideInline %}');
    expect(html).toBe('');
    expect(warnings[0]).toContain('nothing to hide');
  });
});

describe('safety', () => {
  it('never lets a title or colour become markup or a style', () => {
    const { html } = render('{% folding " onmouseover=alert(1) x, <b>t</b> %}\nx\n{% endfolding %}');
    expect(html).not.toContain('onmouseover=');
    expect(html).not.toContain('style=');
    // The title went through context.html (sanitized in the real pipeline); here it is text, escaped.
    expect(html).toContain('&#x3C;b>t&#x3C;/b></summary>');
  });
});

import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { inlineTags, safeHref } from '@/lib/hexo/tags/inline';
import { expandTags } from '@/lib/hexo/tags/parse';
import { testTagContext } from '../support/tag-context';

/** Tags through the real tag parser, as the HTML of their slots, with the warnings they gave. */
function render(source: string) {
  const { context, warnings } = testTagContext();
  const { slots, source: text } = expandTags(source, { families: [inlineTags], context });
  return { html: slots.map((slot: ElementContent[]) => toHtml(slot)).join('\n'), text, warnings };
}

describe('safeHref', () => {
  it('keeps http(s), mailto and site addresses; nothing else', () => {
    expect(safeHref('https://animate.style/')).toBe('https://animate.style/');
    // A slip seen in codehhr's posts: one slash. Browsers (and the WHATWG parser) read it as https://.
    expect(safeHref('https:/vue-daily.netlify.app/ref.html')).toBe('https://vue-daily.netlify.app/ref.html');
    expect(safeHref('//example.com/a')).toBe('https://example.com/a');
    expect(safeHref('/about/')).toBe('/about/');
    expect(safeHref('#top')).toBe('#top');
    expect(safeHref('mailto:me@example.com')).toBe('mailto:me@example.com');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>', 'vbscript:x', 'docs/page', '', '/\\evil.com', '//']) expect(safeHref(bad), bad).toBeUndefined();
  });
});

describe('label', () => {
  it('Butterfly {% label text color %} (codehhr’s about page, in a heading)', () => {
    const { html, text } = render('# 热衷于 {% label Linux default %} 、致力于 {% label 前端 blue %} 开发 、致敬 {% label 开源 green %}');
    expect(text).toMatch(/^# 热衷于 \uE0000\uE001 、致力于 \uE0001\uE001 开发/);
    const [linux, front, open] = html.split('\n');
    expect(linux).toMatch(/^<mark class="not-prose [^"]*bg-stone-100[^"]*text-stone-800[^"]*">Linux<\/mark>$/);
    expect(front).toContain('bg-sky-50');
    expect(front).toContain('dark:text-sky-100');
    expect(front).toContain('>前端</mark>');
    expect(open).toContain('bg-emerald-50');
  });

  it('NexT / Fluid {% label class@text %}; a label of several words keeps them', () => {
    expect(render('{% label primary@重要 %}').html).toMatch(/bg-violet-50.*>重要<\/mark>/);
    expect(render('{% label warning @ 注意 %}').html).toMatch(/bg-amber-50.*>注意<\/mark>/);
    expect(render('{% label @只有文字 %}').html).toMatch(/bg-stone-100.*>只有文字<\/mark>/);
    expect(render('{% label hello world %}').html).toContain('>hello world</mark>');
    expect(render('{% label hello world red %}').html).toMatch(/bg-red-50.*>hello world<\/mark>/);
    const empty = render('{% label info@ %}');
    expect(empty.html).toBe('');
    expect(empty.warnings[0]).toMatch(/label has no text/);
  });

  it('text is text, never markup', () => {
    expect(render('{% label <img src=x onerror=alert(1)> red %}').html).not.toContain('<img');
  });
});

describe('kbd and the text decorations (CCLMSY Markdown.md)', () => {
  it('renders each with its own element', () => {
    const { html } = render('1. 带 {% u 下划线 %} 的文本\n2. 带 {% emp 着重号 %} 的文本\n3. 带 {% wavy 波浪线 %} 的文本\n4. 带 {% del 删除线 %} 的文本\n5. 键盘样式的文本 {% kbd command %} + {% kbd D %}\n6. 密码样式的文本：{% psw 这里没有验证码 %}');
    const [u, emp, wavy, del, command, d, psw] = html.split('\n');
    expect(u).toMatch(/^<u class="underline decoration-red-500[^"]*">下划线<\/u>$/);
    expect(emp).toBe('<em>着重号</em>');
    expect(wavy).toMatch(/^<span class="underline decoration-wavy[^"]*">波浪线<\/span>$/);
    expect(del).toMatch(/^<del class="[^"]*">删除线<\/del>$/);
    expect(command).toMatch(/^<kbd class="not-prose [^"]*">command<\/kbd>$/);
    expect(d).toMatch(/>D<\/kbd>$/);
    expect(psw).toMatch(/^<span tabindex="0" title="悬停或聚焦以显示" class="[^"]*text-transparent[^"]*hover:text-inherit[^"]*focus:text-inherit[^"]*">这里没有验证码<\/span>$/);
  });

  it('sup and sub', () => {
    expect(render('H{% sub 2 %}O, x{% sup 2 %}').html).toBe('<sub>2</sub>\n<sup>2</sup>');
  });
});

describe('span and p (Butterfly plus)', () => {
  it('real uses: colours and sizes from the plugin’s classes only', () => {
    expect(render('{% span red, 红色 %}').html).toBe('<span class="text-red-700 dark:text-red-300">红色</span>');
    expect(render('{% span yellow, 黄色 %}').html).toContain('text-amber-700');
    expect(render('{% span gray, 灰色 %}').html).toContain('text-stone-600');
    expect(render('{% span center small, A Wonderful Theme for Hexo %}').html).toBe('<span class="block text-center text-sm">A Wonderful Theme for Hexo</span>');
    // "logo" styles nothing in the plugin's CSS: dropped, like any other unknown word.
    expect(render('{% span center logo large, Volantis %}').html).toBe('<span class="block text-center text-4xl leading-snug">Volantis</span>');
    expect(render('{% p red, 专业版 %}').html).toBe('<p class="my-2 text-red-700 dark:text-red-300">专业版</p>');
    expect(render('{% p center logo large, Volantis %}').html).toContain('text-4xl');
    expect(render('{% span evil" onclick="x, 文本 %}').html).toBe('<span class="">文本</span>');
  });

  it('no comma: all of it is the text; nothing: a warning', () => {
    expect(render('{% span 只有文字 %}').html).toBe('<span class="">只有文字</span>');
    const empty = render('{% p red, %}');
    expect(empty.html).toBe('');
    expect(empty.warnings[0]).toMatch(/no text is given/);
  });
});

describe('checkbox and radio', () => {
  it('real uses (CCLMSY Markdown.md): a disabled box, its state and colour, its text as inline Markdown', () => {
    const plain = render('{% checkbox 纯文本测试 %}').html;
    expect(plain).toBe('<div class="my-1 flex items-start gap-2"><input type="checkbox" id="checkbox-1" disabled class="mt-[0.45em] size-4 shrink-0 accent-sky-600 dark:accent-sky-400"><label for="checkbox-1">纯文本测试</label></div>');
    expect(render('{% checkbox checked, 支持简单的 [markdown](https://guides.github.com/features/mastering-markdown/) 语法 %}').html).toMatch(/<input type="checkbox" id="checkbox-1" disabled checked [^>]*><label for="checkbox-1">支持简单的 \[markdown\]\(https:\/\/guides.github.com\/features\/mastering-markdown\/\) 语法<\/label>/);
    expect(render('{% checkbox red, 支持自定义颜色 %}').html).toMatch(/<input type="checkbox" id="checkbox-1" disabled class="[^"]*accent-red-600/);
    expect(render('{% checkbox yellow checked, 黄色 + 默认选中 %}').html).toMatch(/disabled checked class="[^"]*accent-amber-600[^>]*><label[^>]*>黄色 \+ 默认选中</);
    expect(render('{% checkbox times red checked, 叉 %}').html).toMatch(/checked class="[^"]*accent-red-600/);
    expect(render('{% checkbox plus green checked, 增加 %}').html).toMatch(/checked class="[^"]*accent-emerald-600/);
    expect(render('{% checkbox minus yellow checked, 减少 %}').html).toMatch(/>减少<\/label>/);
    expect(render('{% radio cyan, 青色 %}').html).toMatch(/<input type="radio" id="radio-1" disabled class="[^"]*accent-sky-600[^>]*><label for="radio-1">青色<\/label>/);
    expect(render('{% radio checked, 选中 %}').html).toContain('type="radio" id="radio-1" disabled checked');
  });

  it('Volantis’ :: separator and Fluid’s text, true', () => {
    expect(render('{% checkbox green checked:: 文字, 带逗号 %}').html).toMatch(/checked class="[^"]*accent-emerald-600[^>]*><label[^>]*>文字, 带逗号</);
    expect(render('{% checkbox 完成的事, true %}').html).toMatch(/disabled checked [^>]*><label[^>]*>完成的事</);
    expect(render('{% checkbox 没完成, false %}').html).not.toContain('checked');
  });

  it('ids are unique, so each label belongs to its box', () => {
    const { html } = render('{% checkbox a %}\n{% checkbox b %}');
    expect(html).toContain('for="checkbox-1"');
    expect(html).toContain('for="checkbox-2"');
  });
});

describe('btn / button', () => {
  it('Butterfly: url, text, icon, options (codehhr’s vue posts)', () => {
    const { html, warnings } = render("{% btn 'https://animate.style/',Animate 官网,far fa-hand-point-right,orange larger %}");
    expect(html).toMatch(/^<a href="https:\/\/animate.style\/" title="Animate 官网" class="not-prose [^"]*bg-amber-700 text-white[^"]*dark:bg-amber-800 dark:text-amber-50[^"]*px-5 py-2 text-base">Animate 官网<\/a>$/);
    expect(html).not.toContain('fa-');
    expect(warnings).toEqual([]);
    const green = render("{% btn 'https://codehhr.github.io/vue-daily/slot.html',展示效果,far fa-hand-point-right,green larger %}").html;
    expect(green).toContain('href="https://codehhr.github.io/vue-daily/slot.html"');
    expect(green).toContain('bg-emerald-700');
    // The one-slash slip is read as the browser reads it.
    expect(render("{% btn 'https:/vue-daily.netlify.app/ref.html',在线预览,far fa-hand-point-right,green larger %}").html).toContain('href="https://vue-daily.netlify.app/ref.html"');
  });

  it('Butterfly options: outline, block, center, right', () => {
    const outline = render('{% btn /about/,关于,,blue outline %}').html;
    expect(outline).toContain('href="/about/"');
    expect(outline).toContain('border-sky-600');
    expect(outline).not.toContain('bg-sky-700');
    const centered = render('{% btn /about/,关于,,block center %}').html;
    expect(centered).toMatch(/flex w-fit mx-auto/);
    expect(render('{% btn /about/,关于,,block right %}').html).toContain('ml-auto');
  });

  it('NexT: url, text, icon, title; Fluid: url, text, title', () => {
    const next = render('{% button https://hexo.io, 文档, fa fa-book, Hexo 的文档 %}').html;
    expect(next).toMatch(/^<a href="https:\/\/hexo.io\/" title="Hexo 的文档" class="[^"]*bg-stone-700[^"]*">文档<\/a>$/);
    expect(render('{% btn https://hexo.io, 文档, 去看看 %}').html).toContain('title="去看看"');
    expect(render('{% button /, 首页 %}').html).toMatch(/^<a href="\/" title="首页"/);
  });

  it('Volantis: text, url[, icon] and class, text, url', () => {
    expect(render('{% btn 下载, https://example.com/d, fas fa-download %}').html).toMatch(/^<a href="https:\/\/example.com\/d" title="下载"[^>]*>下载<\/a>$/);
    expect(render('{% btn green, 开始, /start/ %}').html).toMatch(/href="\/start\/"[^>]*bg-emerald-700[^>]*>开始</);
  });

  it('an address that is not http(s), mailto or the site’s becomes text, with a warning', () => {
    for (const source of ['{% btn javascript:alert(1),点我 %}', '{% btn data:text/html;base64;PHNjcmlwdD4,点我 %}', '{% button docs/, 点我 %}']) {
      const { html, warnings } = render(source);
      expect(html, source).toBe('<span>点我</span>');
      expect(warnings[0], source).toMatch(/not an http\(s\), mailto or site address/);
    }
  });
});

describe('btns and cell', () => {
  it('real uses (CCLMSY Markdown.md): avatars in a circle, five columns', () => {
    const cell = '{% cell xaoxuu, https://xaoxuu.com, https://cdn.jsdelivr.net/gh/xaoxuu/cdn-assets/avatar/avatar.png %}';
    const { html, warnings } = render(`{% btns circle grid5 %}\n${cell}\n${cell}\n{% endbtns %}`);
    expect(html).toMatch(/^<div class="not-prose my-6 gap-3 grid grid-cols-2 sm:grid-cols-3 md:grid-cols-5">/);
    expect(html.match(/<a href="https:\/\/xaoxuu.com\/" title="xaoxuu"/g)).toHaveLength(2);
    expect(html).toContain('<img src="https://cdn.jsdelivr.net/gh/xaoxuu/cdn-assets/avatar/avatar.png" alt="" loading="lazy" decoding="async" class="size-16 object-cover rounded-full">');
    expect(html).toContain('<span class="font-medium break-words">xaoxuu</span>');
    expect(warnings).toEqual([]);
  });

  it('icons are not drawn (no icon font), their class names never show; rounded shape', () => {
    const { html } = render('{% btns rounded grid5 %}\n{% cell 下载源码, /, fas fa-download %}\n{% cell 查看文档, /, fas fa-book-open %}\n{% endbtns %}');
    expect(html).toContain('<a href="/" title="下载源码"');
    expect(html).toContain('>查看文档</span>');
    expect(html).not.toContain('fa-');
    expect(html).not.toContain('<img');
  });

  it('hand-written <a> cards between cells take the cards’ look', () => {
    const { context } = testTagContext();
    const link = { type: 'element' as const, tagName: 'a', properties: { href: 'https://apps.apple.com/cn/app/x' }, children: [{ type: 'text' as const, value: '心率管家' }] };
    context.markdown = () => [{ type: 'element', tagName: 'p', properties: {}, children: [link, { type: 'text', value: '\n' }, structuredClone(link)] }];
    const out = inlineTags.btns!({ name: 'btns', args: ['circle', 'center', 'grid5'], body: "\n<a href='https://apps.apple.com/cn/app/x'>心率管家</a>\n", line: 1 }, context);
    const html = toHtml(out as ElementContent);
    expect(html).toMatch(/^<div class="not-prose my-6 gap-3 grid [^"]* justify-center justify-items-center">/);
    expect(html.match(/<a href="https:\/\/apps.apple.com\/cn\/app\/x" class="flex flex-col/g)).toHaveLength(2);
  });

  it('a cell with a bad address or image links nowhere and shows no image', () => {
    const { html, warnings } = render('{% btns %}\n{% cell 坏的, javascript:alert(1), javascript:alert(2) %}\n{% endbtns %}');
    expect(html).not.toContain('javascript');
    expect(html).toContain('<div class="flex flex-col');
    expect(warnings[0]).toMatch(/links nowhere/);
    expect(html).toMatch(/^<div class="not-prose my-6 gap-3 flex flex-wrap">/);
  });

  it('a cell alone is one card', () => {
    expect(render('{% cell 主页, /home/ %}').html).toMatch(/^<a href="\/home\/" title="主页" class="flex flex-col[^"]*">/);
  });
});

describe('icon', () => {
  it('renders nothing: no class names as text (CCLMSY Markdown.md)', () => {
    const { html, text, warnings } = render('{% icon icon-rat_zi %}{% icon icon-rat,2 %}');
    expect(html).toBe('\n');
    expect(text).not.toContain('icon-rat');
    expect(warnings).toEqual([]);
  });
});

describe('bdage / badge', () => {
  it('real uses (CCLMSY Markdown.md): left | right as the plugin draws them', () => {
    expect(render('{% bdage Theme,Butterfly %}').html).toBe(
      '<span class="not-prose mx-1 inline-flex overflow-hidden rounded align-middle font-sans text-xs leading-5 no-underline"><span class="bg-stone-600 px-1.5 py-0.5 text-white dark:bg-stone-700 dark:text-stone-50">Butterfly</span><span class="px-1.5 py-0.5 bg-amber-50 dark:bg-amber-950/50 text-amber-900 dark:text-amber-100">Theme</span></span>',
    );
    expect(render('{% bdage Frame,Hexo,hexo %}').html).toMatch(/>Hexo<\/span><span[^>]*>Frame<\/span>/);
    const cdn = render('{% bdage CDN,JsDelivr,jsDelivr||abcdef,https://metroui.org.ua/index.html,本站使用JsDelivr为静态资源提供CDN加速 %}').html;
    expect(cdn).toMatch(/^<a href="https:\/\/metroui.org.ua\/index.html" title="本站使用JsDelivr为静态资源提供CDN加速"/);
    expect(render('{% bdage Source,GitHub,GitHub||,https://github.com/ %}').html).toMatch(/^<a href="https:\/\/github.com\/"/);
    const vercel = render('{% bdage Hosted,Vercel,Vercel||brightgreen,https://vercel.com/,本站采用双线部署，默认线路托管于Vercel||style=social&logoWidth=20 %}').html;
    expect(vercel).toContain('bg-emerald-50');
    expect(vercel).not.toContain('logoWidth');
    expect(render('{% bdage Hosted,Vercel,Vercel||||style=social&logoWidth=20&logoColor=violet %}').html).toMatch(/^<span[^>]*><span[^>]*>Vercel<\/span><span[^>]*>Hosted<\/span><\/span>$/);
  });

  it('a bad link is dropped with a warning', () => {
    const { html, warnings } = render('{% badge a,b||red,javascript:alert(1) %}');
    expect(html).toMatch(/^<span/);
    expect(html).toContain('bg-red-50');
    expect(warnings[0]).toMatch(/links nowhere/);
  });
});

describe('progress', () => {
  it('real uses (CCLMSY Markdown.md): a native <progress> with its text and value', () => {
    const { html } = render('{% progress 90 blue 进度条样式预览 %}');
    expect(html).toMatch(/<span id="progress-1">进度条样式预览<\/span><span class="tabular-nums">90%<\/span>/);
    expect(html).toMatch(/<progress value="90" max="100" aria-labelledby="progress-1" class="[^"]*\[&#x26;::-webkit-progress-value\]:bg-sky-600[^"]*\[&#x26;::-moz-progress-bar\]:bg-sky-600[^"]*">90%<\/progress>/);
    const tones: [string, string][] = [['10 red', 'bg-red-600'], ['30 yellow', 'bg-amber-500'], ['50 green', 'bg-emerald-600'], ['70 cyan', 'bg-sky-600'], ['100 gray', 'bg-stone-500']];
    for (const [args, fill] of tones) expect(render(`{% progress ${args} 进度条样式预览 %}`).html, args).toContain(`::-webkit-progress-value]:${fill}`);
  });

  it('clamps the value; a non-number is a warning', () => {
    expect(render('{% progress 150 red 超了 %}').html).toContain('value="100"');
    expect(render('{% progress 40% green 百分号 %}').html).toContain('value="40"');
    const bad = render('{% progress abc red 文字 %}');
    expect(bad.html).toBe('<p>文字</p>');
    expect(bad.warnings[0]).toMatch(/not a percentage/);
  });
});

describe('bubble', () => {
  it('real uses (CCLMSY Markdown.md): the word, a tooltip shown on hover and on focus', () => {
    const { html } = render('{% bubble 兄弟相邻选择器,"例如 h1 + p {margin-top:50px;}" %}');
    expect(html).toMatch(/^<span class="group relative inline-block"><span tabindex="0" aria-describedby="bubble-1" class="[^"]*">兄弟相邻选择器<\/span><span id="bubble-1" role="tooltip" class="[^"]*group-hover:visible[^"]*group-focus-within:visible[^"]*">例如 h1 \+ p \{margin-top:50px;\}<\/span><\/span>$/);
    const colored = render('{% bubble transform变换,"transform 属性向元素应用 2D 或 3D 转换。该属性允许我们对元素进行旋转、缩放、移动或倾斜。","#1db675" %}').html;
    expect(colored).toContain('>transform 属性向元素应用 2D 或 3D 转换。该属性允许我们对元素进行旋转、缩放、移动或倾斜。</span>');
    expect(colored).not.toContain('#1db675');
    // Quotes inside the quoted note: Nunjucks' split joins the pieces back into one argument.
    const flex = render('{% bubble flex布局,"Flex 是 Flexible Box 的缩写，意为"弹性布局"，用来为盒状模型提供最大的灵活性","#ec5830" %}').html;
    expect(flex).toContain('>flex布局</span>');
    expect(flex).toContain('意为弹性布局，用来为盒状模型提供最大的灵活性</span>');
  });

  it('a note with commas of its own is kept whole; no note, just the word', () => {
    expect(render('{% bubble 词,注释, 还有逗号 %}').html).toContain('>注释, 还有逗号</span>');
    expect(render('{% bubble 只有词 %}').html).toBe('<span>只有词</span>');
  });
});

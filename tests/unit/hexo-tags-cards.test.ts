import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { cardTags } from '@/lib/hexo/tags/cards';
import { expandTags, SLOT_MARKER } from '@/lib/hexo/tags/parse';
import { testTagContext } from '../support/tag-context';

/**
 * The test context, except that a body's Markdown expands its tags as the real one does: each
 * paragraph a <p> holding the tags' markup (enough for the group tags, which arrange cards).
 */
function render(source: string) {
  const { context, warnings } = testTagContext();
  context.markdown = (text) => {
    const { source: out, slots } = expandTags(text, { families: [cardTags], context });
    return out
      .split(/\n\s*\n/)
      .map((para) => para.trim())
      .filter(Boolean)
      .map((para) => {
        const children: ElementContent[] = [];
        let last = 0;
        for (const m of para.matchAll(SLOT_MARKER)) {
          if (m.index > last) children.push({ type: 'text', value: para.slice(last, m.index) });
          children.push(...slots[Number(m[1])]!);
          last = m.index + m[0].length;
        }
        if (last < para.length) children.push({ type: 'text', value: para.slice(last) });
        return { type: 'element', tagName: 'p', properties: {}, children } as ElementContent;
      });
  };
  const { source: out, slots } = expandTags(source, { families: [cardTags], context });
  return { html: out.replace(SLOT_MARKER, (_, i: string) => toHtml(slots[Number(i)]!)), warnings };
}

const CARD =
  'class="not-prose my-3 flex max-w-md items-center gap-3 rounded-lg border border-stone-200 bg-white px-4 py-3 no-underline transition-colors hover:border-stone-400 hover:bg-stone-50 dark:border-stone-700 dark:bg-stone-900 dark:hover:border-stone-500 dark:hover:bg-stone-800"';
const TITLE = 'class="block truncate font-medium text-stone-900 dark:text-stone-50"';
const SUB = 'class="block truncate text-sm text-stone-600 dark:text-stone-400"';
const NEW_TAB = 'target="_blank" rel="external nofollow noopener noreferrer"';

describe('link, the themes’ card (Butterfly plus, Volantis)', () => {
  it('title, url, img: a card with the image, the title and the host', () => {
    // Real use: CCLMSY__Hexo_Blog Tutors/Markdown.md
    const { html, warnings } = render('{% link 糖果屋教程贴, https://akilar.top/posts/615e2dec/, https://cdn.cbd.int/akilar-candyassets@1.0.36/image/siteicon/favicon.ico %}');
    expect(html).toBe(
      `<a href="https://akilar.top/posts/615e2dec/" title="糖果屋教程贴" ${CARD} ${NEW_TAB}>` +
        '<img src="https://cdn.cbd.int/akilar-candyassets@1.0.36/image/siteicon/favicon.ico" alt="" width="40" height="40" class="m-0 size-10 shrink-0 rounded-md object-cover" loading="lazy" decoding="async" referrerpolicy="no-referrer">' +
        `<span class="block min-w-0"><span ${TITLE}>糖果屋教程贴</span><span ${SUB}>akilar.top</span></span></a>`,
    );
    expect(warnings).toEqual([]);
  });

  it('title, url: a globe stands in for the image; a site path opens in place', () => {
    const { html } = render('{% link 关于, /about/ %}');
    expect(html).toMatch(/^<a href="\/about\/" title="关于" class="[^"]*"><svg[^>]*aria-hidden="true"/);
    expect(html).toContain(`<span ${SUB}>/about/</span>`);
    expect(html).not.toContain('target=');
  });

  it('Volantis’ `::`', () => {
    expect(render('{% link 标题:: https://example.com/ %}').html).toContain('href="https://example.com/"');
  });

  it('the syntax line of a tutorial (placeholders, no address) keeps its words as text', () => {
    // Real use: Tutors/Markdown.md `{% link 标题, 链接, 图片链接（可选） %}` — `链接` is a relative path, harmless.
    expect(render('{% link 标题, 链接, 图片链接（可选） %}').html).toMatch(/^<a href="链接"/);
  });

  it('a script address becomes the title as text, with a warning', () => {
    const { html, warnings } = render('{% link 点我, javascript:alert(1) %}');
    expect(html).toBe('点我');
    expect(warnings).toEqual(['line 1: {% link 点我, javascript:alert(1) %}: javascript:alert(1) is not an http(s) or site address; only the text is kept']);
  });
});

describe('link, Stellar’s card', () => {
  it('url [title] [icon:…] [desc:…]', () => {
    const { html } = render('{% link https://xaoxuu.com 简约风格 icon:https://xaoxuu.com/icon.png desc:一个博客 %}');
    expect(html).toContain('href="https://xaoxuu.com"');
    expect(html).toContain('<img src="https://xaoxuu.com/icon.png"');
    expect(html).toContain(`<span ${TITLE}>简约风格</span><span ${SUB}>一个博客</span><span ${SUB}>xaoxuu.com</span>`);
  });

  it('with no title shows the host; desc:true (fetch one) adds nothing', () => {
    const { html } = render('{% link https://example.com/a desc:true %}');
    expect(html).toContain(`<span ${TITLE}>example.com</span><span ${SUB}>example.com</span>`);
  });
});

describe('link / a / anchor, Hexo core’s form', () => {
  it('text url → a plain <a>', () => {
    expect(render('见 {% link Hexo 官网 https://hexo.io %}。').html).toBe('见 <a href="https://hexo.io">Hexo 官网</a>。');
    expect(render('{% a 文档 https://hexo.io/docs/ %}').html).toBe('<a href="https://hexo.io/docs/">文档</a>');
  });

  it('external true opens a new tab; the rest is the title', () => {
    expect(render('{% anchor Hexo https://hexo.io true Hexo 的网站 %}').html).toBe('<a href="https://hexo.io" title="Hexo 的网站" target="_blank" rel="noopener noreferrer">Hexo</a>');
    expect(render('{% a Hexo https://hexo.io false 标题 %}').html).toBe('<a href="https://hexo.io" title="标题">Hexo</a>');
  });

  it('`a` is always the core form, even with a comma in its text', () => {
    expect(render('{% a 你好, 世界 https://example.com %}').html).toBe('<a href="https://example.com">你好, 世界</a>');
  });

  it('no address: the text alone, with a warning', () => {
    const { html, warnings } = render('{% a 只有文字 %}');
    expect(html).toBe('只有文字');
    expect(warnings[0]).toContain('no address');
  });
});

describe('linkcard', () => {
  it('is a card in either form', () => {
    expect(render('{% linkcard 标题, https://example.com %}').html).toContain(`<span ${TITLE}>标题</span>`);
    expect(render('{% linkcard https://example.com 标题 %}').html).toContain(`<span ${TITLE}>标题</span>`);
  });
});

describe('ghcard', () => {
  it('a user: a card to their GitHub page, no remote image', () => {
    // Real use: CCLMSY__Hexo_Blog Tutors/Markdown.md
    const { html } = render('{% ghcard fomalhaut1998 %}');
    expect(html).toMatch(/^<a href="https:\/\/github.com\/fomalhaut1998" title="fomalhaut1998" class="not-prose my-3 inline-flex [^"]* align-top" target="_blank"/);
    expect(html).toContain(`<span ${TITLE}>fomalhaut1998</span><span ${SUB}>GitHub 用户</span>`);
    expect(html).not.toContain('<img');
  });

  it('a repository, with the theme options ignored (they styled the stats image)', () => {
    const { html } = render('| {% ghcard volantis-x/hexo-theme-volantis, theme=vue %} |');
    expect(html).toMatch(/^\| <a href="https:\/\/github.com\/volantis-x\/hexo-theme-volantis"/);
    expect(html).toContain('>GitHub 仓库</span>');
    expect(html).not.toContain('vue');
    expect(render('{% ghcard xaoxuu/hexo-theme-stellar theme:dark %}').html).toContain('href="https://github.com/xaoxuu/hexo-theme-stellar"');
  });

  it('anything not a GitHub name is text, with a warning', () => {
    // Real use: the tutorial's syntax line `{% ghcard 用户名, 其它参数（可选） %}`
    const { html, warnings } = render('{% ghcard 用户名, 其它参数（可选） %}');
    expect(html).toBe('用户名');
    expect(warnings[0]).toContain('is not a GitHub user or user/repo');
    expect(render('{% ghcard ../../evil %}').html).not.toContain('<a');
  });

  it('ghcardgroup lays its cards side by side', () => {
    const { html } = render('{% ghcardgroup %}\n{% ghcard a %}\n{% ghcard b/c %}\n{% endghcardgroup %}');
    expect(html).toMatch(/^<div class="not-prose my-6 flex flex-wrap gap-3 \[&#x26;>p\]:contents"><p><a href="https:\/\/github.com\/a"/);
    expect(html).toContain('href="https://github.com/b/c"');
  });
});

describe('site / sitegroup (Butterfly plus)', () => {
  const xaoxuu =
    '{% site xaoxuu, url=https://xaoxuu.com, screenshot=https://i.loli.net/2020/08/21/VuSwWZ1xAeUHEBC.jpg, avatar=https://cdn.jsdelivr.net/gh/fomalhaut1998/cdn-assets/avatar/avatar.png, description=简约风格 %}';

  it('a site card: screenshot, avatar, title, description', () => {
    // Real use: CCLMSY__Hexo_Blog Tutors/Markdown.md
    const { html } = render(xaoxuu);
    expect(html).toBe(
      `<a href="https://xaoxuu.com" title="xaoxuu" class="not-prose my-3 flex flex-col overflow-hidden rounded-lg border border-stone-200 bg-white no-underline transition-shadow hover:shadow-md dark:border-stone-700 dark:bg-stone-900" ${NEW_TAB}>` +
        '<img src="https://i.loli.net/2020/08/21/VuSwWZ1xAeUHEBC.jpg" alt="" class="m-0 block aspect-video w-full object-cover" loading="lazy" decoding="async" referrerpolicy="no-referrer">' +
        '<span class="flex items-center gap-3 px-3 py-2"><img src="https://cdn.jsdelivr.net/gh/fomalhaut1998/cdn-assets/avatar/avatar.png" alt="" width="32" height="32" class="m-0 size-8 shrink-0 rounded-full object-cover" loading="lazy" decoding="async" referrerpolicy="no-referrer">' +
        `<span class="block min-w-0"><span ${TITLE}>xaoxuu</span><span ${SUB}>简约风格</span></span></span></a>`,
    );
  });

  it('keeps a description with a comma; no description shows the host', () => {
    expect(render('{% site 甲, url=https://a.example, description=一, 二 %}').html).toContain(`<span ${SUB}>一, 二</span>`);
    expect(render('{% site 甲, url=https://a.example %}').html).toContain(`<span ${SUB}>a.example</span>`);
  });

  it('no usable address: the title as text, with a warning', () => {
    // Real use: the tutorial's syntax line `{% site 标题, url=链接, … %}` has a relative placeholder: linked, harmless.
    expect(render('{% site 标题, url=链接, screenshot=截图链接 %}').html).toMatch(/^<a href="链接"/);
    const { html, warnings } = render('{% site 标题, url=javascript:alert(1) %}');
    expect(html).toBe('标题');
    expect(warnings).toHaveLength(1);
  });

  it('sitegroup: the cards of its body as cells of a grid', () => {
    const { html } = render(`{% sitegroup %}\n${xaoxuu}\n{% site inkss, url=https://inkss.cn, description=这是一段关于这个网站的描述文字 %}\n{% endsitegroup %}`);
    expect(html).toMatch(/^<div class="my-6"><div class="not-prose grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3"><a href="https:\/\/xaoxuu.com"/);
    expect(html.match(/<a /g)).toHaveLength(2);
    // Cells fill the grid's rows rather than keeping the loose card's margin.
    expect(html).toContain('dark:bg-stone-900 m-0 h-full"');
    expect(html).not.toContain('my-3 flex flex-col');
  });

  it('sitegroup: a title, and other content spanning the grid', () => {
    const { html } = render('{% sitegroup 友链 %}\n说明文字\n\n{% site 甲, url=https://a.example %}\n{% endsitegroup %}');
    expect(html).toContain('<p class="mb-3 text-xl font-semibold">友链</p>');
    expect(html).toContain('<div class="col-span-full"><p>说明文字</p></div>');
  });
});

import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { collectImages, galleryTags } from '@/lib/hexo/tags/gallery';
import { expandTags, SLOT_MARKER } from '@/lib/hexo/tags/parse';
import { testTagContext } from '../support/tag-context';

/**
 * The test context, with Markdown images made into <img> (one paragraph of them, as marked renders
 * lines of images): enough for the gallery tags, which only collect images.
 */
function render(source: string) {
  const { context, warnings } = testTagContext();
  const plain = context.markdown;
  context.markdown = (text) => {
    const images = [...text.matchAll(/!\[(.*?)\]\(\s*(\S*?)\s*\)/g)].map((m) => h('img', { src: m[2], alt: m[1] }));
    return images.length ? [h('p', images)] : plain(text);
  };
  const { source: out, slots } = expandTags(source, { families: [galleryTags], context });
  return { html: out.replace(SLOT_MARKER, (_, i: string) => toHtml(slots[Number(i)]!)), warnings };
}

const LAZY = 'loading="lazy" decoding="async" referrerpolicy="no-referrer"';
const FILL = 'class="m-0 block h-full w-full rounded-md object-cover"';

describe('gallery', () => {
  it('lays the body’s images out in a grid, each keeping its alt, lazy and without referrer', () => {
    // Real use: codehhr__hexo-theme-butterfly-blog-backup source/school/winter/index.md
    const { html, warnings } = render(
      '{% gallery %}\n![winter-a](https://codehhr.coding.net/p/codehhr/d/kd/git/raw/master/winter/winter-a.jpg)\n![winter-b](https://codehhr.coding.net/p/codehhr/d/kd/git/raw/master/winter/winter-b.jpg)\n{% endgallery %}',
    );
    expect(html).toBe(
      '<div class="not-prose my-6 grid grid-cols-2 gap-2 sm:grid-cols-3">' +
        `<div class="aspect-[4/3] overflow-hidden rounded-md bg-stone-100 dark:bg-stone-800"><img src="https://codehhr.coding.net/p/codehhr/d/kd/git/raw/master/winter/winter-a.jpg" alt="winter-a" ${LAZY} ${FILL}></div>` +
        `<div class="aspect-[4/3] overflow-hidden rounded-md bg-stone-100 dark:bg-stone-800"><img src="https://codehhr.coding.net/p/codehhr/d/kd/git/raw/master/winter/winter-b.jpg" alt="winter-b" ${LAZY} ${FILL}></div>` +
        '</div>',
    );
    expect(warnings).toEqual([]);
  });

  it('reads images written with spaces inside the parentheses (a real page) and ignores the theme’s options', () => {
    // Real use: CCLMSY__Hexo_Blog source/box/gallery/covers/index.md (`{% gallery %} ` with a trailing space)
    const { html } = render('{% gallery true,220,10 %} \n![p1]( https://source.cclmsy.cc/Covers/Cover_1.webp )\n![p2]( https://source.cclmsy.cc/Covers/Cover_2.webp )\n{% endgallery %}');
    expect(html.match(/<img /g)).toHaveLength(2);
    expect(html).toContain('src="https://source.cclmsy.cc/Covers/Cover_1.webp" alt="p1"');
  });

  it('keeps an image’s link and size', () => {
    const picture = h('a', { href: '/big.png' }, [h('img', { src: '/small.png', alt: '小', width: 100, height: 80 })]);
    const [found] = collectImages([h('p', [picture as ElementContent])]);
    expect(found).toBe(picture);
    const { context } = testTagContext();
    context.markdown = () => [h('p', [structuredClone(picture)])];
    const html = toHtml(galleryTags.gallery!({ name: 'gallery', args: [], body: 'x', line: 1 }, context) as Element);
    expect(html).toContain('<a href="/big.png" class="block h-full"><img src="/small.png" alt="小" width="100" height="80"');
  });

  it('the URL form needs the theme’s script: left out with a warning', () => {
    const { html, warnings } = render('{% gallery url,/gallery/data.json %}\n{% endgallery %}');
    expect(html).toBe('');
    expect(warnings[0]).toContain('needs the theme');
  });

  it('with no images shows its content as it is, with a warning', () => {
    const { html, warnings } = render('{% gallery %}\n没有图片\n{% endgallery %}');
    expect(html).toBe('<p>没有图片</p>');
    expect(warnings[0]).toContain('no images in it');
  });
});

describe('galleryGroup', () => {
  it('is a card linking to the album: cover, name, description', () => {
    // Real use: CCLMSY__Hexo_Blog source/box/gallery/index.md
    const { html } = render("{% galleryGroup '封面专区' '本站用作文章封面的图片' '/box/gallery/covers' https://source.cclmsy.cc/Covers/Cover_99.webp %}");
    expect(html).toBe(
      '<a href="/box/gallery/covers" class="not-prose my-2 mr-3 inline-block w-full overflow-hidden rounded-lg border border-stone-200 bg-white align-top no-underline sm:w-[calc(50%-0.75rem)] dark:border-stone-700 dark:bg-stone-900 transition-shadow hover:shadow-md focus-visible:shadow-md">' +
        `<img src="https://source.cclmsy.cc/Covers/Cover_99.webp" alt="" class="m-0 block aspect-[16/10] w-full object-cover" ${LAZY}>` +
        '<span class="block px-3 py-2"><span class="block font-semibold text-stone-900 dark:text-stone-50">封面专区</span><span class="block text-sm text-stone-600 dark:text-stone-300">本站用作文章封面的图片</span></span></a>',
    );
  });

  it('trims a link written with a leading space, and takes unquoted words', () => {
    // Real uses: CCLMSY__Hexo_Blog source/box/animation/index.md, Tutors/Markdown.md
    expect(render("{% galleryGroup '烟花特效' '烟花特效' ' https://haiyong.site/demo/fireworks2.html' https://source.cclmsy.cc/Images/Flinks/SiteShots/Fireworks.png %}").html).toMatch(
      /^<a href="https:\/\/haiyong.site\/demo\/fireworks2.html"/,
    );
    const { html } = render("{% galleryGroup MC 在Rikkaの六花服务器里留下的足迹 '/gallery/MC/' https://cdn.cbd.int/akilar-candyassets@1.0.36/image/1.jpg %}");
    expect(html).toContain('>MC</span>');
    expect(html).toContain('>在Rikkaの六花服务器里留下的足迹</span>');
  });

  it('links nowhere and shows no cover for a script address, with warnings', () => {
    const { html, warnings } = render("{% galleryGroup 名 描述 'javascript:alert(1)' 'data:image/png;base64,xx' %}");
    expect(html).toMatch(/^<span class="not-prose/);
    expect(html).not.toContain('javascript');
    expect(html).not.toContain('data:');
    expect(warnings).toHaveLength(2);
  });

  it('placeholder words (the syntax line of a tutorial) render as text, linked nowhere', () => {
    // Real use: Tutors/Markdown.md shows `{% galleryGroup name description link img-url %}` rendered
    const { html } = render('{% galleryGroup name description link img-url %}');
    expect(html).toContain('>name</span>');
    // `link` and `img-url` are relative paths: allowed, harmless.
    expect(html).toMatch(/^<a href="link"/);
  });
});

describe('grouppicture / gp (NexT)', () => {
  const four = [1, 2, 3, 4].map((n) => `![${n}](/${n}.png)`).join('\n');
  const rows = (html: string) => [...html.matchAll(/<div class="flex gap-2">(.*?)<\/div><\/div>(?=<div class="flex gap-2">|<\/div>$)/g)].map((m) => (m[1]!.match(/<img /g) ?? []).length);

  it('lays N pictures out in layout K: 4-1 is rows of 1, 2, 1', () => {
    const { html } = render(`{% gp 4-1 %}\n${four}\n{% endgp %}`);
    expect(html.startsWith('<div class="not-prose my-6 flex flex-col gap-2">')).toBe(true);
    expect(rows(html)).toEqual([1, 2, 1]);
  });

  it('falls back to rows of three for an unknown layout', () => {
    expect(rows(render(`{% grouppicture 4-9 %}\n${four}\n{% endgrouppicture %}`).html)).toEqual([3, 1]);
    expect(rows(render(`{% gp %}\n${four}\n{% endgp %}`).html)).toEqual([3, 1]);
  });

  it('Fluid’s groupimage / gi: the rows given when they add up, else its default', () => {
    expect(rows(render(`{% gi 4 1-3 %}\n${four}\n{% endgi %}`).html)).toEqual([1, 3]);
    expect(rows(render(`{% groupimage 4 1-1 %}\n${four}\n{% endgroupimage %}`).html)).toEqual([2, 2]);
  });
});

describe('inlineimage / inlineImg', () => {
  it('Volantis / Butterfly plus: the line’s height by default, or height=', () => {
    // Real uses: CCLMSY__Hexo_Blog Tutors/Markdown.md
    expect(render('这是 {% inlineimage https://cdn.jsdelivr.net/gh/volantis-x/cdn-emoji/aru-l/0000.gif %} 一段话。').html).toBe(
      `这是 <img src="https://cdn.jsdelivr.net/gh/volantis-x/cdn-emoji/aru-l/0000.gif" alt="" class="not-prose m-0 inline-block w-auto align-middle h-[1.5em]" ${LAZY}> 一段话。`,
    );
    expect(render('这又是 {% inlineimage https://cdn.jsdelivr.net/gh/volantis-x/cdn-emoji/aru-l/5150.gif, height=40px %} 一段话。').html).toContain(
      'style="height:40px" class="not-prose m-0 inline-block w-auto align-middle"',
    );
  });

  it('Butterfly inlineImg src [height]', () => {
    expect(render('{% inlineImg /img/a.png 150px %}').html).toContain('<img src="/img/a.png" alt="" style="height:150px"');
    expect(render('{% inlineImg /img/a.png %}').html).toContain('h-[1.5em]');
  });

  it('a height that is no length is dropped; a script address drops the image, with warnings', () => {
    const bad = render('{% inlineImg /a.png 1px;position:fixed %}');
    expect(bad.html).not.toContain('style=');
    expect(bad.warnings[0]).toContain('is not a length');
    const script = render('{% inlineimage javascript:alert(1) %}');
    expect(script.html).toBe('');
    expect(script.warnings[0]).toContain('is not an http(s) or site address');
  });
});

import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { cssLength, hostOf, imageTags, readCoreImage, safeUrl } from '@/lib/hexo/tags/image';
import { expandTags, SLOT_MARKER } from '@/lib/hexo/tags/parse';
import { testTagContext } from '../support/tag-context';

function render(source: string) {
  const { context, warnings } = testTagContext();
  const { source: out, slots } = expandTags(source, { families: [imageTags], context });
  return { html: out.replace(SLOT_MARKER, (_, i: string) => toHtml(slots[Number(i)]!)), warnings };
}

const LAZY = 'loading="lazy" decoding="async" referrerpolicy="no-referrer"';

describe('safeUrl', () => {
  it('allows http(s), protocol-relative, site and relative paths', () => {
    expect(safeUrl('https://example.com/a.png')).toBe('https://example.com/a.png');
    expect(safeUrl('http://example.com/a b.png')).toBe('http://example.com/a%20b.png');
    expect(safeUrl('//cdn.example.com/a.png')).toBe('https://cdn.example.com/a.png');
    expect(safeUrl('/images/a.png')).toBe('/images/a.png');
    expect(safeUrl('#top')).toBe('#top');
    expect(safeUrl('a.png')).toBe('a.png');
    expect(safeUrl('../x/a.png')).toBe('../x/a.png');
  });

  it('refuses every other scheme and the tricks that reveal one', () => {
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:image/svg+xml,<svg/onload=alert(1)>', 'vbscript:x', 'java\tscript:alert(1)', 'java\nscript:alert(1)', '\\\\evil.com/a', 'mailto:a@b.c', '', undefined]) {
      expect(safeUrl(bad)).toBeUndefined();
    }
  });

  it('names hosts and keeps site paths', () => {
    expect(hostOf('https://www.example.com/a')).toBe('example.com');
    expect(hostOf('https://akilar.top/posts/615e2dec/')).toBe('akilar.top');
    expect(hostOf('/about/')).toBe('/about/');
  });

  it('reads CSS lengths only', () => {
    expect(cssLength('400px')).toBe('400px');
    expect(cssLength('50%')).toBe('50%');
    expect(cssLength('40')).toBe('40px');
    expect(cssLength('1.5em')).toBe('1.5em');
    expect(cssLength('400px;background:url(x)')).toBeUndefined();
    expect(cssLength('expression(alert(1))')).toBeUndefined();
  });
});

describe('readCoreImage (Hexo’s img tag, as hexo test/scripts/tags/img.ts reads it)', () => {
  const read = (text: string) => readCoreImage(text.split(' '));
  it('src, classes, width and height', () => {
    expect(read('https://placekitten.com/200/300')).toEqual({ classes: [], src: 'https://placekitten.com/200/300' });
    expect(read('left top /images/test.jpg 200 300')).toEqual({ classes: ['left', 'top'], src: '/images/test.jpg', width: '200', height: '300' });
  });

  it('title words unquoted are all the title', () => {
    expect(read('left https://placekitten.com/200/300 200 Place Kitten')).toMatchObject({ width: '200', title: 'Place Kitten', alt: undefined });
  });

  it('"title" "alt" (the single-quoted meta arrives without its outer quotes)', () => {
    expect(read('left https://placekitten.com/200/300 200 300 "Place Kitten" "A cute kitten"')).toMatchObject({ title: 'Place Kitten', alt: 'A cute kitten' });
    expect(read('left https://placekitten.com/200/300 200 300 "Place Kitten" \'A "cute" kitten\'')).toMatchObject({ title: 'Place Kitten', alt: 'A "cute" kitten' });
  });
});

describe('img / image, Hexo core’s form', () => {
  it('is an inline <img>, lazy and without referrer', () => {
    expect(render('图：{% img /images/test.jpg 200 300 %}').html).toBe(`图：<img src="/images/test.jpg" alt="" width="200" height="300" class="max-w-full h-auto" ${LAZY}>`);
  });

  it('reads the quoted `\'"title" "alt"\'` form as the engine splits it; the alt is the caption', () => {
    const { html } = render('{% img left /images/a.jpg 300 \'"标题" "替代文字"\' %}');
    expect(html).toBe(
      `<figure class="my-6 flex flex-col items-center"><img src="/images/a.jpg" alt="替代文字" title="标题" width="300" class="max-w-full h-auto float-left mr-4 mb-2" ${LAZY}><figcaption class="mt-2 text-center text-sm text-stone-600 dark:text-stone-400">替代文字</figcaption></figure>`,
    );
  });

  it('uses a title as the alt when no alt is given; unknown class names are dropped', () => {
    expect(render('{% image fancy hidden https://example.com/a.png 一张图 %}').html).toBe(
      `<img src="https://example.com/a.png" alt="一张图" title="一张图" class="max-w-full h-auto" ${LAZY}>`,
    );
  });

  it('leaves out an image with no address, or one with a script scheme, with a warning', () => {
    const none = render('{% img foo.png %}');
    expect(none.html).toBe('');
    expect(none.warnings).toEqual(['line 1: {% img foo.png %}: no image address; the image is left out']);
    const script = render('{% img javascript:alert(1) 10 \'"t" "替代"\' %}');
    expect(script.html).toBe('替代');
    expect(script.html).not.toContain('javascript');
    expect(script.warnings[0]).toContain('is not an http(s) or site address');
  });
});

describe('image, Butterfly plus’ / Volantis’ comma form', () => {
  // Real uses: CCLMSY__Hexo_Blog Tutors/Markdown.md
  const url = 'https://cdn.jsdelivr.net/gh/volantis-x/cdn-wallpaper-minimalist/2020/025.jpg';

  it('alt= is the caption', () => {
    expect(render(`{% image ${url}, alt=每天下课回宿舍的路，没有什么故事。 %}`).html).toBe(
      `<figure class="my-6 flex flex-col items-center"><img src="${url}" alt="每天下课回宿舍的路，没有什么故事。" class="max-w-full h-auto" ${LAZY}><figcaption class="mt-2 text-center text-sm text-stone-600 dark:text-stone-400">每天下课回宿舍的路，没有什么故事。</figcaption></figure>`,
    );
  });

  it('width= and height= size it; bg= (a loading placeholder) is not needed', () => {
    expect(render(`{% image ${url}, width=400px %}`).html).toBe(`<figure class="my-6 flex flex-col items-center"><img src="${url}" alt="" style="width:400px" class="max-w-full h-auto" ${LAZY}></figure>`);
    const all = render(`{% image ${url}, width=400px, bg=#1D0C04, alt=优化不同宽度浏览的观感 %}`).html;
    expect(all).toContain('style="width:400px"');
    expect(all).toContain('>优化不同宽度浏览的观感</figcaption>');
    expect(all).not.toContain('1D0C04');
    expect(render(`{% image ${url}, height=32px, width=50% %}`).html).toContain('style="width:50%;height:32px"');
  });

  it('keeps a caption with a comma in it, and reads Volantis’ `::`', () => {
    expect(render('{% image /a.png, alt=一, 二 %}').html).toContain('>一, 二</figcaption>');
    expect(render('{% image /a.png:: alt=图:: width=10px %}').html).toContain('style="width:10px"');
  });

  it('drops a width that is no length (nothing but a length reaches the style), with a warning', () => {
    const { html, warnings } = render('{% image /a.png, width=1px;background:red %}');
    expect(html).not.toContain('style=');
    expect(warnings).toEqual(['line 1: {% image /a.png, width=1px;background:red %}: width=1px;background:red is not a length; it is left out']);
  });
});

describe('image, Stellar’s form', () => {
  it('src [alt] [width:…]', () => {
    const { html } = render('{% image /a.png 一张 图 width:300px bg:#eee %}');
    expect(html).toContain('<img src="/a.png" alt="一张 图" style="width:300px"');
    expect(html).toContain('>一张 图</figcaption>');
  });
});

describe('block forms', () => {
  it('are not these tags', () => {
    expect(imageTags.image!({ name: 'image', args: ['/a.png'], body: 'x', line: 1 }, testTagContext().context)).toBeUndefined();
  });
});

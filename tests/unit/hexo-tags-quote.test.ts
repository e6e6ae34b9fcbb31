import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { expandTags } from '@/lib/hexo/tags/parse';
import { quoteTags, readCitation } from '@/lib/hexo/tags/quote';
import { testTagContext } from '../support/tag-context';

/** Tags through the real tag parser, as the HTML of their slots, with the warnings they gave. */
function render(source: string) {
  const { context, warnings } = testTagContext();
  const { slots, source: text } = expandTags(source, { families: [quoteTags], context });
  return { html: slots.map((slot: ElementContent[]) => toHtml(slot)).join('\n'), text, warnings };
}

const FOOTER = '<footer class="mt-3 text-sm not-italic text-stone-600 dark:text-stone-400 before:mr-1 before:content-[&#x27;——&#x27;]">';
const STRONG = '<strong class="font-semibold text-stone-700 dark:text-stone-200">';
const CITE = '<cite class="ml-2 not-italic">';

describe('blockquote: Hexo’s footer, read as hexo lib/plugins/tag/blockquote.ts reads it (its own test cases)', () => {
  it('no arguments: no footer', () => {
    expect(readCitation([])).toBeUndefined();
    expect(render('{% blockquote %}\n123456 **bold**\n{% endblockquote %}').html).toBe('<blockquote><p>123456 **bold**</p></blockquote>');
  });

  it('author', () => {
    expect(readCitation(['John', 'Doe'])).toEqual({ author: 'John Doe' });
    expect(render('{% blockquote John Doe %}\n{% endblockquote %}').html).toBe(`<blockquote><p></p>${FOOTER}${STRONG}John Doe</strong></footer></blockquote>`);
  });

  it('author, source (split on the comma)', () => {
    expect(readCitation('Jane Austen, Pride and Prejudice'.split(' '))).toEqual({ author: 'Jane Austen', title: 'Pride and Prejudice' });
    expect(render('{% blockquote Jane Austen, Pride and Prejudice %}\nx\n{% endblockquote %}').html).toContain(`${STRONG}Jane Austen</strong>${CITE}Pride and Prejudice</cite></footer>`);
  });

  it('author link: the link shown without its scheme and trailing slash', () => {
    expect(readCitation(['John', 'Doe', 'https://hexo.io/'])).toEqual({ author: 'John Doe', source: 'https://hexo.io/' });
    expect(render('{% blockquote John Doe https://hexo.io/ %}\nx\n{% endblockquote %}').html).toContain(`${STRONG}John Doe</strong>${CITE}<a href="https://hexo.io/">hexo.io</a></cite></footer>`);
    expect(render('{% blockquote A https://example.com/x/index.html %}\nx\n{% endblockquote %}').html).toContain('>example.com/x</a>');
  });

  it('author link title', () => {
    expect(readCitation(['John', 'Doe', 'https://hexo.io/', 'Hexo'])).toEqual({ author: 'John Doe', source: 'https://hexo.io/', title: 'Hexo' });
    expect(render('{% blockquote John Doe https://hexo.io/ Hexo %}\nx\n{% endblockquote %}').html).toContain(`${CITE}<a href="https://hexo.io/">Hexo</a></cite>`);
  });

  it('real uses (cylong1016’s posts): author, link, a title of several words', () => {
    const wiki = render('{% blockquote 维基百科 https://zh.wikipedia.org/wiki/%E6%90%9C%E5%B0%8B%E5%BC%95%E6%93%8E%E6%9C%80%E4%BD%B3%E5%8C%96 搜索引擎优化 %}\n搜索引擎优化（英语：search engine optimization，缩写为SEO）\n{% endblockquote %}');
    expect(wiki.html).toBe(
      `<blockquote><p>搜索引擎优化（英语：search engine optimization，缩写为SEO）</p>${FOOTER}${STRONG}维基百科</strong>${CITE}<a href="https://zh.wikipedia.org/wiki/%E6%90%9C%E5%B0%8B%E5%BC%95%E6%93%8E%E6%9C%80%E4%BD%B3%E5%8C%96">搜索引擎优化</a></cite></footer></blockquote>`,
    );
    expect(wiki.warnings).toEqual([]);
    const json = render('{% blockquote JSON 中文 http://www.json.org/json-zh.html 介绍 JSON %}\nJSON(JavaScript Object Notation) 是一种轻量级的数据交换格式。\n{% endblockquote %}').html;
    expect(json).toContain(`${STRONG}JSON 中文</strong>${CITE}<a href="http://www.json.org/json-zh.html">介绍 JSON</a></cite>`);
    const google = render('{% blockquote Search Console帮助 https://support.google.com/webmasters/answer/44231 设置您的首选网域（www 版网址或非 www 版网址） %}\n首选网域\n{% endblockquote %}').html;
    expect(google).toContain(`${STRONG}Search Console帮助</strong>${CITE}<a href="https://support.google.com/webmasters/answer/44231">设置您的首选网域（www 版网址或非 www 版网址）</a></cite>`);
  });

  it('quote is blockquote; author text is text', () => {
    expect(render('{% quote A, B %}x{% endquote %}').html).toBe(render('{% blockquote A, B %}x{% endblockquote %}').html);
    expect(render('{% blockquote <script>alert(1)</script> %}x{% endblockquote %}').html).toContain('&#x3C;script>');
  });

  it('without its end tag it is not this family’s form', () => {
    expect(render('{% blockquote %}').warnings[0]).toMatch(/unknown tag/);
  });
});

describe('pullquote', () => {
  it('a large quote; left/right float it, other classes are dropped', () => {
    const plain = render('{% pullquote %}\n引用\n{% endpullquote %}').html;
    expect(plain).toMatch(/^<blockquote class="pullquote my-8 border-l-0 border-y-2 [^"]*text-xl[^"]*"><p>引用<\/p><\/blockquote>$/);
    expect(render('{% pullquote right %}\nx\n{% endpullquote %}').html).toContain('sm:float-right');
    expect(render('{% pullquote left %}\nx\n{% endpullquote %}').html).toContain('sm:float-left');
    expect(render('{% pullquote evil"x %}\nx\n{% endpullquote %}').html).toBe(render('{% pullquote %}\nx\n{% endpullquote %}').html);
  });
});

describe('centerquote / cq (NexT)', () => {
  it('centred between two quotation marks hidden from screen readers', () => {
    const { html } = render('{% cq %}\n人生乃是一面镜子\n{% endcq %}');
    expect(html).toMatch(/^<blockquote class="my-8 border-l-0 px-0 text-center[^"]*"><span aria-hidden="true" class="[^"]*">“<\/span><div class="[^"]*"><p>人生乃是一面镜子<\/p><\/div><span aria-hidden="true" class="[^"]*">”<\/span><\/blockquote>$/);
    expect(render('{% centerquote %}\n人生乃是一面镜子\n{% endcenterquote %}').html).toBe(html);
  });
});

describe('poem (Butterfly plus)', () => {
  it('the real use (CCLMSY Markdown.md): title, author, the poem centred', () => {
    const { html } = render('{% poem 水调歌头,苏轼 %}\n丙辰中秋，欢饮达旦，大醉，作此篇，兼怀子由。\n明月几时有？把酒问青天。\n{% endpoem %}');
    expect(html).toMatch(/^<figure class="my-8 text-center font-serif"><p class="[^"]*text-2xl[^"]*">水调歌头<\/p><p class="[^"]*text-sm[^"]*">苏轼<\/p><div class="[^"]*"><p>丙辰中秋，欢饮达旦，大醉，作此篇，兼怀子由。\n明月几时有？把酒问青天。<\/p><\/div><\/figure>$/);
  });

  it('title only, or nothing', () => {
    expect(render('{% poem 静夜思 %}\n床前明月光\n{% endpoem %}').html).not.toContain('text-sm');
    expect(render('{% poem %}\n床前明月光\n{% endpoem %}').html).toMatch(/^<figure[^>]*><div/);
  });
});

import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { expandTags } from '@/lib/hexo/tags/parse';
import { timelineTags } from '@/lib/hexo/tags/timeline';
import { testTagContext } from '../support/tag-context';

/** Tags through the real tag parser, as the HTML of their slots, with the warnings they gave and the text each body was rendered from. */
function render(source: string) {
  const { context, warnings } = testTagContext();
  const rendered: string[] = [];
  const markdown = context.markdown;
  context.markdown = (text, line) => {
    rendered.push(text);
    return markdown(text, line);
  };
  const { slots } = expandTags(source, { families: [timelineTags], context });
  return { html: slots.map((slot: ElementContent[]) => toHtml(slot)).join('\n'), warnings, rendered };
}

const items = (html: string) => html.match(/<li /g)?.length ?? 0;

describe('timeline (Butterfly)', () => {
  it('the real page (CCLMSY site/time): a title, nodes headed by dates, each content rendered as Markdown', () => {
    const source = [
      '{% timeline 小站建设进程 %}',
      '',
      '<!-- timeline 2023-12-14-->',
      '',
      '1. 关闭了Gitee Page，不再支持 cclmsy.gitee.io 的访问',
      '',
      '<!-- endtimeline -->',
      '',
      '<!-- timeline 2023-10-26-->',
      '',
      '1. 主域名备案审核通过',
      '',
      '<!-- endtimeline -->',
      '{% endtimeline %}',
    ].join('\n');
    const { html, warnings, rendered } = render(source);
    expect(warnings).toEqual([]);
    expect(html).toMatch(/^<div class="timeline my-8"><p class="[^"]*text-lg font-semibold[^"]*">小站建设进程<\/p><ol class="my-0 ml-1.5 list-none border-l-2 pl-0 border-sky-300 dark:border-sky-700">/);
    expect(items(html)).toBe(2);
    expect(html).toMatch(/<li class="relative[^"]*"><span aria-hidden="true" class="absolute -left-1.5[^"]*bg-sky-500[^"]*"><\/span><p class="[^"]*">2023-12-14<\/p><div class="[^"]*"><p>1. 关闭了Gitee Page，不再支持 cclmsy.gitee.io 的访问<\/p><\/div><\/li>/);
    expect(html).toContain('>2023-10-26</p>');
    expect(rendered).toContain('\n1. 主域名备案审核通过\n\n');
  });

  it('title,color and a node title with a Markdown link (CCLMSY Markdown.md)', () => {
    const source = [
      '{% timeline 时间轴样式,blue %}',
      '',
      '<!-- timeline 2020-07-24 [2.6.6 -> 3.0](https://github.com/volantis-x/hexo-theme-volantis/releases) -->',
      '',
      '1. 如果有 `hexo-lazyload-image` 插件，需要删除并重新安装最新版本。',
      '',
      '<!-- endtimeline -->',
      '',
      '<!-- timeline 2020-05-15 [2.6.3 -> 2.6.6](https://github.com/volantis-x/hexo-theme-volantis/releases/tag/2.6.6) -->',
      '',
      '不需要额外处理。',
      '',
      '<!-- endtimeline -->',
      '{% endtimeline %}',
    ].join('\n');
    const { html, rendered } = render(source);
    expect(html).toContain('>时间轴样式</p>');
    expect(html).not.toContain(',blue');
    expect(items(html)).toBe(2);
    expect(rendered).toContain('2020-07-24 [2.6.6 -> 3.0](https://github.com/volantis-x/hexo-theme-volantis/releases)');
    expect(html).toContain('<p>不需要额外处理。</p>');
  });

  it('the colour picks the tone; no title, no heading', () => {
    const { html } = render('{% timeline ,red %}\n<!-- timeline A -->\nx\n<!-- endtimeline -->\n{% endtimeline %}');
    expect(html).toContain('border-red-300');
    expect(html).toContain('bg-red-500');
    expect(html).not.toContain('text-lg');
    expect(render('{% timeline %}\n<!-- timeline A -->\nx\n<!-- endtimeline -->\n{% endtimeline %}').html).toMatch(/^<div class="timeline my-8"><ol /);
  });

  it('a title with a comma that names no colour stays whole', () => {
    expect(render('{% timeline 一, 二 %}\n<!-- timeline A -->\nx\n<!-- endtimeline -->\n{% endtimeline %}').html).toContain('>一, 二</p>');
  });
});

describe('timeline with timenode (Volantis, older Stellar)', () => {
  it('each timenode is a node, its title the part before a comma', () => {
    const { html, warnings } = render('{% timeline 更新日志 %}\n{% timenode 2020-07-24, 版本 %}\n发布 **3.0**\n{% endtimenode %}\n{% timenode 2020-05-15 %}\n修复\n{% endtimenode %}\n{% endtimeline %}');
    expect(warnings).toEqual([]);
    expect(items(html)).toBe(2);
    expect(html).toContain('>2020-07-24</p>');
    expect(html).toContain('<p>发布 **3.0**</p>');
    expect(html).toContain('>2020-05-15</p>');
  });

  it('a timenode alone is a timeline of one', () => {
    const { html } = render('{% timenode 2021-01-01 %}\n新年\n{% endtimenode %}');
    expect(items(html)).toBe(1);
    expect(html).toContain('>2021-01-01</p>');
  });
});

describe('timeline with <!-- node --> (Stellar)', () => {
  it('each comment heads what follows it', () => {
    const { html } = render('{% timeline %}\n<!-- node 2021 年 2 月 16 日 -->\n主题上线\n<!-- node 2021 年 3 月 1 日 -->\n新增功能\n{% endtimeline %}');
    expect(items(html)).toBe(2);
    expect(html).toContain('>2021 年 2 月 16 日</p>');
    expect(html).toContain('<p>主题上线</p>');
    expect(html).toContain('<p>新增功能</p>');
  });
});

describe('timeline with no nodes', () => {
  it('its content is shown as it is, with a warning', () => {
    const { html, warnings } = render('{% timeline 标题 %}\n只是文字\n{% endtimeline %}');
    expect(html).toContain('<p>只是文字</p>');
    expect(html).toContain('>标题</p>');
    expect(warnings[0]).toMatch(/^line 1: \{% timeline 标题 %\}: no timeline nodes/);
  });
});

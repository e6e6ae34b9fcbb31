import { describe, expect, it } from 'vitest';
import { feedHtml } from '@/lib/feed/html';
import { bodyToHast, type BodyFormat } from '@/lib/content/markdown';
import { t } from '@/lib/strings';

const options = { articleUrl: 'https://yuedu.example/articles/%E4%B8%80', tipUrl: 'https://yuedu.example/authors/a/tip' };
const render = async (source: string, format: BodyFormat = 'md') => feedHtml(await bodyToHast(source, format), options);

describe('article bodies in feeds', () => {
  it('makes image and link URLs absolute, resolving anchors against the article', async () => {
    const html = await render('![图](/images/demo/a.png)\n\n[小节](#小节) [别处](/categories/x) [外链](https://other.example/p?a=1&b=2)\n\n<img src="rel/b.png" alt="b">');
    expect(html).toContain('src="https://yuedu.example/images/demo/a.png"');
    expect(html).toContain('href="https://yuedu.example/articles/%E4%B8%80#%E5%B0%8F%E8%8A%82"');
    expect(html).toContain('href="https://yuedu.example/categories/x"');
    expect(html).toContain('href="https://other.example/p?a=1&#x26;b=2"');
    expect(html).toContain('src="https://yuedu.example/articles/rel/b.png"');
    expect(html).not.toMatch(/(?:src|href)="(?!https:)/);
  });

  it('keeps images, with their original URL rather than the CORS proxy', async () => {
    const html = await render('<p><img src="https://cors.zfour.workers.dev/?http://image.woshipm.com/x.jpg" width="640" height="400"></p>');
    expect(html).toContain('<img src="https://image.woshipm.com/x.jpg" width="640" height="400"');
  });

  it('turns the tip element into a link to the tip page, keeping the prompt', async () => {
    const html = await render('<div class="support-author"><div class="support-title">给作者打赏！</div><button class="button--pay">赞赏</button></div>');
    expect(html).toBe(`<p>给作者打赏！ <a href="${options.tipUrl}">${t.tip.button}</a></p>`);
    expect(await render('<div class="support-author"><button class="button--pay">赞赏</button></div>')).toContain(`${t.tip.prompt} <a href="${options.tipUrl}">`);
  });

  it('reduces MDX to plain HTML: imports, exports and expressions go, HTML tags stay, components leave their children', async () => {
    const source = [
      "import { Note } from './note'",
      'export const year = 2024',
      '# 标题 {year}',
      '<figure className="wide"><img src="/images/demo/a.svg" alt="示意" /><figcaption>说明</figcaption></figure>',
      '<Note kind="tip">组件里的 **文字**</Note>',
    ].join('\n\n');
    const html = await render(source, 'mdx');
    expect(html).not.toMatch(/import|export|year|Note/);
    expect(html).toContain('<figure class="wide"><img src="https://yuedu.example/images/demo/a.svg" alt="示意"><figcaption>说明</figcaption></figure>');
    expect(html).toContain('组件里的 <strong>文字</strong>');
    expect(html).toContain('<h2 id="标题-">标题 </h2>');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importedText } from '@/lib/comments/import/text';
import { renderComment } from '@/lib/comments/render';
import { unsafeMarkup } from '../support/comment-markup';
import { repoRoot } from './helpers';

/** Imported comments' bodies as the Markdown comments are kept in, and what of them reaches the page. */

const fromHtml = (body: string, replyToId?: string) => importedText({ source: 'twikoo', body, replyToId });

describe('an HTML body (Twikoo, Valine)', () => {
  it('keeps paragraphs, line breaks, emphasis, strikethrough, links, code, quotes and lists', () => {
    const html = [
      '<p>第一段<br>第二行 <strong>重点 </strong>和<em>强调</em>，<del>删掉</del></p>',
      '<p>见 <a href="https://example.com/a?b=1">这里</a>，或 <a href="https://example.com/">https://example.com/</a></p>',
      '<blockquote><p>引用</p></blockquote>',
      '<ul><li>一</li><li>二</li></ul><ol start="3"><li>三</li></ol>',
      '<p>命令 <code>ls -a</code></p><pre><code class="language-js">let a = `x`;\n</code></pre>\n',
    ].join('\n');
    // What reaches the page is what matters, not how the Markdown spells it (`*` or `-` bullets, escapes).
    expect(renderComment(fromHtml(html))).toBe(
      [
        '<p>第一段<br>\n第二行 <strong>重点 </strong>和<em>强调</em>，<del>删掉</del></p>',
        '<p>见 <a href="https://example.com/a?b=1" rel="nofollow ugc noopener">这里</a>，或 <a href="https://example.com/" rel="nofollow ugc noopener">https://example.com/</a></p>',
        '<blockquote>\n<p>引用</p>\n</blockquote>',
        '<ul>\n<li>一</li>\n<li>二</li>\n</ul>',
        '<ol start="3">\n<li>三</li>\n</ol>',
        '<p>命令 <code>ls -a</code></p>',
        '<pre><code>let a = `x`;\n</code></pre>',
      ].join('\n'),
    );
  });

  it('writes emphasis next to Chinese punctuation as the renderer reads it, without character references', () => {
    const markdown = fromHtml('<p><strong>重点。</strong>好</p>');
    expect(markdown).toBe('**重点。**好');
    expect(renderComment(markdown)).toBe('<p><strong>重点。</strong>好</p>');
  });

  it('keeps the text of what comments do not show: headings, tables, media; none of frames or form fields', () => {
    const html = [
      '<h2>标题</h2><table><caption>表</caption><tr><th>甲</th><td>乙</td></tr></table><hr>',
      '<video src="/v.mp4">不支持视频</video><iframe src="/x" title="框"></iframe><input type="url" value="/y">',
    ].join('');
    expect(renderComment(fromHtml(html))).toBe('<p>标题</p>\n<p>表</p>\n<p>甲</p>\n<p>乙</p>\n<p>不支持视频</p>');
  });

  it('keeps typed punctuation as text, not as Markdown', () => {
    const markdown = fromHtml('<p>a*b*c 与 snake_case，[不是链接](x)，&lt;b&gt;粗&lt;/b&gt; &amp;amp;</p><p># 不是标题</p><p>1. 不是列表</p><p>- 也不是</p>');
    expect(renderComment(markdown)).toBe(
      '<p>a*b*c 与 snake_case，[不是链接](x)，&#x3C;b>粗&#x3C;/b> &#x26;amp;</p>\n<p># 不是标题</p>\n<p>1. 不是列表</p>\n<p>- 也不是</p>',
    );
  });

  it('turns an image into a link to it, and drops what points into the old blog or runs script', () => {
    const images = '<p><img src="https://img.example/a.png" alt="截图"> <img src="https://img.example/b.png"> <img src="/uploads/c.png" alt="旧图"></p>';
    expect(renderComment(fromHtml(images))).toBe(
      '<p><a href="https://img.example/a.png" rel="nofollow ugc noopener">截图</a> <a href="https://img.example/b.png" rel="nofollow ugc noopener">https://img.example/b.png</a> 旧图</p>',
    );
    expect(fromHtml('<p><a href="/2019/06/other/">另一篇</a> <a href="javascript:alert(1)">点我</a><script>alert(1)</script></p>')).toBe('另一篇 点我');
  });

  it('drops the @mention of the comment a reply answers, which the site shows beside it', () => {
    const valine = '<p><a class="at" href="#5cf24a5d0237d7006a6d3b01">@江南 </a> , 是用手机拍的吗？</p>\n';
    expect(importedText({ source: 'valine', body: valine, replyToId: '5cf24a5d0237d7006a6d3b01' })).toBe('是用手机拍的吗？');
    // A link to another comment is the commenter's own.
    expect(importedText({ source: 'valine', body: valine, replyToId: 'other' })).toBe('@江南 , 是用手机拍的吗？');
  });

  it('lets no XSS vector in an old comment run or survive', () => {
    const vectors: string[] = JSON.parse(fs.readFileSync(path.join(repoRoot, 'tests', 'fixtures', 'xss-vectors.json'), 'utf8'));
    const survived = vectors.flatMap((vector) => unsafeMarkup(renderComment(fromHtml(vector))).map((found) => `${vector} → ${found}`));
    expect(survived).toEqual([]);
  });
});

describe('a Markdown body (Waline)', () => {
  it('is kept as written, less the @mention Waline put in front of a reply', () => {
    expect(importedText({ source: 'waline', body: '谢谢，第三节下次**展开**写。' })).toBe('谢谢，第三节下次**展开**写。');
    expect(importedText({ source: 'waline', body: '[@阿紫](#11): 下一篇专门写调音。', replyToId: '11' })).toBe('下一篇专门写调音。');
    expect(importedText({ source: 'waline', body: '[@阿紫](#11): 下一篇', replyToId: '12' })).toBe('[@阿紫](#11): 下一篇');
  });
});

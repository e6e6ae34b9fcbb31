import { describe, expect, it } from 'vitest';
import { renderBody } from './helpers';

describe('sanitizing imported Markdown and HTML', () => {
  it('removes <script> with its code', async () => {
    const html = await renderBody('<p>前</p>\n<script>alert("pwned")</script>\n<p>后 <script>steal()</script></p>');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('pwned');
    expect(html).not.toContain('steal');
    expect(html).toContain('<p>前</p>');
    expect(html).toContain('后');
  });

  it('removes <style> without leaking its text onto the page', async () => {
    const html = await renderBody('<style>.leak { color: red }</style>\n\n<p>正文</p>');
    expect(html).not.toMatch(/<style/i);
    expect(html).not.toContain('.leak');
    expect(html).not.toContain('color: red');
    expect(html).toContain('<p>正文</p>');
  });

  it('removes <iframe>, <object>, <embed> and <form> with their contents', async () => {
    const html = await renderBody(
      '<iframe src="https://evil.example/">iframe text</iframe>\n<object data="x.swf">object text</object>\n<embed src="x.swf">\n<form action="/steal"><input name="password">form text<textarea>area text</textarea><select><option>choice</option></select></form>\n\n<p>留下</p>',
    );
    for (const gone of ['<iframe', '<object', '<embed', '<form', '<input', '<textarea', '<select', 'evil.example', 'iframe text', 'object text', 'form text', 'area text', 'choice']) {
      expect(html).not.toContain(gone);
    }
    expect(html).toContain('<p>留下</p>');
  });

  it('removes on* event attributes and inline styles but keeps the element', async () => {
    const html = await renderBody('<p onclick="alert(1)" onmouseover="x()" style="color:red">点我</p>\n\n<img src="https://example.com/a.jpg" onerror="alert(1)">');
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).not.toContain('alert');
    expect(html).not.toContain('style=');
    expect(html).toContain('<p>点我</p>');
    expect(html).toContain('src="https://example.com/a.jpg"');
  });

  it.each([
    ['lower case', 'javascript:alert(1)'],
    ['mixed case', 'JaVaScRiPt:alert(1)'],
    ['leading spaces', '  javascript:alert(1)'],
    ['entity-encoded', '&#106;avascript:alert(1)'],
    ['hex entities', '&#x6A;&#x61;vascript:alert(1)'],
    ['a tab inside', 'java&#9;script:alert(1)'],
    ['vbscript', 'vbscript:msgbox(1)'],
    ['data: URL', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ])('drops a %s href but keeps the link text', async (_, href) => {
    const html = await renderBody(`<p><a href="${href}">链接</a></p>`);
    expect(html).toBe('<p><a>链接</a></p>');
  });

  it('drops a javascript: link written in Markdown', async () => {
    const html = await renderBody('[点我](javascript:alert(1))');
    expect(html).not.toContain('javascript');
    expect(html).toContain('点我');
  });

  it('drops any attribute whose value is a script URL, alt and title included', async () => {
    const html = await renderBody('![<javascript:alert(1)>](<javascript:alert(1)>)\n\n<img alt=" vbscript:msgbox(1)" title="data:text/html,<b>" src="/a.png">\n\n![javascript 教程](/b.png)');
    expect(html).not.toMatch(/javascript:|vbscript:|data:text\/html/i);
    expect(html).toContain('src="/a.png"');
    expect(html).toContain('alt="javascript 教程"');
  });

  it('keeps http, https, mailto, relative and fragment links', async () => {
    const html = await renderBody('<p><a href="https://a.example/">a</a> <a href="http://b.example/">b</a> <a href="mailto:x@example.com">c</a> <a href="/articles/go">d</a> <a href="#toc-1">e</a></p>');
    for (const href of ['https://a.example/', 'http://b.example/', 'mailto:x@example.com', '/articles/go', '#toc-1']) {
      expect(html).toContain(`href="${href}"`);
    }
  });

  it('keeps data: URLs in image sources, but not javascript: ones', async () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(await renderBody(`<p><img src="${png}" alt="点"></p>`)).toContain(`src="${png}"`);
    const html = await renderBody('<p><img src="javascript:alert(1)" alt="x"></p>');
    expect(html).not.toContain('javascript');
  });

  it('drops inline <svg> completely, drawing and text', async () => {
    const html = await renderBody('<p>图标<svg width="13" viewBox="0 0 13 16"><title>svg title</title><text>svg text</text><path d="M9.113,4.571"/></svg>之后</p>');
    expect(html).toBe('<p>图标之后</p>');
  });

  it('drops <math> with its text', async () => {
    expect(await renderBody('<p>公式<math><mi>x</mi></math>结束</p>')).toBe('<p>公式结束</p>');
  });

  it('keeps element ids as written, without a prefix', async () => {
    const html = await renderBody('<h2 id="toc-1">01</h2>\n<p id="note">注</p>');
    expect(html).toContain('<h2 id="toc-1">01</h2>');
    expect(html).toContain('<p id="note">注</p>');
  });

  it('prefixes name attributes so they cannot clobber page globals', async () => {
    expect(await renderBody('<p><a name="top">顶</a></p>')).toBe('<p><a name="user-content-top">顶</a></p>');
  });

  it('removes HTML comments', async () => {
    const html = await renderBody('<p>前</p>\n<!-- 编辑备注：不要发布 -->\n<p>后<!-- inline secret --></p>');
    expect(html).not.toContain('<!--');
    expect(html).not.toContain('编辑备注');
    expect(html).not.toContain('secret');
  });

  it('keeps ordinary formatting', async () => {
    const html = await renderBody('<blockquote><p><strong>粗</strong><em>斜</em><u>下划线</u><mark>标记</mark></p></blockquote>\n<figure><img src="https://example.com/a.jpg"><figcaption>图注</figcaption></figure>');
    for (const tag of ['<blockquote>', '<strong>', '<em>', '<u>', '<mark>', '<figure>', '<figcaption>']) {
      expect(html).toContain(tag);
    }
  });
});

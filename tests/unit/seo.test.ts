import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { JsonLd } from '@/components/json-ld';
import { absoluteUrl, pageMetadata, serializeJsonLd } from '@/lib/seo';

// Read once, on first use, by env(): set before any test runs.
vi.stubEnv('SITE_URL', 'https://yuedu.example');

const hostile = { '@type': 'BlogPosting', headline: '</script><script>alert(1)</script><!-- 标题 & "引号"', nested: ['</SCRIPT >'] };

describe('JSON-LD', () => {
  it('writes < as \\u003c, so no value can end the script element, and parses back to the same data', () => {
    const json = serializeJsonLd(hostile);
    expect(json).not.toContain('<');
    expect(json).toContain('\\u003c/script>');
    expect(JSON.parse(json)).toEqual(hostile);
  });

  it('renders one script element whose content is exactly that JSON', () => {
    const html = renderToStaticMarkup(createElement(JsonLd, { data: hostile }));
    const match = /^<script type="application\/ld\+json">(.*)<\/script>$/s.exec(html);
    expect(match, html).not.toBeNull();
    expect(match![1]).not.toMatch(/<\/script/i);
    expect(JSON.parse(match![1]!)).toEqual(hostile);
  });
});

describe('absoluteUrl', () => {
  it('puts site paths under SITE_URL and leaves absolute URLs alone', () => {
    expect(absoluteUrl('/images/a.png')).toBe('https://yuedu.example/images/a.png');
    expect(absoluteUrl('/articles/%E4%B8%80')).toBe('https://yuedu.example/articles/%E4%B8%80');
    expect(absoluteUrl('http://image.woshipm.com/a.jpg')).toBe('http://image.woshipm.com/a.jpg');
    expect(absoluteUrl('//cdn.example/a.jpg')).toBe('https://cdn.example/a.jpg');
  });

  it('resolves against another base when given one', () => {
    expect(absoluteUrl('#part', 'https://yuedu.example/articles/a')).toBe('https://yuedu.example/articles/a#part');
  });
});

describe('pageMetadata', () => {
  it('gives a listing page its canonical path, feeds, Open Graph and a summary card', () => {
    const feeds = { 'application/rss+xml': [{ title: '阅读', url: '/feed.xml' }] };
    const meta = pageMetadata({ title: '写作 · 第 2 页', description: '描述', path: '/categories/writing/page/2', feeds });
    expect(meta.alternates).toEqual({ canonical: '/categories/writing/page/2', types: feeds });
    expect(meta.openGraph).toMatchObject({ type: 'website', title: '写作 · 第 2 页', description: '描述', url: '/categories/writing/page/2', siteName: '阅读', locale: 'zh_CN' });
    expect(meta.twitter).toEqual({ card: 'summary' });
  });

  it('gives an article the article Open Graph type with its dates, author, section, tags and absolute cover', () => {
    const article = { publishedTime: '2021-05-24T00:00:00.000Z', modifiedTime: '2021-06-01T00:00:00.000Z', authors: ['https://yuedu.example/authors/a'], section: '新媒体', tags: ['电商'] };
    const meta = pageMetadata({ title: { absolute: '标题' }, description: '摘要', path: '/articles/a', image: '/images/cover.png', article });
    expect(meta.title).toEqual({ absolute: '标题' });
    expect(meta.openGraph).toMatchObject({ type: 'article', title: '标题', images: ['https://yuedu.example/images/cover.png'], ...article });
    expect(meta.twitter).toEqual({ card: 'summary_large_image' });
  });
});

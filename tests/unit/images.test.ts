import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { analyzeBody } from '@/lib/content/analyze';
import { articleImageUrl, imageIdentity, unwrapImageUrl } from '@/lib/content/images';
import { splitFrontMatter } from '@/lib/content/front-matter';
import { parse, renderBody, seedFile } from './helpers';

describe('articleImageUrl', () => {
  it('asks for the original image over https, as a browser on an https page would', () => {
    expect(articleImageUrl('https://cors.zfour.workers.dev/?http://image.woshipm.com/x.jpg')).toBe('https://image.woshipm.com/x.jpg');
    expect(articleImageUrl('HTTP://host/a.png')).toBe('https://host/a.png');
    expect(articleImageUrl('https://host/a.png')).toBe('https://host/a.png');
    expect(articleImageUrl('/images/local.png')).toBe('/images/local.png');
    expect(articleImageUrl('//host/a.png')).toBe('//host/a.png');
  });
});

describe('unwrapImageUrl', () => {
  it('unwraps the ?-style CORS proxy the seed uses', () => {
    expect(unwrapImageUrl('https://cors.zfour.workers.dev/?http://image.woshipm.com/x.jpg')).toBe('http://image.woshipm.com/x.jpg');
    expect(unwrapImageUrl('https://cors.zfour.workers.dev/?http://image.woshipm.com/wp-files/2021/05/y2Xy63Aq3I6yZ8ddMhzO.jpg')).toBe(
      'http://image.woshipm.com/wp-files/2021/05/y2Xy63Aq3I6yZ8ddMhzO.jpg',
    );
  });

  it('unwraps the path-style proxy', () => {
    expect(unwrapImageUrl('https://proxy/https://host/a.jpg')).toBe('https://host/a.jpg');
    expect(unwrapImageUrl('https://cors-anywhere.example.com/https://host/dir/a.png?w=600')).toBe('https://host/dir/a.png?w=600');
  });

  it('leaves ordinary URLs alone', () => {
    for (const url of [
      'https://image.woshipm.com/x.jpg',
      'http://host/a.jpg?from=https://elsewhere',
      'https://host/path/to/a.jpg',
      '/images/local.png',
      'data:image/png;base64,iVBORw0KGgo=',
    ]) {
      expect(unwrapImageUrl(url)).toBe(url);
    }
  });

  it('trims spaces', () => {
    expect(unwrapImageUrl('  https://host/a.jpg ')).toBe('https://host/a.jpg');
  });

  it('gives the same identity to an image with or without proxy and scheme', () => {
    expect(imageIdentity('https://cors.zfour.workers.dev/?http://image.woshipm.com/x.jpg')).toBe(imageIdentity('https://image.woshipm.com/x.jpg'));
    expect(imageIdentity('https://host/a.jpg')).not.toBe(imageIdentity('https://host/b.jpg'));
  });
});

describe('article images', () => {
  it('unwraps proxies in raw HTML and Markdown images', async () => {
    const html = await renderBody(
      '<p><img src="https://cors.zfour.workers.dev/?http://image.woshipm.com/a.jpg"></p>\n\n![图](https://proxy/https://host/b.jpg)',
    );
    expect(html).toContain('src="https://image.woshipm.com/a.jpg"');
    expect(html).toContain('src="https://host/b.jpg"');
    expect(html).not.toContain('cors.zfour');
    expect(html).not.toContain('proxy/');
  });

  it('sends no referrer, decodes asynchronously, loads the first image eagerly and the rest lazily', async () => {
    const { images } = await analyzeBody('![一](https://host/1.jpg)\n\n![二](https://host/2.jpg)\n\n![三](https://host/3.jpg)', 'md');
    expect(images).toEqual(['https://host/1.jpg', 'https://host/2.jpg', 'https://host/3.jpg']);
    const html = await renderBody('![一](https://host/1.jpg)\n\n![二](https://host/2.jpg)\n\n![三](https://host/3.jpg)');
    const tags = html.match(/<img[^>]*>/g) ?? [];
    expect(tags).toHaveLength(3);
    for (const tag of tags) {
      expect(tag).toContain('referrerpolicy="no-referrer"');
      expect(tag).toContain('decoding="async"');
    }
    expect(tags.map((t) => /loading="(\w+)"/.exec(t)?.[1])).toEqual(['eager', 'lazy', 'lazy']);
  });

  it('keeps width, height and alt text', async () => {
    const html = await renderBody('<p><img src="https://host/a.jpg" width="900" height="420" alt="题图" class="aligncenter" data-action="zoom"></p>');
    expect(html).toContain('width="900"');
    expect(html).toContain('height="420"');
    expect(html).toContain('alt="题图"');
    expect(html).not.toContain('data-action');
  });

  it('gives an image without alt text an empty one', async () => {
    expect(await renderBody('<p><img src="https://host/a.jpg"></p>')).toContain('alt=""');
  });

  it('does not reject an article over a local image path with a stray %', async () => {
    const { article, problems } = await parse('---\ntitle: t\ndate: 2021-05-24\nauthor: a\n---\n<img src="/images/50%off.png">');
    expect(problems).toEqual([]);
    expect(article?.meta.title).toBe('t');
  });

  it('knows the seed’s cover is already its first body image', async () => {
    const raw = await fs.readFile(seedFile, 'utf8');
    const { article } = await parse(raw, '去中心化：阿里、京东、拼多多布局的新风口.md');
    expect(article?.meta.cover).toBe('https://image.woshipm.com/wp-files/2021/05/y2Xy63Aq3I6yZ8ddMhzO.jpg');
    expect(article?.meta.coverInBody).toBe(true);
  });

  it('says the cover is not in the body when it is another image', async () => {
    const { article } = await parse('---\ntitle: t\ndate: 2021-05-24\nauthor: a\ncover: https://host/cover.jpg\n---\n![正文图](https://host/other.jpg)');
    expect(article?.meta.cover).toBe('https://host/cover.jpg');
    expect(article?.meta.coverInBody).toBe(false);
  });

  it('renders the seed body with unwrapped, no-referrer images', async () => {
    const split = splitFrontMatter(await fs.readFile(seedFile, 'utf8'));
    if (!split.ok) throw new Error(split.message);
    const html = await renderBody(split.body);
    expect(html).not.toContain('cors.zfour.workers.dev');
    const first = html.match(/<img[^>]*>/)?.[0] ?? '';
    expect(first).toContain('src="https://image.woshipm.com/wp-files/2021/05/y2Xy63Aq3I6yZ8ddMhzO.jpg"');
    expect(first).toContain('loading="eager"');
    expect(first).toContain('width="900"');
    expect(first).toContain('referrerpolicy="no-referrer"');
  });
});

import { describe, expect, it } from 'vitest';
import { getAuthor, getCategory } from '@/lib/content';
import { authorChannel, categoryChannel, feedResponse, siteChannel, type FeedChannel } from '@/lib/feed/channels';
import type { FeedFormat } from '@/lib/feed/render';
import { site } from '@/lib/site';
import { childNamed, childrenNamed, parseXml } from '../support/xml';
import { post, testSiteUrl, useSiteContent } from './helpers';

/** Double-quoted YAML: `\b` is a backspace, the kind of control character scraped titles carry. */
const rawTitle = 'AT&T <b> \\"引号\\" \\b 完';
const title = 'AT&T <b> "引号"  完';

useSiteContent({
  'articles/nasty.md': post(`title: "${rawTitle}"\nslug: nasty\ncategories: [技术]\ncover: /images/cover.png`, '正文 ![图](/images/demo/a.png) [锚](#part)'),
  'articles/mdx.mdx': post('title: MDX 文章\nslug: mdx\ndate: 2020-01-01\nauthor: 作者乙', 'export const x = 1\n\n<figure><img src="/images/b.png" alt="" /></figure>\n\n段落 {x}'),
  ...Object.fromEntries(Array.from({ length: site.feed.size + 2 }, (_, i) => [`articles/old-${i}.md`, post(`title: 旧文 ${i}\nslug: old-${i}\ndate: 2010-01-${String(i + 1).padStart(2, '0')}`)])),
});

async function fetchFeed(channel: FeedChannel, format: FeedFormat) {
  const response = await feedResponse(channel, format);
  return { type: response.headers.get('content-type'), body: await response.text() };
}

describe('site, category and author feeds from real content', () => {
  it('serve each format with its MIME type', async () => {
    expect((await fetchFeed(siteChannel, 'rss')).type).toBe('application/rss+xml; charset=utf-8');
    expect((await fetchFeed(siteChannel, 'atom')).type).toBe('application/atom+xml; charset=utf-8');
    expect((await fetchFeed(siteChannel, 'json')).type).toBe('application/feed+json; charset=utf-8');
  });

  it('carry the latest articles only, newest first, with the title cleaned of its control character', async () => {
    const channel = childNamed(parseXml((await fetchFeed(siteChannel, 'rss')).body), 'channel');
    const items = childrenNamed(channel, 'item');
    expect(items).toHaveLength(site.feed.size);
    expect(childNamed(items[0]!, 'title').text).toBe(title);
    expect(childNamed(items[0]!, 'link').text).toBe(`${testSiteUrl}/articles/nasty`);
    expect(childNamed(channel, 'link').text).toBe(`${testSiteUrl}/`);
  });

  it('give full bodies with absolute image and link URLs, the cover first', async () => {
    const item = childNamed(childNamed(parseXml((await fetchFeed(siteChannel, 'rss')).body), 'channel'), 'item');
    const html = childNamed(item, 'content:encoded').text;
    expect(html.startsWith(`<img src="${testSiteUrl}/images/cover.png"`), html).toBe(true);
    expect(html).toContain(`src="${testSiteUrl}/images/demo/a.png"`);
    expect(html).toContain(`href="${testSiteUrl}/articles/nasty#part"`);
  });

  it('render MDX bodies as plain HTML', async () => {
    const feed = JSON.parse((await fetchFeed(siteChannel, 'json')).body) as { items: { id: string; content_html: string }[] };
    const mdx = feed.items.find((i) => i.id === `${testSiteUrl}/articles/mdx`);
    expect(mdx?.content_html).toContain(`<figure><img src="${testSiteUrl}/images/b.png" alt=""></figure>`);
    expect(mdx?.content_html).not.toContain('export');
  });

  it('give a category its own articles and addresses', async () => {
    const node = (await getCategory(['技术']))!;
    const atom = parseXml((await fetchFeed(categoryChannel(node), 'atom')).body);
    expect(childrenNamed(atom, 'entry').map((e) => childNamed(e, 'id').text)).toEqual([`${testSiteUrl}/articles/nasty`]);
    expect(childNamed(atom, 'id').text).toBe(`${testSiteUrl}/feeds/categories/${encodeURIComponent('技术')}/atom.xml`);
  });

  it('give an author their own articles', async () => {
    const author = (await getAuthor('作者乙'))!;
    const feed = JSON.parse((await fetchFeed(authorChannel(author), 'json')).body) as { feed_url: string; items: { id: string }[] };
    expect(feed.items.map((i) => i.id)).toEqual([`${testSiteUrl}/articles/mdx`]);
    expect(feed.feed_url).toBe(`${testSiteUrl}/feeds/authors/${encodeURIComponent('作者乙')}/feed.json`);
  });
});

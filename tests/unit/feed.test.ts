import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { renderFeed, stripXmlInvalid, type FeedDocument, type FeedEntry } from '@/lib/feed/render';
import { childNamed, childrenNamed, parseXml, type XmlElement } from '../support/xml';

/** Everything a scraped title can throw at a feed: markup characters, quotes and a control character. */
const nastyTitle = 'AT&T <b>加粗</b> "引号" \'单引号\' \u0008退格 ]]> 结束';
const cleanTitle = nastyTitle.replace('\u0008', '');

const entry = (over: Partial<FeedEntry> = {}): FeedEntry => ({
  url: 'https://yuedu.example/articles/%E4%B8%80',
  title: nastyTitle,
  published: new Date('2021-05-24T00:00:00Z'),
  updated: new Date('2021-06-01T08:00:00Z'),
  excerpt: '摘要 & <摘要>\u0001',
  html: '<p>正文 <img src="https://yuedu.example/images/a.png" alt=""></p><p>]]> 两次 ]]></p>',
  author: { name: '作者\u000B甲', url: 'https://yuedu.example/authors/a' },
  categories: ['C&C', 'a<b', '"引号"'],
  image: 'https://yuedu.example/images/cover.jpg',
  ...over,
});

const doc = (entries: FeedEntry[]): FeedDocument => ({
  title: '阅读 & <测试>',
  description: '站点\u0002描述',
  link: 'https://yuedu.example/',
  language: 'zh-CN',
  urls: { rss: 'https://yuedu.example/feed.xml', atom: 'https://yuedu.example/atom.xml', json: 'https://yuedu.example/feed.json' },
  entries,
});

/** Text of an HTML fragment as a browser would show it. */
function htmlText(html: string): string {
  const text = (node: { nodeName: string; value?: string; childNodes?: unknown[] }): string =>
    node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map((c) => text(c as never)).join('');
  return text(parseFragment(html) as never);
}

const textOf = (element: XmlElement, name: string) => childNamed(element, name).text;

describe('stripXmlInvalid', () => {
  it('removes C0 controls, U+FFFE/U+FFFF and lone surrogates but keeps tabs, newlines and astral characters', () => {
    expect(stripXmlInvalid('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uD800g\uDC00h')).toBe('abcdefgh');
    expect(stripXmlInvalid('行\t一\n二\r三 😀 \u00A0')).toBe('行\t一\n二\r三 😀 \u00A0');
  });
});

describe('RSS 2.0', () => {
  // Parsed inside each test, so a document that is not well-formed fails the tests, not the file.
  const rss = () => parseXml(renderFeed(doc([entry()]), 'rss'));
  const channelOf = (root: XmlElement) => childNamed(root, 'channel');

  it('is well-formed with the channel elements', () => {
    const root = rss();
    const channel = channelOf(root);
    expect(root.name).toBe('rss');
    expect(root.attributes.version).toBe('2.0');
    expect(textOf(channel, 'title')).toBe('阅读 & <测试>');
    expect(textOf(channel, 'link')).toBe('https://yuedu.example/');
    expect(textOf(channel, 'description')).toBe('站点描述');
    expect(textOf(channel, 'language')).toBe('zh-CN');
    expect(childNamed(channel, 'atom:link').attributes.href).toBe('https://yuedu.example/feed.xml');
  });

  it('keeps the title as plain text, minus the control character', () => {
    expect(textOf(childNamed(channelOf(rss()), 'item'), 'title')).toBe(cleanTitle);
  });

  it('gives each item a link, guid, publication date, HTML summary, full content and author', () => {
    const item = childNamed(channelOf(rss()), 'item');
    expect(textOf(item, 'link')).toBe('https://yuedu.example/articles/%E4%B8%80');
    expect(textOf(item, 'guid')).toBe('https://yuedu.example/articles/%E4%B8%80');
    expect(new Date(textOf(item, 'pubDate')).toISOString()).toBe('2021-05-24T00:00:00.000Z');
    expect(htmlText(textOf(item, 'description'))).toBe('摘要 & <摘要>');
    const content = textOf(item, 'content:encoded');
    expect(content).toContain('<img src="https://yuedu.example/images/a.png"');
    expect(htmlText(content)).toContain(']]> 两次 ]]>');
    expect(textOf(item, 'author')).toBe('作者甲');
    expect(childrenNamed(item, 'category').map((c) => c.text)).toEqual(['C&C', 'a<b', '"引号"']);
    expect(childNamed(item, 'enclosure').attributes).toMatchObject({ url: 'https://yuedu.example/images/cover.jpg', type: 'image/jpeg' });
  });

  it('carries the excerpt only when there is no body, and stays well-formed without the content namespace', () => {
    const bare = childNamed(childNamed(parseXml(renderFeed(doc([entry({ html: undefined })]), 'rss')), 'channel'), 'item');
    expect(childrenNamed(bare, 'content:encoded')).toEqual([]);
    expect(htmlText(textOf(bare, 'description'))).toBe('摘要 & <摘要>');
  });
});

describe('Atom 1.0', () => {
  const atom = () => parseXml(renderFeed(doc([entry()]), 'atom'));

  it('is well-formed with the feed elements', () => {
    const feed = atom();
    expect(feed.name).toBe('feed');
    expect(textOf(feed, 'id')).toBe('https://yuedu.example/atom.xml');
    expect(textOf(feed, 'title')).toBe('阅读 & <测试>');
    expect(textOf(feed, 'updated')).toBe('2021-06-01T08:00:00.000Z');
    expect(childrenNamed(feed, 'link').map((l) => l.attributes)).toContainEqual({ rel: 'self', href: 'https://yuedu.example/atom.xml' });
  });

  it('escapes the title, which Atom marks as HTML, so it reads as the plain title', () => {
    const first = childNamed(atom(), 'entry');
    expect(childNamed(first, 'title').attributes.type).toBe('html');
    expect(htmlText(textOf(first, 'title'))).toBe(cleanTitle);
  });

  it('gives each entry an id, link, dates, summary, content and author', () => {
    const first = childNamed(atom(), 'entry');
    expect(textOf(first, 'id')).toBe('https://yuedu.example/articles/%E4%B8%80');
    expect(childrenNamed(first, 'link')[0]!.attributes.href).toBe('https://yuedu.example/articles/%E4%B8%80');
    expect(textOf(first, 'updated')).toBe('2021-06-01T08:00:00.000Z');
    expect(textOf(first, 'published')).toBe('2021-05-24T00:00:00.000Z');
    expect(htmlText(textOf(first, 'summary'))).toBe('摘要 & <摘要>');
    expect(textOf(first, 'content')).toContain('<img src="https://yuedu.example/images/a.png"');
    expect(textOf(childNamed(first, 'author'), 'name')).toBe('作者甲');
    // A term with `<` cannot be written into the attribute by the feed package, so it is left out.
    expect(childrenNamed(first, 'category').map((c) => c.attributes.term)).toEqual(['C&C', '"引号"']);
  });
});

describe('JSON Feed 1.1', () => {
  const json = JSON.parse(renderFeed(doc([entry()]), 'json')) as Record<string, unknown> & { items: Record<string, unknown>[] };
  const item = json.items[0]!;

  it('is JSON Feed 1.1 with its own address and language', () => {
    expect(json).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: '阅读 & <测试>',
      home_page_url: 'https://yuedu.example/',
      feed_url: 'https://yuedu.example/feed.json',
      language: 'zh-CN',
    });
  });

  it('has plain-text titles and summaries, HTML content and an authors list', () => {
    expect(item).toMatchObject({
      id: 'https://yuedu.example/articles/%E4%B8%80',
      url: 'https://yuedu.example/articles/%E4%B8%80',
      title: cleanTitle,
      summary: '摘要 & <摘要>',
      date_published: '2021-05-24T00:00:00.000Z',
      date_modified: '2021-06-01T08:00:00.000Z',
      image: 'https://yuedu.example/images/cover.jpg',
      tags: ['C&C', 'a<b', '"引号"'],
      authors: [{ name: '作者甲', url: 'https://yuedu.example/authors/a' }],
    });
    expect(item).not.toHaveProperty('author');
    expect(item.content_html).toContain('<img src="https://yuedu.example/images/a.png"');
  });

  it('uses the excerpt, as HTML, for the required content when there is no body', () => {
    const bare = (JSON.parse(renderFeed(doc([entry({ html: undefined })]), 'json')) as { items: { content_html: string }[] }).items[0]!;
    expect(htmlText(bare.content_html)).toBe('摘要 & <摘要>');
  });
});

describe('every format', () => {
  it('stays well-formed for an empty feed', () => {
    for (const format of ['rss', 'atom'] as const) expect(() => parseXml(renderFeed(doc([]), format))).not.toThrow();
    expect(JSON.parse(renderFeed(doc([]), 'json')).items).toEqual([]);
  });

  it('leaves out an image enclosure whose type the URL does not tell', () => {
    const rss = parseXml(renderFeed(doc([entry({ image: 'https://img.example/photo?id=1' })]), 'rss'));
    expect(childrenNamed(childNamed(childNamed(rss, 'channel'), 'item'), 'enclosure')).toEqual([]);
  });
});

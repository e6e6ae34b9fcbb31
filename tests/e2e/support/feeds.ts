import type { APIRequestContext, Page } from '@playwright/test';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { childNamed, childrenNamed, parseXml, type XmlElement } from '../../support/xml';
import { decodedPath, normalize } from './content';
import { expect } from './fixtures';

export type FeedFormat = 'rss' | 'atom' | 'json';

/** The MIME type of each feed file name; the same names are used for site, category and author feeds. */
export const feedFiles = { 'feed.xml': 'rss', 'atom.xml': 'atom', 'feed.json': 'json' } as const satisfies Record<string, FeedFormat>;
export const feedTypes: Record<FeedFormat, string> = { rss: 'application/rss+xml', atom: 'application/atom+xml', json: 'application/feed+json' };

type FeedItem = { title: string; url: string; html: string };
type Feed = { format: FeedFormat; title: string; items: FeedItem[] };

type Node = DefaultTreeAdapterMap['node'];
const text = (node: Node): string => (node.nodeName === '#text' ? (node as DefaultTreeAdapterMap['textNode']).value : ('childNodes' in node ? node.childNodes : []).map(text).join(''));
/** What a reader shows for an HTML field (Atom titles, item bodies). */
export const htmlText = (html: string) => text(parseFragment(html));

const isAbsolute = (url: string) => /^https?:\/\/[^/]+/.test(url);
const isDate = (value: string) => !Number.isNaN(new Date(value).getTime());

function own(element: XmlElement, name: string, where: string): string {
  const found = childrenNamed(element, name);
  expect(found, `<${name}> in ${where}`).toHaveLength(1);
  return found[0]!.text.trim();
}

function readRss(xml: string): Feed {
  const rss = parseXml(xml);
  expect(rss.name).toBe('rss');
  expect(rss.attributes.version).toBe('2.0');
  const channel = childNamed(rss, 'channel');
  const title = own(channel, 'title', 'channel');
  expect(title).not.toBe('');
  expect(isAbsolute(own(channel, 'link', 'channel')), 'channel link is absolute').toBe(true);
  own(channel, 'description', 'channel');
  const items = childrenNamed(channel, 'item').map((item) => {
    const url = own(item, 'link', 'item');
    expect(own(item, 'guid', `item ${url}`)).not.toBe('');
    expect(isDate(own(item, 'pubDate', `item ${url}`)), `pubDate of ${url}`).toBe(true);
    const html = childrenNamed(item, 'content:encoded')[0]?.text ?? own(item, 'description', `item ${url}`);
    return { title: own(item, 'title', `item ${url}`), url, html };
  });
  return { format: 'rss', title, items };
}

function readAtom(xml: string): Feed {
  const feed = parseXml(xml);
  expect(feed.name).toBe('feed');
  expect(feed.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
  expect(isAbsolute(own(feed, 'id', 'feed')), 'feed id is absolute').toBe(true);
  const title = own(feed, 'title', 'feed');
  expect(isDate(own(feed, 'updated', 'feed')), 'feed updated').toBe(true);
  const items = childrenNamed(feed, 'entry').map((entry) => {
    const url = childrenNamed(entry, 'link').find((l) => !l.attributes.rel || l.attributes.rel === 'alternate')?.attributes.href ?? '';
    expect(own(entry, 'id', `entry ${url}`)).not.toBe('');
    expect(isDate(own(entry, 'updated', `entry ${url}`)), `updated of ${url}`).toBe(true);
    const titleElement = childNamed(entry, 'title');
    const html = childrenNamed(entry, 'content')[0]?.text ?? own(entry, 'summary', `entry ${url}`);
    return { title: titleElement.attributes.type === 'html' ? htmlText(titleElement.text) : titleElement.text, url, html };
  });
  return { format: 'atom', title, items };
}

function readJson(body: string): Feed {
  const feed = JSON.parse(body) as { version: string; title: string; items: { id: string; url: string; title: string; content_html?: string; content_text?: string }[] };
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(feed.title).not.toBe('');
  const items = feed.items.map((item) => {
    expect(item.id, `id of ${item.url}`).toBeTruthy();
    expect(item.content_html ?? item.content_text, `content of ${item.url}`).toBeTruthy();
    return { title: item.title, url: item.url, html: item.content_html ?? '' };
  });
  return { format: 'json', title: feed.title, items };
}

/**
 * Fetches a feed and checks what every feed must have: status 200, its MIME type, a well-formed
 * document (strict XML parser, or JSON) with the format's required elements and absolute item links.
 */
export async function fetchFeed(request: APIRequestContext, path: string): Promise<Feed> {
  const file = path.split('/').at(-1) as keyof typeof feedFiles;
  const format = feedFiles[file];
  expect(format, `${path} names a feed file`).toBeDefined();
  const response = await request.get(path);
  expect(response.status(), `status of ${path}`).toBe(200);
  expect(response.headers()['content-type'], `content type of ${path}`).toMatch(new RegExp(`^${feedTypes[format].replace(/[+]/g, '\\+')}\\b`));
  const body = await response.text();
  const feed = format === 'rss' ? readRss(body) : format === 'atom' ? readAtom(body) : readJson(body);
  for (const item of feed.items) {
    expect(isAbsolute(item.url), `item link ${item.url} of ${path} is absolute`).toBe(true);
    expect(normalize(item.title), `title of ${item.url} in ${path}`).not.toBe('');
  }
  return feed;
}

/** The item for the article at `articlePath` (raw path), if the feed has it. */
export const itemFor = (feed: Feed, articlePath: string) => feed.items.find((i) => decodedPath(i.url) === articlePath);

type Autodiscovery = { type: string; title: string; path: string; href: string };

/** `<link rel="alternate">` feed links in the page's head, with their paths decoded. */
export async function autodiscoveryLinks(page: Page): Promise<Autodiscovery[]> {
  const links = await page.locator('head link[rel="alternate"][type]').evaluateAll((els) =>
    els.map((el) => ({ type: el.getAttribute('type') ?? '', title: el.getAttribute('title') ?? '', href: el.getAttribute('href') ?? '' })),
  );
  return links.filter((l) => Object.values(feedTypes).includes(l.type)).map((l) => ({ ...l, path: decodedPath(l.href) }));
}

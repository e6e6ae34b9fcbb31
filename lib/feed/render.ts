import { Feed, type Item } from 'feed';

export type FeedFormat = 'rss' | 'atom' | 'json';

/** One article in a feed. Every URL is absolute. */
export type FeedEntry = {
  url: string;
  title: string;
  published: Date;
  updated: Date;
  /** Plain text. */
  excerpt: string;
  /** The whole body as HTML; without it the feed carries the excerpt only. */
  html?: string;
  author: { name: string; url: string };
  categories: string[];
  image?: string;
};

/** A feed in any format. Every URL is absolute. */
export type FeedDocument = {
  title: string;
  description: string;
  /** The HTML page the feed follows. */
  link: string;
  language: string;
  /** The feed's own address in each format. */
  urls: Record<FeedFormat, string>;
  /** Newest first. */
  entries: FeedEntry[];
};

/**
 * Characters XML 1.0 does not allow at all, not even escaped: C0 controls other than tab, line feed
 * and carriage return, U+FFFE/U+FFFF and unpaired surrogates. Scraped titles do contain them.
 */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const stripXmlInvalid = (text: string) => text.replace(XML_INVALID, '');

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/**
 * The feed package writes HTML into CDATA sections and only splits the first `]]>`; `]]&gt;` means
 * the same to an HTML reader and cannot end the section.
 */
const cdataSafeHtml = (html: string) => html.replaceAll(']]>', ']]&gt;');

const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
};

/** An enclosure needs a MIME type; an image whose URL does not tell it is left to the HTML. */
function imageEnclosure(url: string | undefined): Item['image'] {
  if (!url || !URL.canParse(url)) return undefined;
  const extension = /\.([a-z0-9]+)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  const type = extension ? IMAGE_TYPES[extension] : undefined;
  return type ? { url, type } : undefined;
}

/**
 * Fields are per format because the formats disagree on what they hold: Atom titles and RSS/Atom
 * summaries are HTML, JSON Feed's title and summary are plain text.
 */
function toItem(entry: FeedEntry, format: FeedFormat): Item {
  const excerptHtml = escapeHtml(entry.excerpt);
  return {
    id: entry.url,
    link: entry.url,
    title: format === 'atom' ? escapeHtml(entry.title) : entry.title,
    date: entry.updated,
    published: entry.published,
    description: format === 'json' ? entry.excerpt : excerptHtml,
    // JSON Feed requires content; without the body it is the excerpt.
    content: entry.html !== undefined ? cdataSafeHtml(entry.html) : format === 'json' ? excerptHtml : undefined,
    author: [{ name: entry.author.name, link: entry.author.url }],
    // The feed package writes Atom category terms into attributes without escaping `<`.
    category: entry.categories.filter((name) => format !== 'atom' || !name.includes('<')).map((name) => ({ name, term: name })),
    image: imageEnclosure(entry.image),
  };
}

function clean(doc: FeedDocument): FeedDocument {
  return {
    ...doc,
    title: stripXmlInvalid(doc.title),
    description: stripXmlInvalid(doc.description),
    entries: doc.entries.map((e) => ({
      ...e,
      title: stripXmlInvalid(e.title),
      excerpt: stripXmlInvalid(e.excerpt),
      html: e.html === undefined ? undefined : stripXmlInvalid(e.html),
      author: { ...e.author, name: stripXmlInvalid(e.author.name) },
      categories: e.categories.map(stripXmlInvalid),
    })),
  };
}

type JsonFeedAuthor = { name?: string; url?: string };
type JsonFeed = { version: string; language?: string; items: { author?: JsonFeedAuthor; authors?: JsonFeedAuthor[] }[] };

/** The feed package writes JSON Feed 1.0; 1.1 adds `language` and lists `authors`. */
function toJsonFeed11(json: string, language: string): string {
  const feed = JSON.parse(json) as JsonFeed;
  feed.version = 'https://jsonfeed.org/version/1.1';
  feed.language = language;
  for (const item of feed.items) {
    if (item.author) item.authors = [item.author];
    delete item.author;
  }
  return JSON.stringify(feed, null, 2);
}

export function renderFeed(document: FeedDocument, format: FeedFormat): string {
  const doc = clean(document);
  const newest = doc.entries.reduce<Date | undefined>((max, e) => (!max || e.updated > max ? e.updated : max), undefined);
  const feed = new Feed({
    id: doc.urls[format],
    title: doc.title,
    description: doc.description,
    link: doc.link,
    language: doc.language,
    // An empty feed has no article to date it by; it is then dated when it is built.
    updated: newest,
    feedLinks: doc.urls,
  });
  for (const entry of doc.entries) feed.addItem(toItem(entry, format));
  if (format === 'rss') return feed.rss2();
  if (format === 'atom') return feed.atom1();
  return toJsonFeed11(feed.json1(), doc.language);
}

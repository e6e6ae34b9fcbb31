import { authorHref, categoryHref, getArticles, getAuthorArticles, getCategoryArticles, type ArticleMeta, type Author, type CategoryNode } from '../content';
import { absoluteUrl, type AlternateTypes } from '../seo';
import { SHARED_CACHE_CONTROL } from '../http-cache';
import { site } from '../site';
import { t } from '../strings';
import { articleFeedEntry } from './entries';
import { renderFeed, type FeedFormat } from './render';

/** The file name of each format, the same in every folder that has feeds, and its MIME type. */
export const FEED_FILES: Record<FeedFormat, { file: string; type: string }> = {
  rss: { file: 'feed.xml', type: 'application/rss+xml' },
  atom: { file: 'atom.xml', type: 'application/atom+xml' },
  json: { file: 'feed.json', type: 'application/feed+json' },
};

const FORMATS = Object.keys(FEED_FILES) as FeedFormat[];

export const formatOfFile = (file: string): FeedFormat | undefined => FORMATS.find((f) => FEED_FILES[f].file === file);

/**
 * A set of three feeds: the site's at `/feed.xml`, a category's at
 * `/feeds/categories/<segments>/feed.xml`, an author's at `/feeds/authors/<slug>/feed.xml`
 * (and `atom.xml`, `feed.json` beside each). Category feeds live outside `/categories/` so they can
 * never be mistaken for a category page by the catch-all route there.
 */
export type FeedChannel = {
  title: string;
  description: string;
  /** The HTML page the feed follows. */
  page: string;
  /** The folder of the three feed files; '' for the site root. */
  dir: string;
  articles: () => Promise<ArticleMeta[]>;
};

export const feedHref = (channel: FeedChannel, format: FeedFormat) => `${channel.dir}/${FEED_FILES[format].file}`;

export const siteChannel: FeedChannel = { title: site.name, description: site.description, page: '/', dir: '', articles: getArticles };

export function categoryChannel(node: CategoryNode): FeedChannel {
  return {
    title: `${t.feed.category(node.name)} · ${site.name}`,
    description: node.description ?? t.meta.category(node.name, node.articleCount),
    page: categoryHref(node),
    dir: `/feeds${categoryHref(node)}`,
    articles: () => getCategoryArticles(node),
  };
}

export function authorChannel(author: Author): FeedChannel {
  return {
    title: `${t.feed.author(author.name)} · ${site.name}`,
    description: author.bio ?? t.meta.author(author.name, author.articleCount),
    page: authorHref(author.slug),
    dir: `/feeds${authorHref(author.slug)}`,
    articles: () => getAuthorArticles(author.slug),
  };
}

/** `<link rel="alternate">` autodiscovery for the given channels, most specific first. */
export function feedAlternates(...channels: FeedChannel[]): AlternateTypes {
  return Object.fromEntries(
    FORMATS.map((format) => [FEED_FILES[format].type, channels.map((channel) => ({ title: channel.title, url: feedHref(channel, format) }))]),
  );
}

export async function feedResponse(channel: FeedChannel, format: FeedFormat): Promise<Response> {
  const latest = (await channel.articles()).slice(0, site.feed.size);
  const body = renderFeed(
    {
      title: channel.title,
      description: channel.description,
      link: absoluteUrl(channel.page),
      language: site.locale,
      urls: Object.fromEntries(FORMATS.map((f) => [f, absoluteUrl(feedHref(channel, f))])) as Record<FeedFormat, string>,
      entries: await Promise.all(latest.map(articleFeedEntry)),
    },
    format,
  );
  return new Response(body, { headers: { 'Content-Type': `${FEED_FILES[format].type}; charset=utf-8`, 'Cache-Control': SHARED_CACHE_CONTROL } });
}

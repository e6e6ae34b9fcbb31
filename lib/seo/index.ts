import type { Metadata } from 'next';
import { env } from '../env';
import { site } from '../site';

/**
 * `path` or URL resolved against `base` (the site by default), for places that need a full
 * address: feeds, JSON-LD, sitemaps. Anything that does not parse as a URL is returned unchanged.
 */
export function absoluteUrl(url: string, base: string = `${env().siteUrl}/`): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

export type AlternateTypes = NonNullable<NonNullable<Metadata['alternates']>['types']>;

type ArticleOpenGraph = {
  publishedTime: string;
  modifiedTime: string;
  authors: string[];
  section?: string;
  tags: string[];
};

type PageSeo = {
  /** The page's own title; the layout's template adds the site name, except for `{ absolute }`. */
  title: string | { absolute: string };
  description: string;
  /** The canonical path of this very page (a later page of a listing is its own canonical). */
  path: string;
  image?: string;
  /** Feed autodiscovery links, by MIME type. */
  feeds?: AlternateTypes;
  article?: ArticleOpenGraph;
  /** `<meta name="keywords">`, from an article's `keywords`. */
  keywords?: string[];
  /** Reachable but kept out of search engines (a `hidden` article). */
  noindex?: boolean;
};

/**
 * Title, description, canonical URL, Open Graph and Twitter card for one page. Next replaces rather
 * than merges `openGraph` and `alternates` from the layout, so every page builds them whole here.
 */
export function pageMetadata({ title, description, path, image, feeds, article, keywords, noindex }: PageSeo): Metadata {
  const shared = {
    title: typeof title === 'string' ? title : title.absolute,
    description,
    url: path,
    siteName: site.name,
    locale: site.locale.replace('-', '_'),
    images: image ? [absoluteUrl(image)] : undefined,
  };
  return {
    title,
    description,
    ...(keywords?.length ? { keywords } : {}),
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
    alternates: { canonical: path, types: feeds },
    openGraph: article ? { ...shared, type: 'article', ...article } : { ...shared, type: 'website' },
    // Title, description and image are taken from Open Graph by Next.
    twitter: { card: image ? 'summary_large_image' : 'summary' },
  };
}

/**
 * JSON for a `<script type="application/ld+json">`. `<` is written as `\u003c` (the same string to
 * a JSON parser), so no value can close the script element or open a comment inside it.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

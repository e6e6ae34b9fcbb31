import { articleHref, authorHref, categoryHref, type ArticleMeta, type CategoryNode } from '../content';
import { env } from '../env';
import { absoluteUrl } from './index';
import { site } from '../site';
import { t } from '../strings';

// schema.org objects for JSON-LD. Every URL is absolute: JSON-LD has no base URL.

const publisher = () => ({ '@type': 'Organization', name: site.name, url: absoluteUrl('/') });

export function blogPosting(article: ArticleMeta) {
  const url = absoluteUrl(articleHref(article.slug));
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: article.title,
    description: article.excerpt,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    datePublished: article.date,
    dateModified: article.updated ?? article.date,
    author: { '@type': 'Person', name: article.author.name, url: absoluteUrl(authorHref(article.author.slug)) },
    image: article.cover ? [absoluteUrl(article.cover)] : undefined,
    keywords: article.tags.length ? article.tags.join(', ') : undefined,
    articleSection: article.categories[0]?.[0],
    inLanguage: site.locale,
    publisher: publisher(),
  };
}

/** The article's category path as the breadcrumbs on the page show it (from 首页), ending at the article. */
export function breadcrumbList(trail: CategoryNode[], article: ArticleMeta) {
  const crumbs = [
    { name: t.home, url: absoluteUrl('/') },
    ...trail.map((node) => ({ name: node.name, url: absoluteUrl(categoryHref(node)) })),
    { name: article.title, url: absoluteUrl(articleHref(article.slug)) },
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: crumb.url })),
  };
}

/** The site, with the search box search engines may show for it. */
export function webSite() {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    alternateName: site.shortName,
    description: site.description,
    url: absoluteUrl('/'),
    inLanguage: site.locale,
    publisher: publisher(),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${env().siteUrl}/search?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

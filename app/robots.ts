import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/seo';

export default function robots(): MetadataRoute.Robots {
  return {
    // Tip pages only repeat the author page; the rest are a reader's or an author's own pages. All
    // of them are marked noindex as well.
    rules: { userAgent: '*', allow: '/', disallow: ['/authors/*/tip', '/me', '/login', '/drafts', '/preview/', '/api/'] },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}

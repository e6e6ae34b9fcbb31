import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/seo';

export default function robots(): MetadataRoute.Robots {
  return {
    // Tip pages only repeat the author page and are marked noindex as well.
    rules: { userAgent: '*', allow: '/', disallow: '/authors/*/tip' },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}

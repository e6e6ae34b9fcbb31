import { absoluteUrl } from '@/lib/seo';
import { sitemapFiles, sitemapHref } from '@/lib/seo/sitemap';

export const dynamic = 'force-static';

/**
 * The sitemap index, served at `/sitemap.xml` by a rewrite in next.config.js: one `<sitemap>` per
 * file that `app/sitemap.ts` splits the URLs into. (Next reserves the `/sitemap.xml` route itself for
 * `app/sitemap.ts`, which with `generateSitemaps` serves only `/sitemap/<id>.xml`.)
 */
export async function GET() {
  const files = (await sitemapFiles()).map((_, id) => `<sitemap><loc>${absoluteUrl(sitemapHref(id))}</loc></sitemap>`);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${files.join('\n')}\n</sitemapindex>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}

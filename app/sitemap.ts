import type { MetadataRoute } from 'next';
import { sitemapFiles } from '@/lib/seo/sitemap';

/** `/sitemap/0.xml`, `/sitemap/1.xml`…, listed by the sitemap index at `/sitemap.xml`. */
export async function generateSitemaps() {
  return (await sitemapFiles()).map((_, id) => ({ id }));
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  return (await sitemapFiles())[Number(await id)] ?? [];
}

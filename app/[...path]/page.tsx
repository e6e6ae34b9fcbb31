import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { HexoPageView } from '@/components/hexo/page-view';
import { getMovedAddress, getPage, getPages, getSiteFile } from '@/lib/content';
import { pageMetadata } from '@/lib/seo';

type Props = { params: Promise<{ path: string[] }> };

// Addresses the site does not have itself, answered on first request and kept (a made-up one for
// minutes, not for a year), like the article pages.
export const revalidate = 300;

/** A Hexo site's pages (`/about`) are built ahead of time. */
export async function generateStaticParams() {
  return (await getPages()).map((page) => ({ path: page.href.slice(1).split('/') }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getPage((await params).path);
  return page ? pageMetadata({ title: page.title, description: page.description ?? page.title, path: page.href }) : {};
}

/**
 * Every address no other route has: a Hexo site's page, an address the Hexo blog had without a
 * slash or `.html` (those go to app/moved), answered with a permanent redirect to where it lives
 * now, or the 404.
 */
export default async function CatchAllPage({ params }: Props) {
  const segments = (await params).path;
  const page = await getPage(segments);
  if (page) return <HexoPageView page={page} />;
  const moved = await getMovedAddress(segments);
  if (moved) permanentRedirect(moved);
  // A Hexo site's file without an extension (CNAME, LICENSE), which the file route is not sent.
  if (await getSiteFile(segments)) permanentRedirect(`/site-files/${segments.join('/')}`);
  notFound();
}

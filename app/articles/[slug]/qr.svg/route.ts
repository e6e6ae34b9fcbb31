import { articleHref, getArticle } from '@/lib/content';
import { notFoundResponse, SHARED_CACHE_CONTROL } from '@/lib/http-cache';
import { qrSvg } from '@/lib/qr';
import { absoluteUrl } from '@/lib/seo';

type Context = { params: Promise<{ slug: string }> };

// The share menu's QR code, as an image of its own: loaded only when a reader opens the menu, and
// kept out of every article's HTML. Drawn on request (a millisecond), kept by browsers and CDNs.

export async function GET(_request: Request, { params }: Context) {
  const article = await getArticle((await params).slug);
  if (!article) return notFoundResponse();
  return new Response(qrSvg(absoluteUrl(articleHref(article.slug))), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': SHARED_CACHE_CONTROL },
  });
}

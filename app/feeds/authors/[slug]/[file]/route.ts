import { getAuthor } from '@/lib/content';
import { notFoundResponse } from '@/lib/http-cache';
import { authorChannel, feedResponse, formatOfFile } from '@/lib/feed/channels';

type Context = { params: Promise<{ slug: string; file: string }> };

// Made on request (there is one per author and category, each with whole articles: too many to
// build ahead of time on a large site) and kept by CDNs for a while (lib/http-cache.ts).

export async function GET(_request: Request, { params }: Context) {
  const { slug, file } = await params;
  const format = formatOfFile(file);
  const author = await getAuthor(slug);
  if (!format || !author) return notFoundResponse();
  return feedResponse(authorChannel(author), format);
}

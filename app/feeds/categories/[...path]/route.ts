import { getCategory } from '@/lib/content';
import { notFoundResponse } from '@/lib/http-cache';
import { categoryChannel, feedResponse, formatOfFile } from '@/lib/feed/channels';

type Context = { params: Promise<{ path: string[] }> };

// Made on request (there is one per author and category, each with whole articles: too many to
// build ahead of time on a large site) and kept by CDNs for a while (lib/http-cache.ts).

/** `/feeds/categories/<segments>/<file>`: the last segment names the format, the rest the category. */
export async function GET(_request: Request, { params }: Context) {
  const path = (await params).path;
  const format = formatOfFile(path.at(-1) ?? '');
  const node = await getCategory(path.slice(0, -1));
  if (!format || !node) return notFoundResponse();
  return feedResponse(categoryChannel(node), format);
}

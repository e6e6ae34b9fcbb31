import { getCategory, getContentIndex } from '@/lib/content';
import { categoryChannel, FEED_FILES, feedResponse, formatOfFile } from '@/lib/feed/channels';

type Context = { params: Promise<{ path: string[] }> };

export const dynamic = 'force-static';
export const dynamicParams = false;

/** `/feeds/categories/<segments>/<file>`: the last segment names the format, the rest the category. */
export async function generateStaticParams() {
  const index = await getContentIndex();
  return [...index.categoryBySegments.values()].flatMap((node) => Object.values(FEED_FILES).map(({ file }) => ({ path: [...node.segments, file] })));
}

export async function GET(_request: Request, { params }: Context) {
  const path = (await params).path;
  const format = formatOfFile(path.at(-1) ?? '');
  const node = await getCategory(path.slice(0, -1));
  if (!format || !node) return new Response(null, { status: 404 });
  return feedResponse(categoryChannel(node), format);
}

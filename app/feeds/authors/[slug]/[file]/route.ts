import { getAuthor, getAuthors } from '@/lib/content';
import { authorChannel, FEED_FILES, feedResponse, formatOfFile } from '@/lib/feed/channels';

type Context = { params: Promise<{ slug: string; file: string }> };

export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getAuthors()).flatMap((author) => Object.values(FEED_FILES).map(({ file }) => ({ slug: author.slug, file })));
}

export async function GET(_request: Request, { params }: Context) {
  const { slug, file } = await params;
  const format = formatOfFile(file);
  const author = await getAuthor(slug);
  if (!format || !author) return new Response(null, { status: 404 });
  return feedResponse(authorChannel(author), format);
}

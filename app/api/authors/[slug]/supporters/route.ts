import { getAuthor } from '@/lib/content';
import { authorSupporters, countsResponse } from '@/lib/supporters';

type Context = { params: Promise<{ slug: string }> };

/** How many tips an author has had across their articles, for the island on the author page. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const author = await getAuthor((await params).slug);
  return countsResponse(author?.slug, authorSupporters);
}

import { getArticle } from '@/lib/content';
import { articleSupporters, countsResponse } from '@/lib/supporters';

type Context = { params: Promise<{ slug: string }> };

/** An article's supporter count and latest supporters, for the island under the article. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const article = await getArticle((await params).slug);
  return countsResponse(article?.slug, articleSupporters);
}

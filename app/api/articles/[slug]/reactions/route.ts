import { loginEnabled } from '@/lib/auth/login-enabled';
import { getArticle } from '@/lib/content';
import { articleReactions } from '@/lib/reader/reactions';
import { t } from '@/lib/strings';
import { countsResponse } from '@/lib/supporters';

type Context = { params: Promise<{ slug: string }> };

/** How many readers bookmarked and liked an article, for the buttons on its page. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  if (!loginEnabled()) return Response.json({ error: t.reader.errors.loginOff }, { status: 404 });
  const article = await getArticle((await params).slug);
  return countsResponse(article?.slug, articleReactions);
}

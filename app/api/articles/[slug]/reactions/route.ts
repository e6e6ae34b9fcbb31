import { getArticle } from '@/lib/content';
import { loginEnabled } from '@/lib/auth/session';
import { tipsAvailability } from '@/lib/db';
import { articleReactions } from '@/lib/reader/reactions';
import { t } from '@/lib/strings';

type Context = { params: Promise<{ slug: string }> };

/** How many readers bookmarked and liked an article, for the buttons on its page. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  if (!loginEnabled()) return Response.json({ error: t.reader.errors.loginOff }, { status: 404 });
  const article = await getArticle((await params).slug);
  if (!article) return Response.json({ error: t.reader.errors.unknownArticle }, { status: 404 });
  if (!tipsAvailability().available) return Response.json({ error: t.reader.errors.unavailable }, { status: 503 });
  try {
    return Response.json(await articleReactions(article.slug));
  } catch (error) {
    console.error('[读者] counting an article’s bookmarks and likes failed:', error);
    return Response.json({ error: t.reader.errors.unavailable }, { status: 503 });
  }
}

import { z } from 'zod';
import { getArticle } from '@/lib/content';
import { commentCount } from '@/lib/comments/read';
import { commentsOpen } from '@/lib/comments/settings';
import { json, refuse } from '@/lib/json-api';
import { t } from '@/lib/strings';

/** A list page shows at most a few dozen cards; more slugs than this is not a page's request. */
const MAX_SLUGS = 60;

const query = z.array(z.string().min(1).max(500)).min(1).max(MAX_SLUGS);

/**
 * Comment counts of the cards on a list page, one request for all of them (`?slug=a&slug=b`), each
 * read through the data cache under its article's tag. Unknown articles and articles without
 * comments are left out of the answer.
 */
export async function GET(request: Request): Promise<Response> {
  const slugs = query.safeParse(new URL(request.url).searchParams.getAll('slug'));
  if (!slugs.success) return refuse(400, t.comments.errors.invalidQuery);
  try {
    const counts: Record<string, number> = {};
    await Promise.all(
      slugs.data.map(async (param) => {
        const article = await getArticle(param);
        if (article && commentsOpen(article)) counts[article.slug] = await commentCount(article.slug);
      }),
    );
    return json({ counts });
  } catch (error) {
    console.error('[评论] reading comment counts failed:', error);
    return json({ error: t.comments.errors.unavailable, temporary: true }, 503);
  }
}

import { revalidateTag } from 'next/cache';
import { getArticle } from '@/lib/content';
import { mergeLocalData } from '@/lib/db/readers';
import { mergeInput } from '@/lib/reader/input';
import { reactionsTag } from '@/lib/reader/reactions';
import { json, methodNotAllowed } from '@/lib/json-api';
import { forReader } from '@/lib/reader/route';

/** Canonical slugs of the published articles among `slugs` (others were removed or never existed). */
async function published(slugs: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const slug of new Set(slugs)) {
    const article = await getArticle(slug);
    if (article) found.set(slug, article.slug);
  }
  return found;
}

/**
 * At sign-in, the bookmarks and history this browser kept while signed out join the account.
 * Articles that no longer exist are skipped; what the account has already is kept.
 */
export async function POST(request: Request): Promise<Response> {
  return forReader(request, { write: true, body: mergeInput }, async ({ readerId, db, body }) => {
    const articles = await published([...body.bookmarks.map((b) => b.slug), ...body.history.map((h) => h.slug)]);
    const merged = await mergeLocalData(db, readerId, {
      bookmarks: body.bookmarks.flatMap((b) => (articles.has(b.slug) ? [{ articleSlug: articles.get(b.slug)!, at: b.at }] : [])),
      history: body.history.flatMap((h) => (articles.has(h.slug) ? [{ articleSlug: articles.get(h.slug)!, progress: h.progress, at: h.at }] : [])),
    });
    for (const slug of new Set(body.bookmarks.map((b) => articles.get(b.slug)).filter((s) => s !== undefined))) {
      revalidateTag(reactionsTag(slug), { expire: 0 });
    }
    return json({ merged });
  });
}

// Any other method: a 405 naming the ones this endpoint takes.
const otherMethod = methodNotAllowed(['POST']);
export { otherMethod as GET, otherMethod as PUT, otherMethod as PATCH, otherMethod as DELETE };

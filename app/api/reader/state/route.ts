import { listMarks } from '@/lib/db/readers';
import { json, methodNotAllowed } from '@/lib/json-api';
import { forReader } from '@/lib/reader/route';

/** The signed-in reader's bookmarked and liked articles, so buttons on any page show their state. */
export async function GET(request: Request): Promise<Response> {
  return forReader(request, { write: false }, async ({ readerId, db }) => {
    const [bookmarks, likes] = await Promise.all([listMarks(db, 'bookmark', readerId), listMarks(db, 'like', readerId)]);
    return json({ bookmarks: bookmarks.map((m) => m.articleSlug), likes: likes.map((m) => m.articleSlug) });
  });
}

// Any other method: a 405 naming the ones this endpoint takes.
const otherMethod = methodNotAllowed(['GET']);
export { otherMethod as POST, otherMethod as PUT, otherMethod as PATCH, otherMethod as DELETE };

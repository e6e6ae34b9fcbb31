import { getArticle } from '@/lib/content';
import { getReading, recordReading } from '@/lib/db/readers';
import { readingInput } from '@/lib/reader/input';
import { json, methodNotAllowed } from '@/lib/json-api';
import { forReader } from '@/lib/reader/route';
import { t } from '@/lib/strings';

type Context = { params: Promise<{ slug: string }> };

/** Where the signed-in reader left off in this article: `{ progress, lastReadAt }`, or nulls. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const article = await getArticle((await params).slug);
  return forReader(request, { write: false }, async ({ readerId, db }) => {
    if (!article) return json({ error: t.reader.errors.unknownArticle }, 404);
    const reading = await getReading(db, readerId, article.slug);
    return json({ progress: reading?.progress ?? null, lastReadAt: reading?.lastReadAt.toISOString() ?? null });
  });
}

/** The reader opened the article, or read on: `{ progress, at? }`, progress from 0 to 1. */
export async function PUT(request: Request, { params }: Context): Promise<Response> {
  const article = await getArticle((await params).slug);
  return forReader(request, { write: true, body: readingInput }, async ({ readerId, db, body }) => {
    if (!article) return json({ error: t.reader.errors.unknownArticle }, 404);
    await recordReading(db, readerId, article.slug, body.progress, body.at);
    return json({ slug: article.slug, progress: body.progress });
  });
}

// Any other method: a 405 naming the ones this endpoint takes.
const otherMethod = methodNotAllowed(['GET', 'PUT']);
export { otherMethod as POST, otherMethod as PATCH, otherMethod as DELETE };

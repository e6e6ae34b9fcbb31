import { revalidateTag } from 'next/cache';
import { decodeParam, getArticle, isValidSlug } from '../content';
import { setMark, type MarkKind } from '../db/readers';
import { t } from '../strings';
import { articleReactions, reactionsTag } from './reactions';
import { json } from '../json-api';
import { forReader } from './route';

type Context = { params: Promise<{ slug: string }> };

/**
 * PUT marks the article (收藏 or 点赞), DELETE unmarks it; both are idempotent and answer the
 * article's new counts. Only published articles can be marked; a mark on an article that has
 * since been removed can still be taken off.
 */
export function markRoutes(kind: MarkKind) {
  const change = (on: boolean) => async (request: Request, { params }: Context) => {
    const param = (await params).slug;
    return forReader(request, { write: true }, async ({ readerId, db }) => {
      const article = await getArticle(param);
      const slug = article?.slug ?? decodeParam(param);
      // Taking a mark off a removed article works; anything that could never have been a slug is not one.
      if (!article && (on || !isValidSlug(slug))) return json({ error: t.reader.errors.unknownArticle }, 404);
      await setMark(db, kind, readerId, slug, on);
      revalidateTag(reactionsTag(slug), { expire: 0 });
      return json({ slug, [kind === 'bookmark' ? 'bookmarked' : 'liked']: on, counts: await articleReactions(slug) });
    });
  };
  return { PUT: change(true), DELETE: change(false) };
}

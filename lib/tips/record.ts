/**
 * Records a tip for a request, whichever way it came (the tip form's server action, or POST
 * /api/tips): the database, the client's address for the rate limit, the signed-in reader, and the
 * article looked up among the published ones. The callers expire the supporter counts afterwards,
 * each the way its kind of request may.
 */
import { currentReader } from '../auth/session';
import { clientAddress } from '../client-address';
import { getArticle } from '../content';
import { getDbIfAvailable } from '../db';
import { supportersTag } from '../supporters';
import { submitTip, type SubmitTipResult } from './submit';

export type TipRequest = {
  articleSlug: unknown;
  amount: unknown;
  method: unknown;
  message: unknown;
  idempotencyKey: unknown;
  /** A signed-in reader's wish not to be shown by name. */
  anonymous: boolean;
};

export async function recordTipFor(input: TipRequest, headers: Headers): Promise<SubmitTipResult> {
  const { anonymous, ...tip } = input;
  const reader = await currentReader();
  return submitTip(tip, {
    db: await getDbIfAvailable(),
    clientKey: clientAddress(headers),
    readerId: reader?.id ?? null,
    anonymous,
    async resolveArticle(slug) {
      const article = await getArticle(slug);
      return article && { slug: article.slug, authorSlug: article.author.slug };
    },
  });
}

/** The cache tags a new tip changes: its article's and its author's supporter counts. */
export function supporterTagsOf(tip: { articleSlug: string; authorSlug: string }): string[] {
  return [supportersTag.article(tip.articleSlug), supportersTag.author(tip.authorSlug)];
}

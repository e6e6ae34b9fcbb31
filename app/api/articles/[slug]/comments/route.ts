import { revalidateTag } from 'next/cache';
import { getArticle } from '@/lib/content';
import { commentListQuery } from '@/lib/comments/input';
import { commentWriter, postComment } from '@/lib/comments/post';
import { articleComments, toShownComment } from '@/lib/comments/read';
import { commentsOpen } from '@/lib/comments/settings';
import type { SubmitCommentError } from '@/lib/comments/submit';
import { fromThisSite, json, methodNotAllowed, readJson, refuse } from '@/lib/json-api';
import { t } from '@/lib/strings';

type Context = { params: Promise<{ slug: string }> };

const errors = t.comments.errors;

/** A comment is a couple of thousand characters; this leaves room for the JSON around it. */
const MAX_BODY_BYTES = 16 * 1024;

/**
 * An article's approved comments, a page of 50 threads (`?sort=oldest|newest&page=N`), read
 * through the data cache: the island under the article fetches this after the page has loaded.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const article = await getArticle((await params).slug);
  if (!article) return refuse(404, errors.unknownArticle);
  if (!commentsOpen(article)) return refuse(404, errors.closed);
  const query = commentListQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return refuse(400, errors.invalidQuery);
  try {
    return json(await articleComments(article.slug, query.data.sort, query.data.page));
  } catch (error) {
    console.error(`[评论] reading the comments of ${article.slug} failed:`, error);
    // `temporary`: the database is configured but not answering, which readers are told.
    return json({ error: errors.unavailable, temporary: true }, 503);
  }
}

const statusOf: Record<SubmitCommentError, number> = {
  'unknown-article': 404,
  closed: 403,
  invalid: 400,
  bot: 400,
  'login-required': 401,
  blocked: 403,
  duplicate: 409,
  unavailable: 503,
};

/**
 * Posts a comment as JSON `{ body, replyTo?, name?, email?, site? }`, checked in the order of every
 * write endpoint: origin, session, rate limit, size, input, database. 201 with the comment and
 * whether it waits for a moderator.
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  if (!fromThisSite(request)) return refuse(403, t.reader.errors.forbidden);
  const check = await commentWriter(request.headers);
  if (!check.ok) return check.error === 'rate-limited' ? refuse(429, check.message, { 'Retry-After': '60' }) : refuse(503, check.message);
  const read = await readJson(request, MAX_BODY_BYTES);
  if (!read.ok) return read.response;
  const result = await postComment(check.writer, (await params).slug, read.value, (tag) => revalidateTag(tag, { expire: 0 }));
  if (!result.ok) return refuse(statusOf[result.error], result.message);
  return json({ comment: toShownComment(result.comment), pending: result.pending }, 201);
}

export const PUT = methodNotAllowed(['GET', 'POST']);
export const PATCH = PUT;
export const DELETE = PUT;

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CommentForm, type CommentFormMode } from '@/components/comments/comment-form';
import { CommentThreads } from '@/components/comments/comment-item';
import { loginEnabled } from '@/lib/auth/login-enabled';
import { currentReader } from '@/lib/auth/session';
import { commentListQuery } from '@/lib/comments/input';
import { articleComments, type CommentPage, type CommentSort } from '@/lib/comments/read';
import { commentsOpen, guestsAllowed } from '@/lib/comments/settings';
import { articleHref, getArticle } from '@/lib/content';
import { env } from '@/lib/env';
import { commentText } from '@/lib/strings/comments';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle((await params).slug);
  // The article is the page to find; this one repeats its comments for readers without JavaScript.
  return article ? { title: commentText.pageTitle(article.title), robots: { index: false, follow: true } } : {};
}

async function formMode(here: string): Promise<CommentFormMode | undefined> {
  const reader = loginEnabled() ? await currentReader() : null;
  if (reader) return { kind: 'reader', name: reader.name ?? commentText.anonymousReader };
  if (guestsAllowed()) return { kind: 'guest' };
  return loginEnabled() ? { kind: 'sign-in', href: `/login?callbackUrl=${encodeURIComponent(here)}` } : undefined;
}

const link = 'underline underline-offset-2 hover:text-accent dark:hover:text-orange-300';

/**
 * /articles/<slug>/comments: the article's comments rendered on the server, with the form, for a
 * browser without JavaScript (the article page loads them in an island). Sorting and pages are
 * plain links.
 */
export default async function ArticleCommentsPage({ params, searchParams }: Props) {
  const article = await getArticle((await params).slug);
  if (!article || !commentsOpen(article)) notFound();
  const query = commentListQuery.safeParse(await searchParams);
  const { sort, page } = query.success ? query.data : { sort: 'oldest' as const, page: 1 };
  const here = `${articleHref(article.slug)}/comments`;
  const pageHref = (s: CommentSort, p: number) => `${here}?sort=${s}&page=${p}`;
  let comments: CommentPage | undefined;
  try {
    comments = await articleComments(article.slug, sort, page);
  } catch (error) {
    console.error(`[评论] reading the comments of ${article.slug} failed:`, error);
  }
  const mode = await formMode(here);
  // A reply without JavaScript: the 回复 link comes back here with the comment answered.
  const replyParam = (await searchParams).replyTo;
  const replyTo = comments?.threads.flatMap(({ comment, replies }) => [comment, ...replies]).find((comment) => comment.id === replyParam && !comment.withdrawn);
  return (
    <div className="mx-auto max-w-[40em] space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{commentText.pageTitle(article.title)}</h1>
        <p className="text-sm">
          <a href={articleHref(article.slug)} className={link}>
            {commentText.backToArticle}
          </a>
        </p>
      </header>
      {comments ? (
        <section aria-labelledby="comments-list" className="space-y-6">
          <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
            <h2 id="comments-list" className="font-semibold">
              {commentText.count(comments.count)}
            </h2>
            <nav aria-label={commentText.sort.label} className="flex gap-3">
              {(['oldest', 'newest'] as const).map((option) => (
                <a key={option} href={pageHref(option, 1)} aria-current={sort === option ? 'true' : undefined} className={`${link} aria-[current]:font-semibold`}>
                  {commentText.sort[option]}
                </a>
              ))}
            </nav>
          </div>
          {comments.count === 0 && <p className="text-stone-600 dark:text-stone-400">{commentText.empty}</p>}
          <CommentThreads
            threads={comments.threads}
            timeZone={env().timeZone}
            actionsFor={(comment) =>
              mode && mode.kind !== 'sign-in' && !comment.withdrawn ? (
                <a href={`${pageHref(sort, page)}&replyTo=${comment.id}#comment-form-title`} className={`${link} mt-1 inline-block text-sm`}>
                  {commentText.reply}
                </a>
              ) : null
            }
          />
          {comments.pages > 1 && (
            <nav aria-label={commentText.title} className="flex justify-between text-sm">
              {page > 1 ? <a href={pageHref(sort, page - 1)} className={link}>{commentText.previousPage}</a> : <span />}
              <span>{commentText.pageOf(page, comments.pages)}</span>
              {page < comments.pages ? <a href={pageHref(sort, page + 1)} className={link}>{commentText.nextPage}</a> : <span />}
            </nav>
          )}
        </section>
      ) : (
        <p role="alert" className="text-stone-700 dark:text-stone-300">
          {commentText.errors.unavailable}
        </p>
      )}
      {mode && (
        <section aria-labelledby="comment-form-title" className="space-y-3">
          <h2 id="comment-form-title" className="font-semibold">
            {replyTo ? commentText.replyTo(replyTo.name) : commentText.form.label}
          </h2>
          <CommentForm articleSlug={article.slug} mode={mode} replyTo={replyTo && { id: replyTo.id, name: replyTo.name }} />
        </section>
      )}
    </div>
  );
}

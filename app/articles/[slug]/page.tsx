/* eslint-disable @next/next/no-img-element -- remote cover images; no optimizer is configured */
import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { ARTICLE_BODY_ID, ArticleBody } from '@/components/article-body';
import { ArticleDate } from '@/components/article-date';
import { ArticlePager, RelatedArticles } from '@/components/article-links';
import { AuthorCard } from '@/components/author-card';
import { CategoryBreadcrumbs } from '@/components/category-breadcrumbs';
import { CommentCount } from '@/components/comments/comment-count';
import { COMMENTS_ID, CommentsSection } from '@/components/comments/comments-section';
import { HeadlineText } from '@/components/headline-text';
import { OutdatedNotice } from '@/components/outdated-notice';
import { CopyrightNotice } from '@/components/hexo/copyright-notice';
import { PreviewBanner } from '@/components/preview-banner';
import { ReadingSettings } from '@/components/reading-settings';
import { MarkButtons } from '@/components/reader/mark-buttons';
import { ReadingProgress } from '@/components/reader/reading-progress';
import { ShareMenu } from '@/components/share-menu';
import { StaticMarkup } from '@/components/static-markup';
import { JsonLd } from '@/components/json-ld';
import { TableOfContents } from '@/components/table-of-contents';
import { ArticleSupportersIsland } from '@/components/tips/supporters';
import { TagLinks } from '@/components/tag-links';
import { TipButton } from '@/components/tips/button';
import { TipDialogProvider } from '@/components/tips/dialog';
import {
  articleHref,
  authorHref,
  getAdjacentArticles,
  getArticle,
  getArticles,
  getArticleTags,
  getAuthor,
  getCategoryTrail,
  getCopyrightNotice,
  getOutdatedNotice,
  getRelatedArticles,
  tipSettingsFor,
  type ArticleMeta,
} from '@/lib/content';
import { commentsOpen } from '@/lib/comments/settings';
import { previewableArticle } from '@/lib/preview/access';
import { headlinePhrases } from '@/lib/text/headline-phrases';
import { prerenderedArticles } from '@/lib/prerender';
import { feedAlternates, siteChannel } from '@/lib/feed/channels';
import { absoluteUrl, pageMetadata } from '@/lib/seo';
import { t } from '@/lib/strings';
import { blogPosting, breadcrumbList } from '@/lib/seo/structured-data';

type Props = { params: Promise<{ slug: string }> };

// Rendered on first request beyond what the build prerendered (lib/prerender.ts), and kept. A
// not-found answer is kept too (Next.js keeps it like a page), so everything here is renewed in the
// background after five minutes: a made-up address is remembered for minutes, not for a year, and a
// scheduled article's page goes public within five minutes even without /api/revalidate.
export const revalidate = 300;

/**
 * The newest articles are built ahead of time; any other article renders on its first request and
 * is cached from then on (lib/prerender.ts). Drafts and scheduled articles render as the 404
 * readers get, or in Draft Mode as a preview.
 */
export async function generateStaticParams() {
  return prerenderedArticles(await getArticles()).map((a) => ({ slug: a.slug }));
}

/** The article this request may see: a public one, or an unpublished one being previewed. */
async function findArticle(slug: string): Promise<{ article: ArticleMeta; preview: boolean } | undefined> {
  const article = await getArticle(slug);
  if (article) return { article, preview: false };
  const draft = await previewableArticle(slug);
  return draft && { article: draft, preview: true };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findArticle((await params).slug);
  if (!found) return {};
  const { article, preview } = found;
  if (preview) return { title: article.title, robots: { index: false, follow: false } };
  const authorUrl = absoluteUrl(authorHref(article.author.slug));
  return {
    ...pageMetadata({
      title: article.title,
      description: article.description ?? article.excerpt,
      path: articleHref(article.slug),
      keywords: article.keywords,
      noindex: article.hidden,
      image: article.cover,
      feeds: feedAlternates(siteChannel),
      article: {
        publishedTime: article.date,
        modifiedTime: article.updated ?? article.date,
        authors: [authorUrl],
        section: article.categories[0]?.[0],
        tags: article.tags,
      },
    }),
    authors: [{ name: article.author.name, url: authorUrl }],
  };
}

export default async function ArticlePage({ params }: Props) {
  const found = await findArticle((await params).slug);
  if (!found) notFound();
  const { article, preview } = found;
  const [author, trail, related, adjacent, tags, copyright, outdated] = await Promise.all([
    getAuthor(article.author.slug),
    getCategoryTrail(article.categories[0] ?? []),
    getRelatedArticles(article),
    getAdjacentArticles(article.slug),
    getArticleTags(article),
    getCopyrightNotice(article),
    getOutdatedNotice(article),
  ]);
  const hasToc = article.toc.length > 1;
  const toc = article.toc.map((entry) => ({ ...entry, phrases: headlinePhrases(entry.text) }));
  const shareUrl = absoluteUrl(articleHref(article.slug));
  const tipSettings = author && tipSettingsFor(author);
  // Not under a preview: the article has no public comments yet.
  const withComments = !preview && commentsOpen(article);

  const page = (
    <div className={hasToc ? 'lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-12' : ''}>
      <article className="mx-auto w-full max-w-[40em] min-w-0">
        {preview && <PreviewBanner article={article} />}
        {!preview && <JsonLd data={blogPosting(article)} />}
        {!preview && <JsonLd data={breadcrumbList(trail, article)} />}
        <header className="mb-8 space-y-4">
          {/* Sent once, as HTML. */}
          <StaticMarkup as="div" className="space-y-4">
            {trail.length > 0 && <CategoryBreadcrumbs trail={trail} />}
            <h1 className="headline text-3xl leading-tight font-bold text-balance sm:text-4xl">
              <HeadlineText text={article.title} />
            </h1>
          </StaticMarkup>
          <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
            <a href={authorHref(article.author.slug)} rel="author" className="font-medium text-stone-700 hover:text-accent dark:text-stone-200">
              {article.author.name}
            </a>
            <ArticleDate iso={article.date} />
            {article.updated && article.updated !== article.date && (
              <span>
                {t.article.updated} <ArticleDate iso={article.updated} />
              </span>
            )}
            <span>{t.article.readingTime(article.readingMinutes)}</span>
            <span>{t.article.words(article.wordCount)}</span>
            {withComments && <CommentCount slug={article.slug} href={`#${COMMENTS_ID}`} showNone className="hover:text-accent print:hidden" />}
          </p>
          {/* Paper cannot link back: the printed page says where the article lives. */}
          <p className="hidden text-sm break-all print:block">
            {t.article.printedFrom}
            {shareUrl}
          </p>
          {tags.length > 0 && <TagLinks tags={tags} className="text-xs" />}
          {/* Share first: its panel opens from the left edge, which keeps it on a narrow screen. Share
              and marks are not offered in a preview: the article has no public address yet. */}
          <div className="flex flex-wrap items-center gap-3 print:hidden">
            {!preview && (
              <>
                <ShareMenu url={shareUrl} title={article.title} qrCode={<img src={`${articleHref(article.slug)}/qr.svg`} alt={t.share.qr} width={192} height={192} loading="lazy" className="size-48" />} />
                <MarkButtons slug={article.slug} title={article.title} variant="article" />
              </>
            )}
            <ReadingSettings />
          </div>
        </header>
        {article.cover && !article.coverInBody && (
          <img src={article.cover} alt="" width={1200} height={630} referrerPolicy="no-referrer" decoding="async" className="mb-8 aspect-[1200/630] w-full rounded-lg bg-stone-200 object-cover dark:bg-stone-800" />
        )}
        {outdated && <OutdatedNotice notice={outdated} />}
        {hasToc && (
          <details className="card mb-6 p-4 lg:hidden print:hidden">
            <summary className="cursor-pointer font-semibold">{t.article.toc}</summary>
            <div className="mt-3">
              <TableOfContents toc={toc} label={t.article.toc} />
            </div>
          </details>
        )}
        <ArticleBody article={article} />
        {!preview && <ReadingProgress slug={article.slug} title={article.title} bodyId={ARTICLE_BODY_ID} />}
        {copyright && <CopyrightNotice article={article} url={shareUrl} settings={copyright} />}
        {!article.tipInBody && !preview && <TipButton author={article.author} articleSlug={article.slug} />}
        {tipSettings && !preview && <ArticleSupportersIsland slug={article.slug} />}
        {withComments && <CommentsSection article={article} />}
        {/* Links and text only: sent once, as HTML. */}
        <StaticMarkup as="footer" className="mt-12 space-y-10 print:hidden">
          {author && <AuthorCard author={author} />}
          <ArticlePager {...adjacent} />
          <RelatedArticles articles={related} />
        </StaticMarkup>
      </article>
      {hasToc && (
        <aside className="hidden lg:block print:hidden">
          <div className="sticky top-24 max-h-[calc(100dvh-8rem)] overflow-y-auto">
            <TableOfContents toc={toc} label={t.article.toc} />
          </div>
        </aside>
      )}
    </div>
  );
  // Without a way to tip, the tip links lead to the tip page, which says so.
  if (!author || !tipSettings || preview) return page;
  return (
    <TipDialogProvider author={{ name: author.name, avatar: author.avatar }} articleSlug={article.slug} settings={tipSettings}>
      {page}
    </TipDialogProvider>
  );
}

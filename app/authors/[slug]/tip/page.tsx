import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AuthorProfile } from '@/components/author-profile';
import { TipForm } from '@/components/tips/form';
import { TipMethods } from '@/components/tips/methods';
import { articleHref, authorHref, getArticle, getAuthor, tipHref, tipSettingsFor, type Author } from '@/lib/content';
import { tipsAvailability } from '@/lib/db';
import { pageMetadata } from '@/lib/seo';
import { t } from '@/lib/strings';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ article?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = await getAuthor((await params).slug);
  if (!author) return {};
  return { ...pageMetadata({ title: t.tip.title(author.name), description: t.meta.tip(author.name), path: tipHref(author.slug) }), robots: { index: false } };
}

/** The `?article=` the tip is for, when it names one of this author's articles. */
async function articleParam(author: Author, value: string | string[] | undefined) {
  const article = typeof value === 'string' ? await getArticle(value) : undefined;
  return article?.author.slug === author.slug ? article : undefined;
}

/**
 * Where the 赞赏 button leads without JavaScript: the author's ways to receive a tip and, coming
 * from an article, a plain form that records the tip with the same server action as the dialog.
 * Dynamic: it reads `?article=` and gives every visit a new idempotency key.
 */
export default async function TipPage({ params, searchParams }: Props) {
  const author = await getAuthor((await params).slug);
  if (!author) notFound();
  const settings = tipSettingsFor(author);
  const article = await articleParam(author, (await searchParams).article);
  const availability = tipsAvailability();
  const box = 'card p-5';

  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <AuthorProfile author={author} title={t.tip.title(author.name)} />
      {!settings ? (
        <p className={`${box} text-stone-600 dark:text-stone-300`}>{t.tip.notSetUp}</p>
      ) : article && availability.available ? (
        <div className={box}>
          <TipForm authorName={author.name} settings={settings} articleSlug={article.slug} idempotencyKey={randomUUID()} />
        </div>
      ) : (
        <div className={`${box} space-y-5`}>
          <p role="status" className="text-stone-600 dark:text-stone-300">
            {article ? t.tip.unavailable : t.tip.fromArticle}
          </p>
          <TipMethods authorName={author.name} settings={settings} />
        </div>
      )}
      <a href={article ? articleHref(article.slug) : authorHref(author.slug)} className="text-accent-strong hover:underline dark:text-orange-300">
        {article ? t.tip.backToArticle(article.title) : t.tip.back}
      </a>
    </div>
  );
}

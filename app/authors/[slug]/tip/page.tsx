import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AuthorProfile } from '@/components/author-profile';
import { authorHref, getAuthor, getAuthors, tipHref } from '@/lib/content';
import { pageMetadata } from '@/lib/seo';
import { t } from '@/lib/strings';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getAuthors()).map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = await getAuthor((await params).slug);
  if (!author) return {};
  return { ...pageMetadata({ title: t.tip.title(author.name), description: t.meta.tip(author.name), path: tipHref(author.slug) }), robots: { index: false } };
}

/** Where the 赞赏 button leads without JavaScript: the author's ways to receive a tip. */
export default async function TipPage({ params }: Props) {
  const author = await getAuthor((await params).slug);
  if (!author) notFound();
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <AuthorProfile author={author} title={t.tip.title(author.name)} />
      <p className="rounded-lg border border-stone-200 p-5 text-stone-600 dark:border-stone-800 dark:text-stone-300">{t.tip.notSetUp}</p>
      <Link href={authorHref(author.slug)} className="text-accent-strong hover:underline dark:text-orange-300">
        {t.tip.back}
      </Link>
    </div>
  );
}

import type { Metadata } from 'next';
import { TagLinks } from '@/components/tag-links';
import { getTags } from '@/lib/content';
import { pageMetadata } from '@/lib/seo';
import { t } from '@/lib/strings';

export const metadata: Metadata = pageMetadata({ title: t.allTags, description: t.meta.tags, path: '/tags' });

export default async function TagsPage() {
  const tags = await getTags();
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">{t.allTags}</h1>
      {tags.length ? <TagLinks tags={tags} withCounts /> : <p className="text-muted">{t.empty}</p>}
    </>
  );
}

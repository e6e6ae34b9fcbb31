import { tagHref, type Tag } from '@/lib/content';
import { t } from '@/lib/strings';

/** Tags as pill links, each optionally with its article count. */
export function TagLinks({ tags, withCounts = false, className = '' }: { tags: Tag[]; withCounts?: boolean; className?: string }) {
  return (
    <ul aria-label={t.tag.label} className={`flex flex-wrap gap-2 ${className}`}>
      {tags.map((tag) => (
        <li key={tag.slug}>
          <a
            href={tagHref(tag.slug)}
            rel="tag"
            className="inline-block rounded-full bg-stone-200 px-2.5 py-0.5 text-stone-700 hover:bg-stone-300 hover:text-accent-strong dark:bg-stone-800 dark:text-stone-300 dark:hover:bg-stone-700 dark:hover:text-orange-300"
          >
            {tag.name}
            {withCounts && (
              <>
                <span aria-hidden="true" className="ml-1 text-muted">
                  {tag.articleCount}
                </span>
                <span className="sr-only">（{t.tag.articles(tag.articleCount)}）</span>
              </>
            )}
          </a>
        </li>
      ))}
    </ul>
  );
}

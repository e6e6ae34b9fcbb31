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
            className="tag-chip"
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

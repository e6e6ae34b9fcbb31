'use client';

import { useEffect, useState } from 'react';
import type { TocEntry } from '@/lib/content';
import { HeadlinePhrases } from './headline-phrases';

/** A heading of the contents, cut where its line may break (on the server). */
export type TocItem = TocEntry & { phrases: string[] };

/**
 * Links to the article's h2/h3. In the browser it marks the section being read: the last heading
 * that has scrolled past the top quarter of the viewport. Its `label` (目录) comes from the server:
 * importing the article strings here would ship all of them with this island.
 */
export function TableOfContents({ toc, label }: { toc: TocItem[]; label: string }) {
  const [active, setActive] = useState<string>();

  useEffect(() => {
    const headings = toc.map((e) => document.getElementById(e.id)).filter((h): h is HTMLElement => h !== null);
    if (headings.length === 0) return;
    const update = () => {
      const line = window.innerHeight / 4;
      let current: string | undefined;
      for (const h of headings) if (h.getBoundingClientRect().top <= line) current = h.id;
      setActive(current);
    };
    update();
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [toc]);

  return (
    <nav aria-label={label} className="text-sm">
      <p className="mb-2 font-semibold text-stone-700 dark:text-stone-200">{label}</p>
      <ol className="space-y-1.5 border-l border-stone-200 dark:border-stone-800">
        {toc.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? 'pl-6' : 'pl-3'}>
            <a
              href={`#${encodeURIComponent(entry.id)}`}
              aria-current={active === entry.id ? 'location' : undefined}
              className="toc-link"
            >
              <HeadlinePhrases phrases={entry.phrases} />
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

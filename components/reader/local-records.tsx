'use client';

import { useEffect, useState } from 'react';
import { articleHref } from '@/lib/content/href';
import { accountText } from '@/lib/strings/account';
import { readerText } from '@/lib/strings/reader';
import { readLocal, subscribeLocal, type LocalData } from './local-data';

/** The bookmarks and reading history this browser keeps for a reader who is not signed in. */
export function LocalRecords() {
  const [data, setData] = useState<LocalData>();
  useEffect(() => {
    setData(readLocal());
    return subscribeLocal(() => setData(readLocal()));
  }, []);
  if (!data) return null;
  return (
    <div className="space-y-8" data-testid="local-records">
      <p className="text-sm text-muted">{accountText.localNote}</p>
      <section>
        <h2 className="mb-3 text-xl font-semibold">{accountText.bookmarks}</h2>
        {data.bookmarks.length === 0 ? (
          <p className="text-muted">{accountText.empty.bookmarks}</p>
        ) : (
          <ul className="space-y-2">
            {data.bookmarks.map((b) => (
              <li key={b.slug}>
                <a href={articleHref(b.slug)} className="hover:text-accent">
                  {b.title}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2 className="mb-3 text-xl font-semibold">{accountText.history}</h2>
        {data.history.length === 0 ? (
          <p className="text-muted">{accountText.empty.history}</p>
        ) : (
          <ul className="space-y-2">
            {data.history.map((h) => (
              <li key={h.slug} className="flex flex-wrap gap-x-3">
                <a href={articleHref(h.slug)} className="hover:text-accent">
                  {h.title}
                </a>
                <span className="text-sm text-muted">{h.progress >= 1 ? readerText.finished : readerText.progress(Math.round(h.progress * 100))}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';

/** How often an open page asks whether content changed (development only). */
const POLL_MS = 1000;
/** How long a refresh may take to arrive before it is asked for again. */
const RETRY_MS = 5000;

/**
 * Development only (the layout renders it under `next dev`): when an article or author file is
 * saved, the open page re-renders with it, as a code change would, without a reload.
 */
export function ContentRefresher({ version }: { version: number }) {
  const router = useRouter();
  // The version this page was rendered from: a refresh renders the layout again with the new one.
  const rendered = useRef(version);
  useEffect(() => {
    rendered.current = version;
  }, [version]);
  useEffect(() => {
    // A refresh asked for while the dev server is busy compiling can be lost, so the page only
    // counts as refreshed once it renders the new version, and asks again if that does not come.
    let asked: { version: number; at: number } | undefined;
    const timer = setInterval(async () => {
      const response = await fetch('/api/content-version', { cache: 'no-store' }).catch(() => undefined);
      if (!response?.ok) return;
      const { version: latest } = (await response.json()) as { version: number };
      if (latest === rendered.current) return;
      if (asked?.version === latest && Date.now() - asked.at < RETRY_MS) return;
      asked = { version: latest, at: Date.now() };
      router.refresh();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [router]);
  return null;
}

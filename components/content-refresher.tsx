'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';

/** How often an open page asks whether content changed (development only). */
const POLL_MS = 1000;

/**
 * Development only (the layout renders it under `next dev`): when an article or author file is
 * saved, the open page re-renders with it, as a code change would, without a reload.
 */
export function ContentRefresher({ version }: { version: number }) {
  const router = useRouter();
  // The version this page was rendered from; a refresh renders the layout again with the new one.
  const rendered = useRef(version);
  rendered.current = version;
  useEffect(() => {
    let refreshing = false;
    const timer = setInterval(async () => {
      const response = await fetch('/api/content-version', { cache: 'no-store' }).catch(() => undefined);
      if (!response?.ok || refreshing) return;
      const { version: latest } = (await response.json()) as { version: number };
      if (latest === rendered.current) return;
      refreshing = true;
      rendered.current = latest;
      router.refresh();
      refreshing = false;
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [router]);
  return null;
}

'use client';

import { useEffect, useState } from 'react';
import { pageText } from '@/lib/strings';

type Place = 'none' | 'tucked' | 'shown';

/**
 * 回到顶部, once the reader is more than a screenful down: a shorter page never shows it. While the
 * reader scrolls down it is tucked below the window's edge (a phone has no margin it could sit in
 * without covering text), and comes back when they scroll up or tab to it; from 1280 px it stays,
 * in the margin beside the page. It takes the reader to the top and focus to the skip target, so
 * the next Tab starts from the page's top, and jumps there without motion for readers who ask for
 * reduced motion.
 */
export function BackToTop({ targetId }: { targetId: string }) {
  const [place, setPlace] = useState<Place>('none');
  useEffect(() => {
    let last = scrollY;
    const onScroll = () => {
      setPlace(scrollY <= innerHeight ? 'none' : scrollY < last ? 'shown' : 'tucked');
      last = scrollY;
    };
    addEventListener('scroll', onScroll, { passive: true });
    return () => removeEventListener('scroll', onScroll);
  }, []);
  if (place === 'none') return null;
  const toTop = () => {
    scrollTo({ top: 0, behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth' });
    document.getElementById(targetId)?.focus({ preventScroll: true });
  };
  return (
    <button
      type="button"
      onClick={toTop}
      aria-label={pageText.backToTop}
      data-testid="back-to-top"
      className={`fixed right-3 bottom-3 z-20 grid size-11 place-items-center rounded-full border border-stone-300 bg-white/95 text-stone-700 shadow-md hover:text-accent motion-safe:transition-transform print:hidden dark:border-stone-700 dark:bg-stone-900/95 dark:text-stone-200 ${place === 'tucked' ? 'translate-y-[calc(100%+1rem)] focus:translate-y-0 xl:translate-y-0' : ''}`}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M12 19V5M5 12l7-7 7 7" />
      </svg>
    </button>
  );
}

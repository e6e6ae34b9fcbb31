'use client';

import { useEffect, useState } from 'react';
import { pageText } from '@/lib/strings/page-controls';

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
    // The page may start part-way down (a restored scroll position, or a scroll before this script
    // ran): place the button for where the reader is now, not only on the next scroll.
    if (scrollY > innerHeight) setPlace('tucked');
    return () => removeEventListener('scroll', onScroll);
  }, []);
  if (place === 'none') return null;
  const toTop = () => {
    scrollTo({ top: 0, behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth' });
    document.getElementById(targetId)?.focus({ preventScroll: true });
  };
  return (
    // Its look is app/globals.css's `.back-to-top`, which keeps this script small.
    <button type="button" onClick={toTop} aria-label={pageText.backToTop} className={place === 'tucked' ? 'back-to-top tucked' : 'back-to-top'}>
      <svg aria-hidden="true" viewBox="0 0 24 24">
        <path d="M12 19V5M5 12l7-7 7 7" />
      </svg>
    </button>
  );
}

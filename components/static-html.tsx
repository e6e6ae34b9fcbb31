'use client';

import { useEffect, useRef } from 'react';
import { stashedHtml } from '@/lib/static-html';

type Props = {
  as: 'div' | 'script';
  stash: string;
  /** The HTML is empty (an article with no body): an element with nothing in it is then right. */
  empty?: boolean;
  id?: string;
  className?: string;
  type?: string;
  'data-testid'?: string;
};

/**
 * Static HTML (an article body, structured data, the head script) sent once. A server component
 * would put it in the page twice: as HTML, and again in the payload React hydrates from, which for
 * an article is a second copy of the whole text. Here the server-side render takes the HTML from the stash
 * (lib/static-html.ts), so only the stash key travels in the payload; in the browser the element
 * renders with an empty `__html`, and React leaves the server's content in place, as it does for
 * `dangerouslySetInnerHTML` while hydrating and whenever the value has not changed.
 *
 * Pages are never entered by client-side navigation (the site links with plain `<a>`); should one
 * be, the element would mount empty, and the page reloads (once) to get its HTML from the server.
 */
export function StaticHtml({ as: Tag, stash, empty = false, ...props }: Props) {
  const element = useRef<HTMLElement>(null);
  const html = typeof window === 'undefined' ? (stashedHtml(stash) ?? '') : '';
  useEffect(() => {
    if (Tag !== 'div' || empty || element.current?.hasChildNodes()) return;
    const reloaded = `yuedu:reloaded:${window.location.pathname}`;
    if (sessionStorage.getItem(reloaded)) return;
    sessionStorage.setItem(reloaded, '1');
    window.location.reload();
  }, [Tag, empty]);
  return <Tag ref={element as never} {...props} dangerouslySetInnerHTML={{ __html: html }} suppressHydrationWarning />;
}

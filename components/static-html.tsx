'use client';

import { useEffect, useRef } from 'react';
import { stashedHtml, type StaticHtmlSource } from '@/lib/static-html';

/** The elements static HTML is sent in. */
export type StaticHtmlTag = 'div' | 'script' | 'footer';

type Props = StaticHtmlSource & {
  as: StaticHtmlTag;
  /** The HTML is empty (an article with no body): an element with nothing in it is then right. */
  empty?: boolean;
  id?: string;
  className?: string;
  type?: string;
  'data-testid'?: string;
};

/**
 * Static HTML (an article body, structured data, the head script, the static parts of a page)
 * sent once. A server component would put it in the page twice: as HTML, and again in the payload
 * React hydrates from, which for an article is a second copy of the whole text. Here the
 * server-side render takes the HTML from the stash (lib/static-html.ts), so only the stash key
 * travels in the payload; in the browser the element
 * renders with an empty `__html`, and React leaves the server's content in place, as it does for
 * `dangerouslySetInnerHTML` while hydrating and whenever the value has not changed.
 *
 * Pages are never entered by client-side navigation (the site links with plain `<a>`); should one
 * be, the element would mount empty, and the page reloads (once) to get its HTML from the server.
 */
export function StaticHtml({ as: Tag, empty = false, ...props }: Props) {
  const element = useRef<HTMLElement>(null);
  const { stash, html: sent, ...attributes } = props as Partial<{ stash: string; html: string }> & Omit<Props, 'as' | 'empty'>;
  // In the payload under `next dev`; otherwise left in the stash by the server component.
  const html = sent ?? (typeof window === 'undefined' ? (stashedHtml(stash!) ?? '') : '');
  useEffect(() => {
    if (Tag === 'script' || empty || element.current?.hasChildNodes()) return;
    const reloaded = `yuedu:reloaded:${window.location.pathname}`;
    if (sessionStorage.getItem(reloaded)) return;
    sessionStorage.setItem(reloaded, '1');
    window.location.reload();
  }, [Tag, empty]);
  return <Tag ref={element as never} {...attributes} dangerouslySetInnerHTML={{ __html: html }} suppressHydrationWarning />;
}

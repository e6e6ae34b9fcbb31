'use client';

import type { MouseEvent, ReactNode } from 'react';
import { useTipDialog } from './tip-dialog';

/**
 * A link to the tip page that, once JavaScript runs on an article with a tip dialog, opens the
 * dialog instead. Clicks meant for a new tab or window keep their usual meaning.
 */
export function TipLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  const dialog = useTipDialog();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!dialog || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    dialog.open(event.currentTarget);
  };
  return (
    <a href={href} onClick={onClick} className={className}>
      {children}
    </a>
  );
}

'use client';

import { useEffect, useRef } from 'react';
import { readerText } from '@/lib/strings/reader';
import { AuthorAvatar } from '../author-avatar';
import { signInHref, useReader } from './reader-provider';

/**
 * 登录, or the signed-in reader's avatar with a menu (我的主页, 退出登录), in the header. Rendered
 * only when login is on, in a slot of the header as wide as 登录, so the header does not shift when
 * the session is known.
 */
export function AccountMenu() {
  const { status, user } = useReader();
  const menu = useRef<HTMLDetailsElement>(null);

  // A click anywhere else, or Esc, closes the menu, as a menu button's menu does.
  useEffect(() => {
    const close = (event: Event) => {
      const details = menu.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !details.contains(event.target as Node)) {
        details.open = false;
        if (event instanceof KeyboardEvent) details.querySelector('summary')?.focus();
      }
    };
    document.addEventListener('click', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('click', close);
      document.removeEventListener('keydown', close);
    };
  }, []);

  if (status === 'loading' || status === 'off') return <span aria-hidden="true" className="size-8" />;
  if (status === 'signed-out' || !user) {
    return (
      <a
        href="/login"
        onClick={(event) => {
          event.preventDefault();
          window.location.assign(signInHref());
        }}
        className="pill shrink-0"
      >
        {readerText.signIn}
      </a>
    );
  }
  const name = user.name ?? readerText.unnamed;
  return (
    <details ref={menu} className="relative shrink-0">
      <summary aria-label={readerText.menu(name)} className="flex cursor-pointer list-none items-center rounded-full [&::-webkit-details-marker]:hidden">
        <AuthorAvatar author={{ name, avatar: user.image ?? undefined }} size="row" />
      </summary>
      <div className="popover-panel absolute right-0 z-30 mt-2 w-44 p-1 text-sm">
        <p className="truncate px-3 py-2 text-muted">{name}</p>
        <a href="/me" className="menu-item">
          {readerText.myPage}
        </a>
        <button
          type="button"
          className="menu-item"
          onClick={async () => {
            // Loaded on demand: only a reader signing out needs next-auth's client.
            const { signOut } = await import('next-auth/react');
            await signOut({ callbackUrl: window.location.pathname });
          }}
        >
          {readerText.signOut}
        </button>
      </div>
    </details>
  );
}

import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { BackToTop } from '@/components/back-to-top';
import { ReaderProvider } from '@/components/reader/reader-provider';
import { SiteFooter } from '@/components/site-footer';
import { MAIN_ID, SiteHeader } from '@/components/site-header';
import { loginEnabled } from '@/lib/auth/login-enabled';
import { getContentVersion } from '@/lib/content';
import { env } from '@/lib/env';
import { site } from '@/lib/site';
import { HEAD_SCRIPT_ID, headScript } from '@/lib/head-script';
import { staticHtmlSource } from '@/lib/static-html';
import { StaticHtml } from '@/components/static-html';
import './globals.css';

// Development only. Under `next build` the condition is a constant, so the refresher is not even
// bundled: a static import would ship its code to every page's first load, rendered or not.
const ContentRefresher = process.env.NODE_ENV === 'production' ? undefined : (await import('@/components/content-refresher')).ContentRefresher;

export const metadata: Metadata = {
  metadataBase: new URL(env().siteUrl),
  title: { default: site.name, template: `%s · ${site.name}` },
  description: site.description,
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fafaf9' },
    { media: '(prefers-color-scheme: dark)', color: '#0c0a09' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The head script sets the reader's choices on <html> before hydration; React must not complain about them.
    <html lang={site.locale} suppressHydrationWarning>
      <head>
        {/* In the HTML once, not a second time in the payload React hydrates from. */}
        <StaticHtml as="script" id={HEAD_SCRIPT_ID} {...staticHtmlSource(headScript)} />
        {/* No frame until <main> has begun, so the whole header is parsed: a header painted in part
            (its row without the controls on the right) grows when the rest arrives and moves the page. */}
        <link rel="expect" href={`#${MAIN_ID}`} blocking="render" />
      </head>
      <body className="flex min-h-dvh flex-col">
        {/* The session is read in the browser, so pages stay static; see components/reader/. */}
        <ReaderProvider loginEnabled={loginEnabled()}>
          <SiteHeader />
          {/* Focusable, but not in the tab order: the skip link and 回到顶部 move focus here. */}
          <main id={MAIN_ID} tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 outline-none">
            {children}
          </main>
          <SiteFooter />
          <BackToTop targetId={MAIN_ID} />
        </ReaderProvider>
        {ContentRefresher && <ContentRefresher version={getContentVersion()} />}
      </body>
    </html>
  );
}

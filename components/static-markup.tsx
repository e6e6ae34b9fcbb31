import { toHtml } from 'hast-util-to-html';
import type { ReactNode } from 'react';
import { reactToHast } from '@/lib/react-to-hast';
import { staticHtmlSource } from '@/lib/static-html';
import { StaticHtml, type StaticHtmlTag } from './static-html';

type Props = { as: Exclude<StaticHtmlTag, 'script'>; className?: string; children: ReactNode };

/**
 * Server components with nothing to hydrate (links, headings, text, a plain form), rendered to
 * HTML here and sent once, as an article body is (components/static-html.tsx). Rendered as usual,
 * the site header alone would travel twice in every page: as HTML, and again in the payload React
 * hydrates from, which gzip cannot shorten, the two copies being too far apart in the page. What
 * must act in the browser goes beside it, not inside: lib/react-to-hast.ts refuses it.
 */
export async function StaticMarkup({ as, className, children }: Props) {
  const html = toHtml(await reactToHast(children));
  return <StaticHtml as={as} className={className} {...staticHtmlSource(html)} empty={html === ''} />;
}

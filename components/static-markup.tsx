import { toHtml } from 'hast-util-to-html';
import type { ReactNode } from 'react';
import { reactToHast } from '@/lib/react-to-hast';
import { staticHtmlSource } from '@/lib/static-html';
import { StaticHtml, type StaticHtmlTag } from './static-html';

type Props = { as: Exclude<StaticHtmlTag, 'script'>; className?: string; children: ReactNode };

/**
 * Server components with nothing to hydrate (links, headings, text), rendered to HTML here and sent
 * once, as an article body is (components/static-html.tsx). Rendered as usual, an article's
 * category path, title, author card, pager and related articles would travel twice: as HTML, and
 * again in the payload React hydrates from, where gzip cannot shorten them, the two copies being
 * too far apart in the page. What must act in the browser goes beside it, not inside:
 * lib/react-to-hast.ts refuses it.
 *
 * Only inside a page, never in the layout: a page that fails to render is drawn in the browser
 * from the payload alone (the site's error page), and the layout's header and footer must still be
 * there around it.
 */
export async function StaticMarkup({ as, className, children }: Props) {
  const html = toHtml(await reactToHast(children));
  return <StaticHtml as={as} className={className} {...staticHtmlSource(html)} empty={html === ''} />;
}

import { serializeJsonLd } from '@/lib/seo';
import { staticHtmlSource } from '@/lib/static-html';
import { StaticHtml } from './static-html';

/** Structured data for search engines, sent once; `serializeJsonLd` keeps every value inside the script. */
export function JsonLd({ data }: { data: object }) {
  return <StaticHtml as="script" type="application/ld+json" {...staticHtmlSource(serializeJsonLd(data))} />;
}

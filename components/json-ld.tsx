import { serializeJsonLd } from '@/lib/seo';

/** Structured data for search engines; `serializeJsonLd` keeps every value inside the script. */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}

import { notFound, permanentRedirect } from 'next/navigation';
import { getMovedAddress } from '@/lib/content';
import { decodeParam } from '@/lib/content/slug';

type Props = { params: Promise<{ path: string[] }> };

// Answered on every request: a table lookup, no page to render. (A kept answer would also do, but
// Next sends the first one of a redirect with its Location header twice, which strict clients refuse.)
export const dynamic = 'force-dynamic';

/** The last segment proxy.ts adds: the address ended in `/`, or in `.html` / `.htm`. */
const SLASH = '-';
const ENDINGS: Record<string, string> = { '-html': '.html', '-htm': '.htm' };

/**
 * An address that ended in `/` or `.html` (proxy.ts sends them here): where a Hexo blog had it, the
 * address it has now. Otherwise a slash is dropped, as Next would do it, and an `.html` address the
 * blog never had is not found.
 */
export default async function MovedPage({ params }: Props) {
  const segments = (await params).path;
  const marker = segments.at(-1)!;
  const slashed = marker === SLASH;
  const path = segments.slice(0, -1);
  if (!slashed && ENDINGS[marker] && path.length > 0) path[path.length - 1] += ENDINGS[marker];
  const moved = await getMovedAddress(path);
  if (moved) permanentRedirect(moved);
  if (!slashed) notFound();
  permanentRedirect(`/${path.map((s) => encodeURIComponent(decodeParam(s))).join('/')}`);
}

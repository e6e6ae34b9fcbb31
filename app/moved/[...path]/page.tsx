import { permanentRedirect } from 'next/navigation';
import { getMovedAddress } from '@/lib/content';
import { decodeParam } from '@/lib/content/slug';

type Props = { params: Promise<{ path: string[] }> };

// Each address is answered once and the answer kept, renewed like the pages it points to.
export const revalidate = 300;

/** None ahead of time: every answer is made on the first request for it, then kept. */
export async function generateStaticParams() {
  return [];
}

/**
 * An address that ended in `/` (proxy.ts sends them here): where a Hexo blog had it, the address it
 * has now; otherwise the same address without the slash, which Next would have redirected to.
 */
export default async function MovedPage({ params }: Props) {
  const segments = (await params).path;
  permanentRedirect((await getMovedAddress(segments)) ?? `/${segments.map((s) => encodeURIComponent(decodeParam(s))).join('/')}`);
}

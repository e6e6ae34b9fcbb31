import { getContentIndex, getContentVersion } from '@/lib/content';
import { env } from '@/lib/env';

/** Development only: how many times content has changed, polled by open pages to refresh themselves. */
export async function GET(): Promise<Response> {
  if (env().production) return Response.json({ error: 'not found' }, { status: 404 });
  // Reading the index starts the watcher, if no page has yet.
  await getContentIndex();
  return Response.json({ version: getContentVersion() }, { headers: { 'Cache-Control': 'no-store' } });
}

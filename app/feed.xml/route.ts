import { feedResponse, siteChannel } from '@/lib/feed/channels';

export const dynamic = 'force-static';

export function GET() {
  return feedResponse(siteChannel, 'rss');
}

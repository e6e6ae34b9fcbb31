import fs from 'node:fs/promises';
import { getSiteFile } from '@/lib/content';
import { absoluteUrl } from '@/lib/seo';

export const dynamic = 'force-static';

/**
 * Tip pages only repeat the author page; the rest are a reader's or an author's own pages. All of
 * them are marked noindex as well.
 */
const PRIVATE = ['/authors/*/tip', '/me', '/login', '/drafts', '/moderation', '/preview/', '/api/'];

/**
 * robots.txt: the site's own rules and sitemap, after the rules of a Hexo site's own robots.txt
 * when it has one (crawlers combine groups for the same user agent, so both apply).
 */
export async function GET() {
  const ours = ['User-Agent: *', 'Allow: /', ...PRIVATE.map((path) => `Disallow: ${path}`), '', `Sitemap: ${absoluteUrl('/sitemap.xml')}`, ''].join('\n');
  const file = await getSiteFile(['robots.txt']);
  const theirs = file && (await fs.readFile(file, 'utf8').catch(() => undefined));
  return new Response(theirs ? `${theirs.trimEnd()}\n\n${ours}` : ours, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

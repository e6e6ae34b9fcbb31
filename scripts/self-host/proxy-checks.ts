// What the proxy must do besides balancing, checked before the soak: compress, keep a page the
// site lets it keep and serve it from its cache, and never do so for a reader with a session or
// for a page the site marks private.
import { articleHref } from '@/lib/content/href';
import { SEED_SLUG } from '../bench/seed';

type Answer = { encoding: string | null; cache: string | null };

async function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, { headers: { 'accept-encoding': 'gzip', ...headers } });
  await response.arrayBuffer();
  return { encoding: response.headers.get('content-encoding'), cache: response.headers.get('x-cache-status') };
}

/**
 * The problems found, empty when the proxy behaves; and what it answered, for the report.
 * `instanceUrl`: one of the instances behind it, started with COMPRESS=false, so compression is the
 * proxy's alone.
 */
export async function checkProxy(proxyUrl: string, instanceUrl: string): Promise<{ problems: string[]; seen: Record<string, string> }> {
  const article = proxyUrl + articleHref(SEED_SLUG);
  const direct = await get(instanceUrl + articleHref(SEED_SLUG));
  const first = await get(article);
  const second = await get(article);
  const withSession = await get(article, { cookie: 'theme=dark; next-auth.session-token=reader' });
  const search = proxyUrl + `/search?q=${encodeURIComponent('产品经理')}`;
  await get(search);
  const searchAgain = await get(search);
  const seen = {
    'article, from an instance': `${direct.encoding ?? 'uncompressed'}`,
    'article, first': `${first.cache} ${first.encoding}`,
    'article, again': `${second.cache} ${second.encoding}`,
    'article, with a session': `${withSession.cache}`,
    'search, again': `${searchAgain.cache}`,
  };
  const problems = [
    direct.encoding !== null && `an instance started with COMPRESS=false compressed the article itself (Content-Encoding: ${direct.encoding})`,
    second.encoding !== 'gzip' && `the article was not sent gzip-compressed (Content-Encoding: ${second.encoding})`,
    second.cache !== 'HIT' && `the article asked for twice was not served from the proxy's cache the second time (X-Cache-Status: ${second.cache})`,
    withSession.cache !== 'BYPASS' && `a request with a session cookie did not bypass the cache (X-Cache-Status: ${withSession.cache})`,
    searchAgain.cache === 'HIT' && 'a search result page (private, no-store) was served from the cache',
  ].filter((problem): problem is string => Boolean(problem));
  return { problems, seen };
}

// What the proxy must do besides balancing, checked before the soak: compress, keep a page the
// site lets it keep and serve it from its cache (a compressed copy and a plain one), and never do so for a reader with a session or
// for a page the site marks private.
import fs from 'node:fs';
import path from 'node:path';
import { articleHref } from '@/lib/content/href';
import { SEED_SLUG } from '../bench/seed';

type Answer = { encoding: string | null; cache: string | null };

async function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, { headers: { 'accept-encoding': 'gzip, deflate, br', ...headers } });
  await response.arrayBuffer();
  return { encoding: response.headers.get('content-encoding'), cache: response.headers.get('x-cache-status') };
}

/**
 * The encodings of the copies of `pathname` in nginx's cache folder, read from each entry's own
 * header (its KEY line ends with the encoding asked of the instances, `gzip` or nothing) and from
 * the response kept after it.
 */
function cachedCopies(cacheDir: string, pathname: string): string[] {
  return fs
    .readdirSync(cacheDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => fs.readFileSync(path.join(entry.parentPath, entry.name)).subarray(0, 4096).toString('latin1'))
    .filter((head) => new RegExp(`\\nKEY: [^\\n]*${pathname}(gzip)?\\n`).test(head))
    .map((head) => /\r\ncontent-encoding: *(\S+)/i.exec(head)?.[1] ?? 'plain')
    .sort();
}

/**
 * The problems found, empty when the proxy behaves; and what it answered, for the report.
 * `cacheDir`: nginx's cache folder, where a page must be kept compressed, not compressed per hit.
 */
export async function checkProxy(proxyUrl: string, cacheDir: string): Promise<{ problems: string[]; seen: Record<string, string> }> {
  const article = proxyUrl + articleHref(SEED_SLUG);
  const first = await get(article);
  const second = await get(article);
  // A client that takes no gzip has its own copy in the cache, never the compressed one.
  await get(article, { 'accept-encoding': 'identity' });
  const plain = await get(article, { 'accept-encoding': 'identity' });
  const withSession = await get(article, { cookie: 'theme=dark; next-auth.session-token=reader' });
  const copies = cachedCopies(cacheDir, articleHref(SEED_SLUG));
  const search = proxyUrl + `/search?q=${encodeURIComponent('产品经理')}`;
  await get(search);
  const searchAgain = await get(search);
  const seen = {
    'article, first': `${first.cache} ${first.encoding}`,
    'article, again': `${second.cache} ${second.encoding}`,
    'article, without gzip, again': `${plain.cache} ${plain.encoding ?? 'plain'}`,
    'article, copies in the cache': copies.join(' + '),
    'article, with a session': `${withSession.cache}`,
    'search, again': `${searchAgain.cache}`,
  };
  const problems = [
    second.encoding !== 'gzip' && `the article was not sent gzip-compressed (Content-Encoding: ${second.encoding})`,
    second.cache !== 'HIT' && `the article asked for twice was not served from the proxy's cache the second time (X-Cache-Status: ${second.cache})`,
    plain.encoding !== null && `a client that takes no gzip was sent the article compressed (Content-Encoding: ${plain.encoding})`,
    plain.cache !== 'HIT' && `the uncompressed article asked for twice was not served from the cache the second time (X-Cache-Status: ${plain.cache})`,
    copies.join(' + ') !== 'gzip + plain' && `the cache should keep the article once compressed and once plain, so no hit is compressed on the way; it keeps: ${copies.join(' + ') || 'nothing'}`,
    withSession.cache !== 'BYPASS' && `a request with a session cookie did not bypass the cache (X-Cache-Status: ${withSession.cache})`,
    searchAgain.cache === 'HIT' && 'a search result page (private, no-store) was served from the cache',
  ].filter((problem): problem is string => Boolean(problem));
  return { problems, seen };
}

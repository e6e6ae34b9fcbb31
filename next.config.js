// @ts-check
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The name the build's content step gives this build's files (lib/build-files.ts): `next`, `next-test`, … */
const buildName = path.basename(process.env.NEXT_DIST_DIR || '.next').replace(/^\.+/, '') || 'next';

/**
 * Sent with every response. Pages are static HTML that Next.js boots with inline scripts, so
 * script-src allows inline scripts (a nonce would make every page render per request) but no other
 * origin and no eval outside development, where React needs it for its debugging aids. Article
 * bodies are sanitized before they reach a page (lib/content/sanitize.ts); the policy is the second
 * line: no plugins, no <base> rewriting, no framing by other sites, images from anywhere over https
 * (imported articles keep their hot-linked images), audio and video files likewise, frames only of
 * the site itself (a post's PDF) and of the named video and music players articles may embed
 * (EMBED_FRAME_SOURCES, lib/hexo/tags/embed-players.ts, which a test holds this list to), everything
 * else from this site only.
 */
const EMBED_FRAME_SOURCES = ['https://www.youtube-nocookie.com', 'https://player.bilibili.com', 'https://player.vimeo.com', 'https://music.163.com', 'https://v.qq.com'];

export function securityHeaders(production = process.env.NODE_ENV === 'production') {
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${production ? '' : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' https: data: blob:",
    "font-src 'self'",
    "media-src 'self' https:",
    `frame-src 'self' ${EMBED_FRAME_SOURCES.join(' ')}`,
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ];
  return [
    { key: 'Content-Security-Policy', value: policy.join('; ') },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
    // Browsers ignore it over plain http, so a local `next start` is unaffected.
    ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ];
}

/**
 * A Hexo site's own files (lib/hexo/site-files.ts) are served from its source folder at run time;
 * a deployment's trace must ship them. Only a folder inside the project can be traced.
 */
const hexoDir = process.env.HEXO_DIR && path.relative(process.cwd(), path.resolve(process.env.HEXO_DIR));
const hexoSource = hexoDir && !hexoDir.startsWith('..') && !path.isAbsolute(hexoDir) ? [`./${hexoDir}/**/*`] : [];

/**
 * Addresses with a file extension other than .html that neither a page nor public/ has: a Hexo
 * site's images and downloads (app/site-files). The site's own routes that end in a file name
 * (an article's QR code, per-author feeds, sitemaps) are left to their routes.
 */
const siteFileRewrite = {
  source: '/:path((?!_next/|api/|articles/|feeds/|sitemap/|site-files/)(?:.+/)?[^/]+\\.(?!html?$)[^./]+)',
  destination: '/site-files/:path',
};

/**
 * With REDIS_URL set, the ISR and data cache and its tag invalidations are shared by every instance
 * through Redis (lib/cache/redis-handler.mjs); unset, each process keeps its own, as one instance
 * needs. `next start` reads this file again, so a build made without REDIS_URL shares its cache
 * when started with it; a standalone server keeps the configuration of its build, so build it with
 * REDIS_URL set too. Vercel shares its cache across instances itself, so it keeps its own.
 */
const sharedCacheHandler = process.env.REDIS_URL?.trim() && !process.env.VERCEL
  ? { cacheHandler: fileURLToPath(new URL('./lib/cache/redis-handler.mjs', import.meta.url)) }
  : {};

/**
 * COMPRESS=false: answers leave uncompressed, for a proxy or CDN in front that compresses on its
 * own. Unset or `true`, `next start` gzips each answer a client accepts gzip for, on every request:
 * almost half of its throughput on a cached article. deploy/'s nginx keeps it on, and asks for gzip
 * only when a page enters its cache.
 */
function compressPages(value = process.env.COMPRESS?.trim() ?? '') {
  if (value === '' || value === 'true') return true;
  if (value === 'false') return false;
  throw new Error(`COMPRESS must be "true" or "false" (or unset, which means true), not "${value}"`);
}

/** `next build` and `next start` run with NODE_ENV=production; `next dev` without. */
const production = process.env.NODE_ENV === 'production';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder so `npm test` never clobbers a running `npm run dev`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // NEXT_OUTPUT=standalone: a self-contained server (`node .next/standalone/server.js`) for hosting
  // without Vercel; unset, `next start` and Vercel, which packages the build itself.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  ...sharedCacheHandler,
  poweredByHeader: false,
  compress: compressPages(),
  // Addresses ending in `/` are sent where they belong in one step by proxy.ts (a Hexo blog's old
  // addresses all end so), not first stripped of their slash.
  skipTrailingSlashRedirect: true,
  // An ETag is a hash of the whole page computed on every request: a seventh of the CPU time of
  // serving a cached article. Pages change only on deploy or revalidation, and CDNs add their own.
  generateEtags: false,
  experimental: {
    // `next start` loads a route's code on its first request, not every route's at start. A server
    // then holds only the code of the pages it serves, and memory held costs time on every answer:
    // a cached article took about 5 % less CPU time (npm run bench -- serve). Vercel never preloads.
    preloadEntriesOnStart: false,
    // Static pages are generated by one worker per core. Next's default leaves one core idle,
    // which on a two-core build machine halves the speed of the longest build step.
    cpus: os.availableParallelism(),
    // Pages rendered on request stay in the in-memory cache (a bounded LRU) rather than being
    // written into the build folder: a server writes nothing at run time, as on Vercel, and made-up
    // addresses cannot fill the disk with their 404 pages.
    isrFlushToDisk: false,
    // Pages are entered by plain links, never by client-side navigation, so nothing reads the
    // per-segment prefetch files. Inlining them measures every segment's gzip size while
    // prerendering: off, a 10,000-article build prerenders its pages in a fifth less time.
    prefetchInlining: false,
    // No source maps in a production build: making them and loading them into every render worker
    // was about a sixth of the CPU time of a 10,000-article build (npm run bench -- hexo), and they
    // serve only stack traces, which `next dev` keeps. Client maps were never published.
    ...(production ? { turbopackSourceMaps: false } : {}),
  },
  // Prerender workers resolve stack traces through the maps; with none made, that is work for nothing.
  enablePrerenderSourceMaps: !production,
  reactStrictMode: true,
  // `next build` does not check types again: `npm test` (and CI) starts with `npm run typecheck`,
  // which checks the scripts and tests too. Checking in the build took 16 s of a 10,000-article
  // build on two cores (npm run bench -- hexo), and types change nothing in the code it emits.
  typescript: { ignoreBuildErrors: true },
  // Article bodies are read from content/ at build time; make sure the serverless trace ships them.
  // The search page reads the index that `npm run build` writes to .search/ before `next build`.
  outputFileTracingIncludes: {
    // drizzle/: the migrations that the first database use applies (lib/db/availability.ts).
    // .content/: the content manifest every server reads instead of every article (lib/content/manifest.ts).
    '/**': ['./content/**/*', `./.content/${buildName}.json`, './drizzle/*.sql', './drizzle/meta/*.json', ...hexoSource],
    '/search': [`./.search/${buildName}.bin`],
  },
  // PGlite loads its WebAssembly build and data files from its own package folder at run time.
  serverExternalPackages: ['@electric-sql/pglite'],
  // The sitemap index (app/sitemap-index.xml) answers at the conventional address, which Next keeps
  // for app/sitemap.ts even though, split by generateSitemaps, that serves /sitemap/<id>.xml only.
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders() }];
  },
  async rewrites() {
    return [{ source: '/sitemap.xml', destination: '/sitemap-index.xml' }, siteFileRewrite];
  },
};

export default nextConfig;

// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder so `npm test` never clobbers a running `npm run dev`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // Article bodies are read from content/ at build time; make sure the serverless trace ships them.
  // The search page reads the index that `npm run build` writes to .search/ before `next build`.
  outputFileTracingIncludes: {
    // drizzle/: the migrations that the first database use applies (lib/db/availability.ts).
    '/**': ['./content/**/*', './drizzle/*.sql', './drizzle/meta/*.json'],
    '/search': ['./.search/**/*'],
  },
  // PGlite loads its WebAssembly build and data files from its own package folder at run time.
  serverExternalPackages: ['@electric-sql/pglite'],
  // The sitemap index (app/sitemap-index.xml) answers at the conventional address, which Next keeps
  // for app/sitemap.ts even though, split by generateSitemaps, that serves /sitemap/<id>.xml only.
  async rewrites() {
    return [{ source: '/sitemap.xml', destination: '/sitemap-index.xml' }];
  },
};

export default nextConfig;

// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder so `npm test` never clobbers a running `npm run dev`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // Article bodies are read from content/ at build time; make sure the serverless trace ships them.
  outputFileTracingIncludes: { '/**': ['./content/**/*'] },
  // The sitemap index (app/sitemap-index.xml) answers at the conventional address, which Next keeps
  // for app/sitemap.ts even though, split by generateSitemaps, that serves /sitemap/<id>.xml only.
  async rewrites() {
    return [{ source: '/sitemap.xml', destination: '/sitemap-index.xml' }];
  },
};

export default nextConfig;

// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder so `npm test` never clobbers a running `npm run dev`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // Article bodies are read from content/ at build time; make sure the serverless trace ships them.
  outputFileTracingIncludes: { '/**': ['./content/**/*'] },
};

export default nextConfig;

// Served as the site is: no ETag and the site's own security headers, so the floor pays for what
// the site's pages pay for.
import { securityHeaders } from '../../../next.config.js';

/** @type {import('next').NextConfig} */
export default {
  poweredByHeader: false,
  generateEtags: false,
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders() }];
  },
};

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { NextConfig } from 'next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { repoRoot } from './helpers';

// Plain JavaScript, typed by its JSDoc: loaded by URL as the NextConfig it declares.
const nextConfig = ((await import(pathToFileURL(path.join(repoRoot, 'next.config.js')).href)) as { default: NextConfig }).default;

/** The headers next.config.js sends with every path, as a name → value map. */
async function headersFor(mode: 'production' | 'development') {
  vi.stubEnv('NODE_ENV', mode);
  const rules = await nextConfig.headers!();
  expect(rules.map((r) => r.source)).toEqual(['/:path*']);
  return new Map(rules[0]!.headers.map((h) => [h.key.toLowerCase(), h.value]));
}

describe('security headers', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('allow no eval in production, and keep HSTS to production', async () => {
    const production = await headersFor('production');
    expect(production.get('content-security-policy')).not.toContain('unsafe-eval');
    expect(production.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
  });

  it('let React’s development aids use eval under `next dev`, and send no HSTS for localhost', async () => {
    const development = await headersFor('development');
    expect(development.get('content-security-policy')).toMatch(/script-src 'self' 'unsafe-inline' 'unsafe-eval'/);
    expect(development.has('strict-transport-security')).toBe(false);
    expect(development.get('x-content-type-options')).toBe('nosniff');
  });
});

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { NextConfig } from 'next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { repoRoot } from './helpers';

let loads = 0;

/** next.config.js evaluated afresh with COMPRESS as given: each import under its own query. */
async function configWith(compress: string | undefined): Promise<NextConfig> {
  vi.stubEnv('COMPRESS', compress);
  const url = `${pathToFileURL(path.join(repoRoot, 'next.config.js')).href}?load=${++loads}`;
  return ((await import(/* @vite-ignore */ url)) as { default: NextConfig }).default;
}

describe('COMPRESS', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('unset or true: next start compresses; false: it leaves that to the proxy in front', async () => {
    expect((await configWith(undefined)).compress).toBe(true);
    expect((await configWith('true')).compress).toBe(true);
    expect((await configWith(' false ')).compress).toBe(false);
  });

  it('anything else stops the server with a message naming the variable and the value', async () => {
    await expect(configWith('off')).rejects.toThrow('COMPRESS must be "true" or "false" (or unset, which means true), not "off"');
  });
});

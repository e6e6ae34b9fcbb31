import { execFileSync } from 'node:child_process';

/**
 * The system Chromium (Debian package `chromium`), found on PATH or given as CHROMIUM_PATH:
 * Playwright cannot download its own browsers here. Shared by the e2e tests and the benchmarks.
 */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (found) return found;
    } catch {
      // not on PATH under this name
    }
  }
  throw new Error('No Chromium found: install the Debian package `chromium` (apt-get install chromium) or set CHROMIUM_PATH.');
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Only the local servers are reachable; anything else (article images on remote hosts) fails at
  // once instead of waiting on a network that is not there.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

import { databaseLocation, warnIfTipsUnavailable } from './db/availability';
import { lockDataDir } from './db/data-dir-lock';
import { env } from './env';

/**
 * Run once when a server starts (instrumentation.ts). A server whose environment is wrong (a
 * production site with login on but no NEXTAUTH_SECRET, half a provider, a malformed
 * DATABASE_URL), or whose PGlite folder another server already uses, stops here saying why, rather
 * than answering every request with an error; and the log says at once, rather than at the first
 * tip, when tips cannot be recorded.
 */
export async function checkAtStartup(): Promise<void> {
  try {
    env();
    const location = databaseLocation();
    if ('dataDir' in location) await lockDataDir(location.dataDir);
  } catch (error) {
    console.error(`[启动] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  warnIfTipsUnavailable();
}

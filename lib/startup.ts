import { warnIfTipsUnavailable } from './db/availability';
import { env } from './env';

/**
 * Run once when a server starts (instrumentation.ts). A server whose environment is wrong (a
 * production site with login on but no NEXTAUTH_SECRET, half a provider, a malformed
 * DATABASE_URL) stops here with the variable's name, rather than answering every request with an
 * error; and the log says at once, rather than at the first tip, when tips cannot be recorded.
 */
export function checkAtStartup(): void {
  try {
    env();
  } catch (error) {
    console.error(`[启动] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  warnIfTipsUnavailable();
}

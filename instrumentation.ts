/**
 * Next.js calls register() once whenever a server starts (not during `next build`). A server whose
 * environment is wrong (a production site with login on but no NEXTAUTH_SECRET, half a provider, a
 * malformed DATABASE_URL) stops here with the variable's name, rather than answering every request
 * with an error; and the log says at once, rather than at the first tip, when tips cannot be recorded.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { env } = await import('./lib/env');
  try {
    env();
  } catch (error) {
    console.error(`[启动] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const { warnIfTipsUnavailable } = await import('./lib/db/availability');
  warnIfTipsUnavailable();
}

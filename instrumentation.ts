/**
 * Next.js calls register() once whenever a server starts (not during `next build`): the log then
 * says at once, rather than at the first tip, when tips cannot be recorded.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { warnIfTipsUnavailable } = await import('./lib/db/availability');
  warnIfTipsUnavailable();
}

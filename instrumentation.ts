/** Next.js calls register() once whenever a server starts (not during `next build`). */
export async function register(): Promise<void> {
  // Written as a block rather than an early return, so the Edge build drops the Node-only import.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkAtStartup } = await import('./lib/startup');
    checkAtStartup();
  }
}

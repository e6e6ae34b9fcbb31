/** Next.js calls register() once whenever a server starts (not during `next build`). */
export async function register(): Promise<void> {
  // Written as a block rather than an early return, so the Edge build drops the Node-only imports.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { appendPeerAddresses } = await import('./lib/client-address/peer-stamp');
    appendPeerAddresses();
    const { sendCachedPagesAsBytes } = await import('./lib/cache/page-bytes');
    sendCachedPagesAsBytes();
    const { checkAtStartup } = await import('./lib/startup');
    await checkAtStartup();
  }
}

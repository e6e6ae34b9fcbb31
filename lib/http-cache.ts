/**
 * Caching of the responses that route handlers compute on request (per-author and per-category
 * feeds, QR codes): too many to build ahead of time, cheap to make, and worth keeping in a CDN for
 * a while. A minute-scale staleness is fine for all of them; a 404 is never kept, so an address
 * that becomes valid later (a new author, a scheduled article) works at once.
 */
export const SHARED_CACHE_CONTROL = 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400';

export function notFoundResponse(): Response {
  return new Response(null, { status: 404, headers: { 'Cache-Control': 'private, no-store' } });
}

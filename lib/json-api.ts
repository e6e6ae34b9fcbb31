/**
 * What the site's JSON write endpoints (/api/reader/…, /api/tips) share: answers that are never
 * cached, refusals with a message a person can read, the same-site check, and a size-limited JSON
 * body.
 */
import { t } from './strings';

const errors = t.reader.errors;

const noStore = { 'Cache-Control': 'private, no-store' };

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...noStore, ...headers } });
}

export const refuse = (status: number, message: string, headers?: Record<string, string>) => json({ error: message }, status, headers);

/**
 * A browser's request from another site carries that site's origin; SameSite=Lax cookies already
 * keep the session off such writes, and this refuses them outright.
 */
export function fromThisSite(request: Request): boolean {
  if (request.headers.get('sec-fetch-site') === 'cross-site') return false;
  const origin = request.headers.get('origin');
  if (!origin) return true;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** The request's JSON body, at most `maxBytes`; otherwise the refusal to send (415, 413 or 400). */
export async function readJson(request: Request, maxBytes: number): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) return { ok: false, response: refuse(415, errors.unsupportedType) };
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) return { ok: false, response: refuse(413, errors.tooLarge) };
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) return { ok: false, response: refuse(413, errors.tooLarge) };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, response: refuse(400, errors.invalid) };
  }
}

/**
 * The answer to a method a JSON endpoint does not take: a 405 that says which it does, where
 * Next.js's own 405 has no body. Exported under each other method's name by the route.
 */
export function methodNotAllowed(allowed: readonly string[]): () => Response {
  return () => refuse(405, t.reader.errors.methodNotAllowed(allowed.join('、')), { Allow: allowed.join(', ') });
}

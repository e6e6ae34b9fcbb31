import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a preview link works unless asked otherwise. */
export const PREVIEW_LINK_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export type PreviewGrant = { slug: string; expires: number };

/** The link's signature: an HMAC of the slug and the expiry, so neither can be changed. */
export function signPreview({ slug, expires }: PreviewGrant, secret: string): string {
  return createHmac('sha256', secret).update(`${slug}\n${expires}`).digest('base64url');
}

export type PreviewCheck = 'ok' | 'expired' | 'invalid';

/**
 * Checks a link's parts as they arrived. The signature is compared in constant time; an expired
 * link is reported as such only when its signature is right, so a forged link learns nothing.
 */
export function checkPreview(slug: unknown, expires: unknown, sig: unknown, secret: string, now = Date.now()): PreviewCheck {
  if (typeof slug !== 'string' || typeof expires !== 'string' || typeof sig !== 'string') return 'invalid';
  if (!/^\d{1,15}$/.test(expires) || slug.length === 0 || slug.length > 500) return 'invalid';
  const expected = Buffer.from(signPreview({ slug, expires: Number(expires) }, secret));
  const given = Buffer.from(sig);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  return Number(expires) > now ? 'ok' : 'expired';
}

/**
 * `slug=…&expires=…&sig=…`: the query of a preview link, and also the value of the cookie that
 * keeps the grant after the link was opened.
 */
export function grantCookieValue(grant: PreviewGrant, secret: string): string {
  return new URLSearchParams({ slug: grant.slug, expires: String(grant.expires), sig: signPreview(grant, secret) }).toString();
}

/** `/api/preview?slug=…&expires=…&sig=…`, valid for `lifetimeMs` from `now`. */
export function previewLinkPath(slug: string, secret: string, { now = Date.now(), lifetimeMs = PREVIEW_LINK_LIFETIME_MS } = {}): string {
  return `/api/preview?${grantCookieValue({ slug, expires: now + lifetimeMs }, secret)}`;
}

export function readGrantCookie(value: string | undefined, secret: string, now = Date.now()): string | undefined {
  if (!value) return undefined;
  const parts = new URLSearchParams(value);
  const slug = parts.get('slug');
  return checkPreview(slug, parts.get('expires'), parts.get('sig'), secret, now) === 'ok' ? (slug ?? undefined) : undefined;
}

import { describe, expect, it } from 'vitest';
import { checkPreview, grantCookieValue, PREVIEW_LINK_LIFETIME_MS, previewLinkPath, readGrantCookie, signPreview } from '@/lib/preview/link';

const secret = 'test-preview-secret';
const now = Date.UTC(2030, 0, 1);

function parts(path: string) {
  const query = new URL(path, 'https://yuedu.example').searchParams;
  return [query.get('slug'), query.get('expires'), query.get('sig')] as const;
}

describe('preview links', () => {
  it('a fresh link checks out for 7 days, then reports expired', () => {
    const link = previewLinkPath('去中心化-草稿', secret, { now });
    expect(link).toMatch(/^\/api\/preview\?slug=/);
    const [slug, expires, sig] = parts(link);
    expect(slug).toBe('去中心化-草稿');
    expect(Number(expires)).toBe(now + PREVIEW_LINK_LIFETIME_MS);
    expect(checkPreview(slug, expires, sig, secret, now)).toBe('ok');
    expect(checkPreview(slug, expires, sig, secret, now + PREVIEW_LINK_LIFETIME_MS - 1)).toBe('ok');
    expect(checkPreview(slug, expires, sig, secret, now + PREVIEW_LINK_LIFETIME_MS)).toBe('expired');
  });

  it('refuses a link whose slug, expiry or signature was changed, or signed with another secret', () => {
    const [slug, expires, sig] = parts(previewLinkPath('draft', secret, { now }));
    expect(checkPreview('other', expires, sig, secret, now)).toBe('invalid');
    expect(checkPreview(slug, String(Number(expires) + 1), sig, secret, now)).toBe('invalid');
    expect(checkPreview(slug, expires, `${sig!.slice(0, -1)}A`.replace(/AA$/, 'AB'), secret, now)).toBe('invalid');
    expect(checkPreview(slug, expires, sig, 'another-secret', now)).toBe('invalid');
    expect(checkPreview(slug, expires, '', secret, now)).toBe('invalid');
    expect(checkPreview(slug, expires, null, secret, now)).toBe('invalid');
    expect(checkPreview(slug, '1e20', signPreview({ slug: slug!, expires: 1e20 }, secret), secret, now)).toBe('invalid');
  });

  it('reports a forged expired link as invalid, not expired', () => {
    const expires = String(now - 1000);
    expect(checkPreview('draft', expires, 'forged', secret, now)).toBe('invalid');
    expect(checkPreview('draft', expires, signPreview({ slug: 'draft', expires: now - 1000 }, secret), secret, now)).toBe('expired');
  });

  it('keeps the grant in a cookie that only names the slug while it is valid', () => {
    const value = grantCookieValue({ slug: 'draft', expires: now + 1000 }, secret);
    expect(readGrantCookie(value, secret, now)).toBe('draft');
    expect(readGrantCookie(value, secret, now + 1000)).toBeUndefined();
    expect(readGrantCookie(value.replace('draft', 'other'), secret, now)).toBeUndefined();
    expect(readGrantCookie(undefined, secret, now)).toBeUndefined();
  });
});

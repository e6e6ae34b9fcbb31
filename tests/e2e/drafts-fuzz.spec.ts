import fc from 'fast-check';
import { fixture, previewSecret, revalidateSecret } from './support/drafts-env';
import { expect, test } from './support/fixtures';
import { StatusTally } from './support/http';

/**
 * The two endpoints that change what the site shows, fed random and forged requests: the
 * revalidation a cron calls (a bearer secret) and the preview links (a signature). Not one may
 * answer 5xx; none but the real secret revalidates; no forged, expired or garbled link turns on
 * Draft Mode or sets the preview cookie; every refusal says why (a 401 with a message, or the
 * preview error page).
 */

const REQUESTS = 1_000;
const junk = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 80 }), fc.constantFrom('', ' ', '%00', 'null', 'x'.repeat(5_000), '../..', '<script>'));

test(`${REQUESTS} forged calls to /api/revalidate: no 5xx, none revalidates`, async ({ request }) => {
  test.setTimeout(180_000);
  const authorization = fc.oneof(
    fc.constant(undefined),
    junk,
    junk.map((s) => `Bearer ${s}`),
    fc.constantFrom(`Bearer  ${revalidateSecret}`, `Bearer ${revalidateSecret}x`, `bearer ${revalidateSecret}`, `Bearer ${revalidateSecret.slice(0, -1)}`, `Basic ${revalidateSecret}`, `Bearer ${previewSecret}`),
  );
  const calls = fc.sample(fc.record({ method: fc.constantFrom('GET', 'POST'), authorization, body: fc.option(junk, { nil: undefined }) }), { numRuns: REQUESTS, seed: 20261201 });
  const statuses = new StatusTally();
  for (const call of calls) {
    // Header values are bytes a client can send: anything else becomes '?'.
    const headers: Record<string, string> = call.authorization === undefined ? {} : { Authorization: call.authorization.replace(/[^\x20-\x7e]/g, '?') };
    const response = await request.fetch('/api/revalidate', { method: call.method, headers, data: call.method === 'POST' ? call.body : undefined, failOnStatusCode: false });
    statuses.add(response.status());
    expect(response.status(), call.authorization?.slice(0, 40)).toBe(401);
    expect(((await response.json()) as { error: string }).error).toBe('unauthorized');
  }
  console.log(`fuzzed revalidation calls by status: ${statuses}`);
  // The real secret still works: the refusals were the secret's doing, not a broken endpoint.
  expect((await request.post('/api/revalidate', { headers: { Authorization: `Bearer ${revalidateSecret}` } })).status()).toBe(200);
});

test(`${REQUESTS} forged preview links: no 5xx, no Draft Mode, each refusal on the preview error page`, async ({ request }) => {
  test.setTimeout(180_000);
  const slug = fc.oneof(fc.constantFrom(fixture.drafts.a1.slug, fixture.scheduled.d4.slug, 'published', 'no-such-article'), junk);
  const expires = fc.oneof(fc.constant(String(Date.now() + 3_600_000)), fc.constant(String(Date.now() - 1_000)), fc.integer().map(String), junk);
  const sig = fc.oneof(fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 }), fc.base64String({ maxLength: 60 }), junk);
  const link = fc.record({ slug: fc.option(slug, { nil: undefined }), expires: fc.option(expires, { nil: undefined }), sig: fc.option(sig, { nil: undefined }) });
  const statuses = new StatusTally();
  for (const query of fc.sample(link, { numRuns: REQUESTS, seed: 20261202 })) {
    const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined));
    const response = await request.get(`/api/preview?${params}`, { maxRedirects: 0, failOnStatusCode: false });
    const status = response.status();
    statuses.add(status);
    const where = `/api/preview?${params.toString().slice(0, 80)}`;
    expect(status, where).toBeGreaterThanOrEqual(300);
    expect(status, where).toBeLessThan(400);
    const location = response.headers()['location'] ?? '';
    // Refused: the preview error page saying why, or sign-in for a link without a signature.
    expect(location, where).toMatch(/^\/(preview\/error\?reason=(expired|invalid|unknown|forbidden|off)|login\?callbackUrl=)/);
    const cookies = response.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie').map((h) => h.value);
    expect(cookies.filter((c) => /__prerender_bypass|yuedu_preview/.test(c)), where).toEqual([]);
  }
  console.log(`fuzzed preview links by status: ${statuses}`);
});

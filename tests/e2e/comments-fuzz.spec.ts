import fc from 'fast-check';
import { editorLogin } from './support/drafts-env';
import { expect, test } from './support/fixtures';
import { StatusTally } from './support/http';
import { signedInContext } from './support/reader';
import { pendingCount } from './support/moderation';

/**
 * The comment endpoints fed random and malformed input: POST /api/articles/<slug>/comments with
 * bodies, names, emails, sites, replies and honeypots of every wrong kind and type, broken JSON,
 * wrong content types and oversized bodies, to the fuzz article and to made-up ones; PATCH and
 * DELETE /api/comments/<id> with made-up ids. Not one may answer 5xx; every refusal says why; a
 * comment is stored exactly for each 201, and what it stored is what a valid comment may be. From a
 * client address per request, so the rate limit (tested in comments.spec.ts) does not interfere.
 */
test.describe.configure({ mode: 'serial' });

const WRITES = 1_000;
const ARTICLE = 'comments-fuzz';

const junk = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.constantFrom('', ' ', '\u0000', '<script>alert(1)</script>', '[x](javascript:alert(1))', '<img src=x onerror=alert(1)>', 'x'.repeat(2_001), '长'.repeat(2_001), '%00', '../../etc/passwd'),
);
/** Mostly what a form would send, each field now and then of every wrong kind, so that a good share is valid. */
const mostly = <T, U>(valid: fc.Arbitrary<T>, wrong: fc.Arbitrary<U>) => fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: wrong, weight: 1 });
const comment = fc.record(
  {
    body: mostly(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }).map((text) => `评论 ${text}`), fc.oneof(junk, fc.jsonValue())),
    name: mostly(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).map((text) => `读者${text}`.slice(0, 20)), fc.oneof(junk, fc.jsonValue())),
    email: mostly(fc.oneof(fc.constant(''), fc.emailAddress()), fc.oneof(junk, fc.jsonValue())),
    site: mostly(fc.oneof(fc.constant(''), fc.webUrl()), fc.oneof(fc.constantFrom('javascript:alert(1)', 'example.com', 'data:text/html,x'), junk)),
    replyTo: mostly(fc.constant(''), fc.oneof(fc.uuid(), junk, fc.jsonValue())),
    website: mostly(fc.constant(''), junk),
  },
  { requiredKeys: ['body', 'name'] },
);
const write = fc.record({
  kind: fc.constantFrom('post', 'post', 'post', 'post', 'post', 'post', 'patch', 'delete'),
  slug: fc.oneof({ arbitrary: fc.constant(ARTICLE), weight: 8 }, { arbitrary: fc.constantFrom('comments-closed', 'no-such-article', '%E4%B8%AD', '..%2F..'), weight: 1 }, { arbitrary: junk.map(encodeURIComponent), weight: 1 }),
  id: fc.oneof(fc.uuid(), junk.map(encodeURIComponent)),
  body: fc.oneof({ arbitrary: comment.map((c) => JSON.stringify(c)), weight: 8 }, { arbitrary: fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'), weight: 1 }, { arbitrary: fc.constantFrom('{', '[', '', `{"body":"${'x'.repeat(20_000)}"}`), weight: 1 }),
  contentType: fc.constantFrom('application/json', 'application/json', 'application/json', 'application/json', 'text/plain', 'application/x-www-form-urlencoded', undefined),
});

/**
 * Addresses no endpoint takes (a slug with `/` in it) get the site's 404 page, and an address longer
 * than HTTP servers read gets Node's 431: neither reaches the comment endpoints.
 */
const answeredBeforeTheEndpoint = (status: number, contentType = '') => (status === 404 && contentType.startsWith('text/html')) || status === 431;

type Stored = { name: string; html: string; site: string | null; role: string | null };

/** What a stored guest comment may be: a name of at most 40, text with no markup of the writer's, an http(s) site. */
function problemsOf(stored: Stored): string[] {
  const problems: string[] = [];
  if (!stored.name.trim() || [...stored.name].length > 40) problems.push(`name ${JSON.stringify(stored.name)}`);
  if (!stored.html.trim()) problems.push('empty body');
  if (/<(?!\/?(p|br|em|strong|del|a|code|pre|blockquote|ul|ol|li)\b)/i.test(stored.html)) problems.push(`markup ${stored.html.slice(0, 80)}`);
  if (/\son\w+=|javascript:/i.test(stored.html)) problems.push(`script in ${stored.html.slice(0, 80)}`);
  if (stored.site !== null && !/^https?:\/\//.test(stored.site)) problems.push(`site ${stored.site}`);
  if (stored.role !== null) problems.push(`a guest with role ${stored.role}`);
  return problems;
}

test(`${WRITES} random and malformed comment writes: no 5xx, a refusal says why, a comment stored exactly for each 201`, async ({ request, browser, baseURL }) => {
  test.setTimeout(400_000);
  const { context, page } = await signedInContext(browser, baseURL!, editorLogin, '/');
  const before = await pendingCount(page, ARTICLE);
  const statuses = new StatusTally();
  const failures: string[] = [];
  let created = 0;
  for (const [i, w] of fc.sample(write, { numRuns: WRITES, seed: 20261205 }).entries()) {
    const headers: Record<string, string> = { 'X-Forwarded-For': `10.${(i >> 8) & 255}.${i & 255}.17` };
    if (w.contentType) headers['Content-Type'] = w.contentType;
    const url = w.kind === 'post' ? `/api/articles/${w.slug}/comments` : `/api/comments/${w.id}`;
    const response = await request.fetch(url, { method: w.kind.toUpperCase(), data: w.body, headers, failOnStatusCode: false });
    const status = response.status();
    statuses.add(status);
    const what = `${w.kind} ${url.slice(0, 60)} ${w.body.slice(0, 80)}`;
    if (status >= 500) failures.push(`${what} → ${status}`);
    if (status === 201) {
      created++;
      const answer = (await response.json()) as { comment: Stored; pending: boolean };
      if (!answer.pending) failures.push(`${what}: a guest's comment shown without moderation`);
      failures.push(...problemsOf(answer.comment).map((problem) => `${what}: stored ${problem}`));
    } else if (status >= 400 && !answeredBeforeTheEndpoint(status, response.headers()['content-type'])) {
      const answer = (await response.json().catch(() => undefined)) as { error?: unknown } | undefined;
      if (typeof answer?.error !== 'string' || !answer.error) failures.push(`${what} → ${status} without a message`);
    }
  }
  console.log(`fuzzed comment writes by status: ${statuses}`);
  expect(failures).toEqual([]);
  expect(created, 'some writes were valid').toBeGreaterThan(50);
  expect(statuses.get(400), 'most were not').toBeGreaterThan(100);
  // Every 201 is one row waiting for a moderator, and nothing refused was kept.
  expect(await pendingCount(page, ARTICLE)).toBe(before + created);
  // Nothing of it shows to readers until a moderator approves it.
  expect(await (await request.get(`/api/articles/${ARTICLE}/comments`)).json()).toMatchObject({ count: 0 });
  await context.close();
});

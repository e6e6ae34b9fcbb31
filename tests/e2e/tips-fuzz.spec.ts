import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import fc from 'fast-check';
import { t } from '../../lib/strings';
import { expect, test } from './support/fixtures';
import { StatusTally } from './support/http';

/**
 * The two ways to record a tip, the one write open to anonymous readers, fed random and malformed
 * input: the tip form as a browser without JavaScript sends it (a multipart POST to the tip page,
 * broken action fields included) and POST /api/tips (any body, any content type). Amounts,
 * methods, messages, articles and idempotency keys of every wrong kind. Not one may answer 5xx; a
 * tip is stored exactly for each submission that was thanked or answered 201; every refusal says
 * why. On an article of their own and from client addresses of their own, so they share neither
 * counts nor the rate limit with tips.spec.ts.
 */
test.describe.configure({ mode: 'serial' });

const SUBMISSIONS = 1_000;
const ARTICLE = '中文排版的细节';
/** Documentation range (TEST-NET-3): never a real reader's address. */
const CLIENT = '203.0.113.7';

const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.constantFrom('', ' ', '5', '0', '-5', '1e9', 'NaN', 'Infinity', '5.555', '２０', '<script>alert(1)</script>', '\u0000', 'x'.repeat(5_000), '%00', '{"a":1}'),
);
const submission = fc.record({
  amount: fc.oneof(fc.constantFrom('2', '5', '10', '20', '50'), text),
  customAmount: fc.oneof(fc.constant(''), fc.constantFrom('8.8', '0.01', '5000', '5000.01'), text),
  method: fc.oneof(fc.constantFrom('wechat', 'alipay', 'link'), text),
  message: fc.oneof(fc.constant(''), text),
  anonymous: fc.constantFrom('', 'on', 'yes'),
  article: fc.oneof(fc.constant(ARTICLE), fc.constant(ARTICLE), text),
  idempotencyKey: fc.oneof(fc.constant('fresh'), fc.constant('fresh'), fc.constant('repeat'), text),
  /** Whether Next's own action fields are sent as the page made them, left out, or garbled. */
  action: fc.constantFrom('intact', 'intact', 'intact', 'intact', 'missing', 'garbled'),
});

test(`${SUBMISSIONS} random and malformed tip form submissions: no 5xx, a tip stored only when thanked`, async ({ page, request }) => {
  test.setTimeout(300_000);
  // The tip page the article's 赞赏 link leads to, and the hidden fields its form carries.
  await page.goto(`/articles/${encodeURIComponent(ARTICLE)}`);
  const tipPage = (await page.getByRole('link', { name: '赞赏', exact: true }).getAttribute('href'))!;
  await page.goto(tipPage);
  const form = page.locator('form[enctype="multipart/form-data"]');
  const hidden = await form.locator('input[type="hidden"]').evaluateAll((inputs) => inputs.map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value] as const));
  const actionFields = Object.fromEntries(hidden.filter(([name]) => name.startsWith('$ACTION')));
  expect(Object.keys(actionFields).length).toBeGreaterThan(0);

  const supporters = `/api/articles/${encodeURIComponent(ARTICLE)}/supporters`;
  const countBefore = ((await (await request.get(supporters)).json()) as { count: number }).count;
  const repeatedKey = randomUUID();
  const statuses = new StatusTally();
  const failures: string[] = [];
  const thankedKeys = new Set<string>();
  for (const s of fc.sample(submission, { numRuns: SUBMISSIONS, seed: 20261201 })) {
    const key = s.idempotencyKey === 'fresh' ? randomUUID() : s.idempotencyKey === 'repeat' ? repeatedKey : s.idempotencyKey;
    const action = s.action === 'intact' ? actionFields : s.action === 'garbled' ? Object.fromEntries(Object.keys(actionFields).map((name) => [name, '{"id":"0000","bound":"$@1"}'])) : {};
    const fields = { ...action, amount: s.amount, customAmount: s.customAmount, method: s.method, message: s.message, anonymous: s.anonymous, article: s.article, idempotencyKey: key };
    const response = await request.post(tipPage, { multipart: fields, headers: { 'X-Forwarded-For': CLIENT, Origin: new URL(page.url()).origin }, failOnStatusCode: false, maxRedirects: 0 });
    statuses.add(response.status());
    const what = `amount=${s.amount.slice(0, 12)} method=${s.method.slice(0, 12)} article=${s.article.slice(0, 12)} action ${s.action}`;
    if (response.status() >= 500) failures.push(`${what} → ${response.status()}`);
    const html = await response.text();
    if (html.includes(t.tip.thanks)) thankedKeys.add(key);
    else if (s.action === 'intact' && response.status() === 200 && !/role="alert"|aria-invalid="true"/.test(html)) failures.push(`${what}: refused without saying why`);
  }
  console.log(`fuzzed tip submissions by status: ${statuses}; thanked ${thankedKeys.size}`);
  expect(failures).toEqual([]);
  expect(thankedKeys.size, 'some submissions were valid').toBeGreaterThan(0);
  const countAfter = ((await (await request.get(supporters)).json()) as { count: number }).count;
  expect(countAfter - countBefore, 'tips stored = distinct thanked submissions').toBe(thankedKeys.size);
});

const supportersOf = async (request: APIRequestContext) =>
  ((await (await request.get(`/api/articles/${encodeURIComponent(ARTICLE)}/supporters`)).json()) as { count: number }).count;

const apiBody = fc.oneof(
  submission.map((s) => ({ article: s.article, amount: s.amount, method: s.method, message: s.message, anonymous: s.anonymous === 'on', idempotencyKey: s.idempotencyKey })),
  fc.record({ article: fc.jsonValue(), amount: fc.jsonValue(), method: fc.jsonValue(), message: fc.jsonValue(), idempotencyKey: fc.jsonValue() }),
  fc.jsonValue(),
);
const apiRequest = fc.record({
  body: fc.oneof({ arbitrary: apiBody.map((b) => JSON.stringify(b) ?? 'null'), weight: 8 }, { arbitrary: text, weight: 1 }, { arbitrary: fc.constantFrom('{', '[', 'x'.repeat(20_000)), weight: 1 }),
  contentType: fc.constantFrom('application/json', 'application/json', 'application/json', 'text/plain', undefined),
});

test(`${SUBMISSIONS} random and malformed requests to POST /api/tips: no 5xx, a tip stored exactly for each 201`, async ({ request }) => {
  test.setTimeout(300_000);
  const before = await supportersOf(request);
  const statuses = new StatusTally();
  const failures: string[] = [];
  let created = 0;
  for (const [i, r] of fc.sample(apiRequest, { numRuns: SUBMISSIONS, seed: 20261202 }).entries()) {
    // A fresh key where the fuzz asked for one, and a client address per request: the limit is tested apart.
    const body = r.body.replaceAll('"fresh"', `"${randomUUID()}"`).replaceAll('"repeat"', `"${randomUUID()}"`);
    const headers: Record<string, string> = { 'X-Forwarded-For': `203.0.113.${i % 250}, 10.9.${Math.floor(i / 250)}.${i % 250}` };
    if (r.contentType) headers['Content-Type'] = r.contentType;
    const response = await request.post('/api/tips', { data: body, headers, failOnStatusCode: false });
    const status = response.status();
    statuses.add(status);
    if (status === 201) created++;
    if (status >= 500) failures.push(`${body.slice(0, 80)} → ${status}`);
    if (status >= 400 && status < 500) {
      const answer = (await response.json().catch(() => undefined)) as { error?: unknown } | undefined;
      if (typeof answer?.error !== 'string' || !answer.error) failures.push(`${body.slice(0, 80)} → ${status} without a message`);
    }
  }
  console.log(`fuzzed /api/tips requests by status: ${statuses}`);
  expect(failures).toEqual([]);
  expect(created).toBeGreaterThan(0);
  expect(await supportersOf(request)).toBe(before + created);
});

test('a burst of tips from one address is held at 10 a minute with 429 and Retry-After; reading is not limited', async ({ request }) => {
  const headers = { 'Content-Type': 'application/json', 'X-Forwarded-For': '192.0.2.77' };
  const statuses: number[] = [];
  let retryAfter: string | undefined;
  for (let i = 0; i < 14; i++) {
    const response = await request.post('/api/tips', { headers, data: JSON.stringify({ article: ARTICLE, amount: '2', method: 'alipay', idempotencyKey: randomUUID() }) });
    statuses.push(response.status());
    if (response.status() === 429) {
      retryAfter ??= response.headers()['retry-after'];
      expect(((await response.json()) as { error: string }).error).toBe(t.tip.errors['rate-limited']);
    }
  }
  expect(statuses.filter((s) => s === 201)).toHaveLength(10);
  expect(statuses.slice(10)).toEqual([429, 429, 429, 429]);
  expect(Number(retryAfter)).toBeGreaterThan(0);
  for (const path of ['/', `/articles/${encodeURIComponent(ARTICLE)}`]) {
    expect((await request.get(path, { headers: { 'X-Forwarded-For': '192.0.2.77' } })).status(), path).toBe(200);
  }
});

test('POST /api/tips answers each kind of refusal with its status and a message', async ({ request }) => {
  const valid = { article: ARTICLE, amount: '5', method: 'wechat', idempotencyKey: randomUUID() };
  const headers = { 'Content-Type': 'application/json', 'X-Forwarded-For': '192.0.2.78' };
  const cases: { data: string; headers?: Record<string, string>; status: number }[] = [
    { data: JSON.stringify({ ...valid, amount: '0.5' }), status: 400 },
    { data: JSON.stringify({ ...valid, article: 'no-such-article' }), status: 404 },
    { data: JSON.stringify(valid), headers: { 'Content-Type': 'text/plain' }, status: 415 },
    { data: JSON.stringify({ ...valid, message: 'x'.repeat(10_000) }), status: 413 },
    { data: '{', status: 400 },
    { data: JSON.stringify(valid), headers: { Origin: 'https://evil.example' }, status: 403 },
  ];
  for (const c of cases) {
    const response = await request.post('/api/tips', { data: c.data, headers: { ...headers, ...c.headers } });
    expect(response.status(), c.data.slice(0, 60)).toBe(c.status);
    expect(((await response.json()) as { error: string }).error.length).toBeGreaterThan(0);
  }
  const first = await request.post('/api/tips', { data: JSON.stringify(valid), headers });
  expect(first.status()).toBe(201);
  expect(((await first.json()) as { tip: { amountFen: number } }).tip.amountFen).toBe(500);
  const again = await request.post('/api/tips', { data: JSON.stringify(valid), headers });
  expect(again.status(), 'the same key again is the same tip').toBe(200);
});

import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { t } from '../../lib/strings';
import { expect, test } from './support/fixtures';

/**
 * The tip form, the one write open to anonymous readers, fed random and malformed submissions the
 * way a browser without JavaScript sends it (a multipart POST to the tip page): amounts, methods,
 * messages, articles and idempotency keys of every wrong kind, and broken action fields. Not one may
 * answer 5xx; a tip is stored only for a submission that was thanked; the form says why it refused
 * the others. On an article of its own and from a client address of its own, so it shares neither
 * counts nor the rate limit with tips.spec.ts.
 */

const SUBMISSIONS = 300;
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

test(`${SUBMISSIONS} random and malformed tip submissions: no 5xx, a tip stored only when thanked`, async ({ page, request }) => {
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
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  const thankedKeys = new Set<string>();
  for (const s of fc.sample(submission, { numRuns: SUBMISSIONS, seed: 20261201 })) {
    const key = s.idempotencyKey === 'fresh' ? randomUUID() : s.idempotencyKey === 'repeat' ? repeatedKey : s.idempotencyKey;
    const action = s.action === 'intact' ? actionFields : s.action === 'garbled' ? Object.fromEntries(Object.keys(actionFields).map((name) => [name, '{"id":"0000","bound":"$@1"}'])) : {};
    const fields = { ...action, amount: s.amount, customAmount: s.customAmount, method: s.method, message: s.message, anonymous: s.anonymous, article: s.article, idempotencyKey: key };
    const response = await request.post(tipPage, { multipart: fields, headers: { 'X-Forwarded-For': CLIENT, Origin: new URL(page.url()).origin }, failOnStatusCode: false, maxRedirects: 0 });
    statuses.set(response.status(), (statuses.get(response.status()) ?? 0) + 1);
    const what = `amount=${s.amount.slice(0, 12)} method=${s.method.slice(0, 12)} article=${s.article.slice(0, 12)} action ${s.action}`;
    if (response.status() >= 500) failures.push(`${what} → ${response.status()}`);
    const html = await response.text();
    if (html.includes(t.tip.thanks)) thankedKeys.add(key);
    else if (s.action === 'intact' && response.status() === 200 && !/role="alert"|aria-invalid="true"/.test(html)) failures.push(`${what}: refused without saying why`);
  }
  console.log(`fuzzed tip submissions by status: ${[...statuses].map(([s, n]) => `${s}×${n}`).join(', ')}; thanked ${thankedKeys.size}`);
  expect(failures).toEqual([]);
  expect(thankedKeys.size, 'some submissions were valid').toBeGreaterThan(0);
  const countAfter = ((await (await request.get(supporters)).json()) as { count: number }).count;
  expect(countAfter - countBefore, 'tips stored = distinct thanked submissions').toBe(thankedKeys.size);
});

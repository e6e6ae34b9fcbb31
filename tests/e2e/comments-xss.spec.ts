import type { Page } from '@playwright/test';
import { editorLogin } from './support/drafts-env';
import { expect, test } from './support/fixtures';
import { approveAll } from './support/moderation';
import { newLogin, signedInContext } from './support/reader';
import { auditPage, visitAndAudit, watchDialogs } from './support/xss-audit';
import { xssVectors } from './support/xss-vectors.mjs';

/**
 * The XSS corpus (tests/fixtures/xss-vectors.json) as comments: every vector in a comment's text,
 * written by signed-in readers, and the name-sized ones as guests' names, approved by an editor. In
 * Chromium, under the article (the island), on its comments page and on /moderation: no vector's
 * script runs and nothing dangerous is left in the DOM (support/xss-audit.ts).
 */
test.describe.configure({ mode: 'serial' });

const ARTICLE = 'comments-xss';
const MAX_CHARS = 1_900;
const linkCount = (text: string) => text.match(/https?:\/\/|www\./gi)?.length ?? 0;

/** The vectors packed into comment bodies: each within the length limit and the two links that would send it to moderation. */
function packedBodies(): string[] {
  const bodies: string[] = [];
  // Each starts with text of its own: a comment that would show nothing at all is refused.
  const label = () => `XSS-BODY-${bodies.length}`;
  let current: string[] = [label()];
  for (const vector of xssVectors) {
    const next = [...current, vector].join('\n\n');
    if (current.length > 1 && ([...next].length > MAX_CHARS || linkCount(next) > 2)) {
      bodies.push(current.join('\n\n'));
      current = [label(), vector];
    } else current.push(vector);
  }
  bodies.push(current.join('\n\n'));
  return bodies;
}

/** The vectors that fit a guest's name (at most 40 characters), each one guest. */
const nameVectors = xssVectors.filter((vector) => [...vector.trim()].length <= 40 && /[<>"']|script:/i.test(vector));

async function auditComments(page: Page, path: string, dialogs: string[]): Promise<string[]> {
  await page.goto(path);
  await page.locator('#comments').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('comments-total')).toHaveText(/[1-9]\d* 条评论/);
  return auditPage(page, `${path}#comments`, dialogs);
}

test('every vector as a comment’s text and as a guest’s name: none runs or survives, under the article, on its comments page and in moderation', async ({ browser, baseURL, request }) => {
  test.setTimeout(300_000);
  const bodies = packedBodies();
  expect(xssVectors.filter((vector) => !bodies.some((body) => body.includes(vector)))).toEqual([]);
  // Five comments a minute per reader: a reader for every five bodies.
  for (let start = 0; start < bodies.length; start += 5) {
    const { context, page } = await signedInContext(browser, baseURL!, newLogin('x'), '/');
    for (const body of bodies.slice(start, start + 5)) {
      const answer = await page.request.post(`/api/articles/${ARTICLE}/comments`, { data: { body } });
      expect(answer.status(), body.slice(0, 80)).toBe(201);
      expect((await answer.json()).pending).toBe(false);
    }
    await context.close();
  }
  expect(nameVectors.length).toBeGreaterThanOrEqual(20);
  for (const [i, name] of nameVectors.entries()) {
    const answer = await request.post(`/api/articles/${ARTICLE}/comments`, { data: { body: `XSS-NAME-${i}`, name }, headers: { 'X-Forwarded-For': `198.18.${i >> 8}.${i & 255}` } });
    expect(answer.status(), name).toBe(201);
  }

  const { context, page } = await signedInContext(browser, baseURL!, editorLogin, '/');
  const dialogs = watchDialogs(page);
  const problems = await visitAndAudit(page, '/moderation?status=pending', dialogs);
  await approveAll(page, ARTICLE);
  problems.push(...(await auditComments(page, `/articles/${ARTICLE}`, dialogs)));
  // Every page of the comments (50 threads a page), in both orders, and the moderators' list.
  const pages = [1, 2].flatMap((n) => ['oldest', 'newest'].map((sort) => `/articles/${ARTICLE}/comments?sort=${sort}&page=${n}`));
  for (const path of [...pages, '/moderation?status=approved']) problems.push(...(await visitAndAudit(page, path, dialogs)));
  expect(problems).toEqual([]);

  // The vectors are there, as text: all the comments over the two pages, and the names as written.
  let shown = 0;
  for (const n of [1, 2]) {
    await page.goto(`/articles/${ARTICLE}/comments?page=${n}`);
    shown += await page.getByTestId('comment').count();
  }
  expect(shown).toBe(bodies.length + nameVectors.length);
  await page.goto(`/articles/${ARTICLE}/comments?sort=newest`);
  for (const name of nameVectors.slice(-5)) await expect(page.getByText(name.trim(), { exact: true }).first()).toBeAttached();
  await context.close();
});

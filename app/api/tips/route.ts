import { revalidateTag } from 'next/cache';
import { fromThisSite, json, methodNotAllowed, readJson, refuse } from '@/lib/json-api';
import { t } from '@/lib/strings';
import { recordTipFor, supporterTagsOf } from '@/lib/tips/record';
import type { SubmitTipError } from '@/lib/tips/submit';

/** A tip is a few short fields; anything larger is not one. */
const MAX_BODY_BYTES = 8 * 1024;
/** The tip rate limit's window (lib/tips/submit.ts): after it, the client may tip again. */
const RETRY_AFTER_SECONDS = 60;

const STATUS: Record<SubmitTipError, number> = { invalid: 400, 'unknown-article': 404, 'rate-limited': 429, unavailable: 503 };

/**
 * POST /api/tips: the tip form's record as JSON, for clients other than the site's own form
 * (which uses the recordTip server action): `{ article, amount, method, message?, anonymous?,
 * idempotencyKey }`. 201 with the tip when recorded, 200 when that key was recorded before; a
 * refusal is 400 (with the fields), 404, 429 with Retry-After, or 503, each with a message.
 */
export async function POST(request: Request): Promise<Response> {
  if (!fromThisSite(request)) return refuse(403, t.reader.errors.forbidden);
  const read = await readJson(request, MAX_BODY_BYTES);
  if (!read.ok) return read.response;
  const body = (read.value !== null && typeof read.value === 'object' && !Array.isArray(read.value) ? read.value : {}) as Record<string, unknown>;
  const result = await recordTipFor(
    { articleSlug: body.article, amount: body.amount, method: body.method, message: body.message, idempotencyKey: body.idempotencyKey, anonymous: body.anonymous === true },
    request.headers,
  );
  if (!result.ok) {
    const retry = result.error === 'rate-limited' ? { 'Retry-After': String(RETRY_AFTER_SECONDS) } : undefined;
    return json({ error: result.message, fieldErrors: result.fieldErrors }, STATUS[result.error], retry);
  }
  if (result.created) for (const tag of supporterTagsOf(result.tip)) revalidateTag(tag, { expire: 0 });
  const { tip } = result;
  return json({ tip: { article: tip.articleSlug, amountFen: tip.amountFen, method: tip.method, message: tip.message, createdAt: tip.createdAt } }, result.created ? 201 : 200);
}

// Any other method: a 405 naming the ones this endpoint takes.
const otherMethod = methodNotAllowed(['POST']);
export { otherMethod as GET, otherMethod as PUT, otherMethod as PATCH, otherMethod as DELETE };

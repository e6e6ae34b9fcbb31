/**
 * The whole "record a tip" use case, free of Next.js so tests run it against PGlite and PostgreSQL.
 * Its callers (lib/tips/record.ts, for the tip form and POST /api/tips) supply the database, the
 * client's key and the article lookup.
 */
import { z } from 'zod';
import type { Database } from '../db/connection';
import { tipMethods } from '../db/schema';
import { insertTip, type Tip } from '../db/tips';
import { t } from '../strings';
import { parseYuan, TIP_LIMITS, TIP_MESSAGE_MAX } from '../tip-input';
import { createRateLimiter, type RateLimiter } from '../rate-limit/limiter';

const errors = t.tip.errors;
const amountError = errors.amount(TIP_LIMITS.min, TIP_LIMITS.max);

/** Yuan as typed in the form ("5", "5.20") or sent as a number, to whole fen within TIP_LIMITS. */
const amountFen = z.union([z.string(), z.number()], { error: amountError }).transform((value, ctx) => {
  // String(NaN), String(Infinity) and String(1e21) are not plain decimals, so parseYuan refuses them.
  const fen = parseYuan(String(value));
  if (fen === undefined || fen < TIP_LIMITS.min * 100 || fen > TIP_LIMITS.max * 100) {
    ctx.addIssue({ code: 'custom', message: amountError });
    return z.NEVER;
  }
  return fen;
});

// PostgreSQL's text cannot hold NUL, and no control character belongs in a short note; line
// breaks and tabs stay.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/** The note left with a tip: plain text, shown escaped, never as HTML; blank means none. */
const message = z
  .string({ error: errors.message(TIP_MESSAGE_MAX) })
  .nullish()
  .transform((text) => (text ?? '').replace(/\r\n?/g, '\n').replace(CONTROL_CHARACTERS, '').trim())
  // UTF-16 units, as the form's maxlength counts them.
  .refine((text) => text.length <= TIP_MESSAGE_MAX, { error: errors.message(TIP_MESSAGE_MAX) })
  .transform((text) => text || null);

export const tipInputSchema = z
  .object({
    articleSlug: z.string({ error: errors.article }).trim().min(1, { error: errors.article }).max(500, { error: errors.article }),
    amount: amountFen,
    method: z.enum(tipMethods, { error: errors.method }),
    message,
    // Made by the browser once per tip dialog (a UUID), so retries and double clicks count once.
    idempotencyKey: z.string({ error: errors.idempotencyKey }).regex(/^[A-Za-z0-9_-]{8,100}$/, { error: errors.idempotencyKey }),
  })
  .transform(({ amount, ...input }) => ({ ...input, amountFen: amount }));

export type TipInput = z.input<typeof tipInputSchema>;

export type SubmitTipError = 'invalid' | 'unknown-article' | 'rate-limited' | 'unavailable';

export type SubmitTipResult =
  | { ok: true; tip: Tip; created: boolean }
  | { ok: false; error: SubmitTipError; message: string; fieldErrors?: Record<string, string> };

export type SubmitTipContext = {
  /** null when tips are unavailable (see tipsAvailability); nothing is recorded then. */
  db: Database | null;
  /** Who is asking, for the rate limit: an IP address or a cookie, whatever the caller trusts. */
  clientKey: string;
  /** The signed-in reader tipping, if any; the tip is then listed on their page. */
  readerId?: string | null;
  /** A signed-in reader's wish not to be shown by name among the supporters. */
  anonymous?: boolean;
  /** The published article with this slug; its author is taken from here, never from the input. */
  resolveArticle(slug: string): Promise<{ slug: string; authorSlug: string } | undefined>;
  /** The time of the request, the tip's time. */
  now?: Date;
  rateLimiter?: RateLimiter;
};

/** 10 tips a minute is far more than a person tips. */
const rateLimiter = createRateLimiter({ name: 'tips', limit: 10, windowMs: 60_000 });

export async function submitTip(input: unknown, context: SubmitTipContext): Promise<SubmitTipResult> {
  const { db } = context;
  if (!db) return failure('unavailable');

  const parsed = tipInputSchema.safeParse(input);
  if (!parsed.success) return failure('invalid', fieldErrorsOf(parsed.error));
  const { articleSlug, ...tip } = parsed.data;

  if (!(await (context.rateLimiter ?? rateLimiter).tryAcquire(context.clientKey))) {
    return failure('rate-limited');
  }

  const article = await context.resolveArticle(articleSlug);
  if (!article) return failure('unknown-article');

  try {
    const recorded = await insertTip(db, {
      ...tip,
      articleSlug: article.slug,
      authorSlug: article.authorSlug,
      readerId: context.readerId ?? null,
      anonymous: Boolean(context.readerId && context.anonymous),
      createdAt: context.now,
    });
    return { ok: true, ...recorded };
  } catch (error) {
    // The reader has paid already; tell them the record failed rather than show an error page.
    console.error('[赞赏] recording a tip failed:', error);
    return failure('unavailable');
  }
}

function failure(error: SubmitTipError, fieldErrors?: Record<string, string>): SubmitTipResult {
  return { ok: false, error, message: errors[error], ...(fieldErrors && { fieldErrors }) };
}

/** The first problem with each field, keyed by the field's name in the input. */
function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (field !== undefined) fieldErrors[String(field)] ??= issue.message;
  }
  return fieldErrors;
}

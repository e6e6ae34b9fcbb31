/**
 * The /moderation address: which tab is open, whether it shows one article's comments only, and
 * what the last decision came to. A decision's action redirects here with its outcome, so the page
 * shows it with or without JavaScript; values outside the known ones are ignored, never shown.
 */
import { z } from 'zod';
import type { CommentStatus } from '../db/comments';
import { commentStatuses } from '../db/schema';
import { moderationErrors, moderationIntents, type ModerationError, type ModerationIntent } from './moderate';

/** A query parameter given once (the first when repeated), undefined when absent or unknown. */
const one = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (Array.isArray(value) ? value[0] : value), schema.optional()).catch(undefined);

export const moderationQuery = z.object({
  status: one(z.enum(commentStatuses)).transform((status) => status ?? 'pending'),
  /** An article's slug: only its comments are listed and counted. */
  article: one(z.string().trim().min(1).max(300)),
  done: one(z.enum(moderationIntents)),
  error: one(z.enum(moderationErrors)),
});

/** What a moderator is looking at: a tab, of every article they may moderate or of one. */
export type ModerationView = { status: CommentStatus; article?: string };

/** A view of /moderation, with the outcome of the decision just taken, if any. */
export function moderationHref({ status, article }: ModerationView, outcome?: { done: ModerationIntent } | { error: ModerationError }): string {
  return `/moderation?${new URLSearchParams({ status, ...(article && { article }), ...outcome })}`;
}

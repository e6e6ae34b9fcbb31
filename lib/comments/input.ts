import { createHash } from 'node:crypto';
import { z } from 'zod';
import { COMMENT_MAX } from './limits';
import { commentShowsText } from './render';

export { COMMENT_MAX };
/** A guest's nickname, and the longest site address kept. */
export const NAME_MAX = 40;
const SITE_MAX = 200;
/** More links than this send a comment to moderation first. */
export const LINKS_BEFORE_MODERATION = 2;

const chars = (text: string) => [...text].length;

/** Text the database can store: PostgreSQL's text holds no NUL character. */
const storable = () => z.string().refine((text) => !text.includes('\u0000'), { message: 'nul' });

const body = z
  .string()
  // A NUL is nothing a writer meant to show; without it, a body of only NULs is empty.
  .transform((text) => text.replaceAll('\u0000', '').replace(/\r\n?/g, '\n').trim())
  .refine((text) => text.length > 0, { message: 'empty' })
  .refine((text) => chars(text) <= COMMENT_MAX, { message: 'too-long' })
  .refine(commentShowsText, { message: 'empty' });

/** A guest's own site: http(s) only, kept as typed when it parses. Imported comments' sites pass it too. */
export const guestSite = storable()
  .trim()
  .max(SITE_MAX)
  .transform((text) => (text === '' ? undefined : /^https?:\/\//i.test(text) ? text : `https://${text}`))
  .refine((text) => text === undefined || URL.canParse(text), { message: 'not-a-site' })
  .optional();

/**
 * POST /api/articles/<slug>/comments, as JSON or as the form that posts without JavaScript. `website`
 * is the honeypot: a field people never see, which bots fill in.
 */
export const newCommentInput = z.object({
  body,
  replyTo: z.string().uuid().optional().or(z.literal('').transform(() => undefined)),
  name: storable().trim().min(1).max(NAME_MAX).optional(),
  email: z.string().trim().max(200).email().optional().or(z.literal('').transform(() => undefined)),
  site: guestSite,
  website: z.string().max(500).optional(),
});
export type NewCommentInput = z.infer<typeof newCommentInput>;

/** PATCH /api/comments/<id>: the new text. */
export const editCommentInput = z.strictObject({ body });

/** GET /api/articles/<slug>/comments?sort=&page= */
export const commentListQuery = z.object({
  sort: z.enum(['oldest', 'newest']).default('oldest'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

/** The hash an address is kept as: for avatars and blocking a guest, never the address itself. */
export function emailHash(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

/** How many links a comment holds: Markdown links, autolinks and bare addresses. */
export function linkCount(text: string): number {
  return text.match(/https?:\/\/|www\./gi)?.length ?? 0;
}

'use server';

import { updateTag } from 'next/cache';
import { redirect } from 'next/navigation';
import { currentReader } from '@/lib/auth/session';
import { moderationScope } from '@/lib/comments/access';
import { moderateComment, type ModerationResult } from '@/lib/comments/moderate';
import { moderationHref, moderationQuery } from '@/lib/comments/moderation-query';
import { commentsTag } from '@/lib/comments/read';
import { getDbIfAvailable } from '@/lib/db';

async function decide(form: FormData): Promise<ModerationResult> {
  // The session and what it may moderate are read again here: the page that showed the form may be old.
  const reader = await currentReader();
  const scope = reader ? await moderationScope(reader.identities) : null;
  const db = await getDbIfAvailable().catch((error: unknown) => {
    console.error('[评论] opening the database for moderation failed:', error);
    return null;
  });
  return moderateComment({ id: form.get('id'), intent: form.get('intent') }, db, {
    scope,
    readerId: reader?.id ?? null,
    login: reader?.identities[0] ?? reader?.id ?? '',
  });
}

/**
 * One moderator's decision from /moderation (通过, 隐藏, 垃圾, 删除, 屏蔽), sent by a plain form so
 * it works without JavaScript; then back to the view it was taken in, which says how it went.
 */
export async function moderate(form: FormData): Promise<void> {
  const result = await decide(form);
  // Readers see the change at once: the article's cached comment list and count are expired now.
  if (result.ok) updateTag(commentsTag(result.articleSlug));
  const { status, article } = moderationQuery.parse({ status: form.get('tab'), article: form.get('article') });
  redirect(moderationHref({ status, article }, result.ok ? { done: result.intent } : { error: result.error }));
}

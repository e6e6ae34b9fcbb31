'use server';

import { updateTag } from 'next/cache';
import { headers } from 'next/headers';
import { recordTipFor, supporterTagsOf } from '@/lib/tips/record';
import type { SubmitTipError } from '@/lib/tips/submit';

/** What the reader entered, sent back on failure so a form rendered without JavaScript keeps it. */
export type TipFormValues = { amount: string; customAmount: string; method: string; message: string; anonymous: string };

export type TipFormState =
  | { status: 'editing' }
  | { status: 'thanked'; /** The reader's note as recorded, shown back as text. */ message: string | null }
  | {
      status: 'failed';
      /** `network`: set by the form itself when the action could not be reached. */
      error: SubmitTipError | 'network';
      message: string;
      fieldErrors: Record<string, string>;
      values: TipFormValues;
    };

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

/**
 * Records a tip from the tip form, in the article's dialog or on the tip page without JavaScript,
 * then expires the article's and author's supporter caches so the next count includes it.
 */
export async function recordTip(_previous: TipFormState, form: FormData): Promise<TipFormState> {
  const values: TipFormValues = {
    amount: text(form, 'amount'),
    customAmount: text(form, 'customAmount'),
    method: text(form, 'method'),
    message: text(form, 'message'),
    anonymous: text(form, 'anonymous'),
  };
  const result = await recordTipFor(
    {
      articleSlug: text(form, 'article'),
      // A filled-in custom amount wins over the preset, as the form says.
      amount: values.customAmount.trim() || values.amount,
      method: values.method,
      message: values.message,
      idempotencyKey: text(form, 'idempotencyKey'),
      // Signed in: the tip is listed on the reader's page, and shown under their name unless they asked not to be.
      anonymous: values.anonymous === 'on',
    },
    await headers(),
  );
  if (!result.ok) return { status: 'failed', error: result.error, message: result.message, fieldErrors: result.fieldErrors ?? {}, values };
  if (result.created) for (const tag of supporterTagsOf(result.tip)) updateTag(tag);
  return { status: 'thanked', message: result.tip.message };
}

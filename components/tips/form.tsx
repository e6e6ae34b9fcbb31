'use client';

import { useActionState, useEffect, useId, useRef, useState, useTransition, type FormEvent, type ReactNode } from 'react';
import type { TipSettings } from '@/lib/content';
import { readerText } from '@/lib/strings/reader';
import { tipText } from '@/lib/strings/tip';
import { formatYuan, normalizeTipAmount, TIP_LIMITS, TIP_MESSAGE_MAX, TIP_PRESETS } from '@/lib/tip-input';
import { useReader } from '../reader/reader-provider';
import { recordTip, type TipFormState } from './actions';
import { TipMethods, tipMethodsOf } from './methods';

const presetYuan = TIP_PRESETS.map((yuan) => formatYuan(yuan * 100));
const amountError = tipText.errors.amount(TIP_LIMITS.min, TIP_LIMITS.max);
const errorClass = 'text-sm text-red-700 dark:text-red-400';
const legendClass = 'mb-2 font-semibold';

type Props = {
  authorName: string;
  settings: TipSettings;
  articleSlug: string;
  /** One per tip: a retry or a double click sends the same key, and the tip is recorded once. */
  idempotencyKey: string;
  /** Called once the tip is recorded (the dialog refreshes the supporter count). */
  onThanked?: () => void;
  /** Shown under the thank-you: a close button, a link back. */
  thanksFooter?: ReactNode;
};

/**
 * Amount, method and note, then "我已赞赏" records the tip through the recordTip server action.
 * Without JavaScript it is a plain form the action answers with a new page (useActionState carries
 * the result into it); with JavaScript the submission is sent from here, so a lost connection
 * shows a message and a retry instead of the error page.
 */
export function TipForm({ authorName, settings, articleSlug, idempotencyKey, onThanked, thanksFooter }: Props) {
  const [submittedWithoutScript, formAction] = useActionState(recordTip, { status: 'editing' });
  const [submitted, setSubmitted] = useState<TipFormState>();
  const [pending, startTransition] = useTransition();
  const state = submitted ?? submittedWithoutScript;
  const echoed = state.status === 'failed' ? state.values : undefined;

  const methods = tipMethodsOf(settings);
  const [preset, setPreset] = useState(echoed?.amount ?? '');
  const [custom, setCustom] = useState(echoed?.customAmount ?? '');
  const [method, setMethod] = useState(methods.find((m) => m === echoed?.method) ?? methods[0]);
  const [message, setMessage] = useState(echoed?.message ?? '');
  const [amountMissing, setAmountMissing] = useState(false);
  const amount = custom.trim() ? normalizeTipAmount(custom) : preset || undefined;
  const { status, user } = useReader();
  const signedIn = status === 'signed-in' && user !== null;

  const thanks = useRef<HTMLDivElement>(null);
  const thanked = state.status === 'thanked';
  useEffect(() => {
    if (!thanked) return;
    // The button that had focus is gone; the thank-you takes it, so a screen reader reads it.
    thanks.current?.focus();
    onThanked?.();
  }, [thanked, onThanked]);

  const ids = { hint: useId(), amountError: useId(), custom: useId(), message: useId(), count: useId() };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    if (!amount) {
      setAmountMissing(true);
      return;
    }
    const form = new FormData(event.currentTarget);
    startTransition(async () => {
      try {
        setSubmitted(await recordTip(state, form));
      } catch {
        setSubmitted({ status: 'failed', error: 'network', message: tipText.errors.network, fieldErrors: {}, values: { amount: preset, customAmount: custom, method: method ?? '', message, anonymous: String(form.get('anonymous') ?? '') } });
      }
    });
  };

  if (state.status === 'thanked') {
    return (
      <div ref={thanks} tabIndex={-1} className="space-y-3 text-center outline-none">
        <p className="text-xl font-semibold">{tipText.thanks}</p>
        {settings.message && <p className="text-stone-700 dark:text-stone-200">{settings.message}</p>}
        {state.message && (
          <p className="text-sm text-stone-600 dark:text-stone-300">
            {tipText.yourMessage}
            <span data-testid="tip-message-echo" className="whitespace-pre-wrap">
              {state.message}
            </span>
          </p>
        )}
        {thanksFooter}
      </div>
    );
  }

  const fieldErrors = state.status === 'failed' ? state.fieldErrors : {};
  const amountProblem = amountMissing ? amountError : fieldErrors.amount;
  const general = state.status === 'failed' ? [state.message, fieldErrors.articleSlug, fieldErrors.idempotencyKey].filter(Boolean) : [];
  const pill =
    'inline-flex min-w-14 cursor-pointer justify-center rounded-full border border-stone-300 px-3 py-1.5 font-medium peer-checked:border-accent peer-checked:bg-accent peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent dark:border-stone-600';

  return (
    <form action={formAction} onSubmit={submit} className="space-y-6">
      <input type="hidden" name="article" value={articleSlug} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />

      <fieldset aria-describedby={amountProblem ? ids.amountError : undefined}>
        <legend className={legendClass}>{tipText.amount}</legend>
        <div className="flex flex-wrap gap-2">
          {presetYuan.map((yuan) => (
            <label key={yuan}>
              <input
                type="radio"
                name="amount"
                value={yuan}
                checked={preset === yuan}
                onChange={() => {
                  setPreset(yuan);
                  setCustom('');
                  setAmountMissing(false);
                }}
                className="peer sr-only"
              />
              <span className={pill}>{tipText.yuan(yuan)}</span>
            </label>
          ))}
        </div>
        <label htmlFor={ids.custom} className="mt-3 block text-sm">
          {tipText.customAmount}
        </label>
        <input
          id={ids.custom}
          name="customAmount"
          inputMode="decimal"
          autoComplete="off"
          value={custom}
          onChange={(event) => {
            setCustom(event.target.value);
            if (event.target.value.trim()) setPreset('');
            setAmountMissing(false);
          }}
          aria-invalid={!!amountProblem || (custom.trim() !== '' && !amount)}
          aria-describedby={ids.hint}
          className="mt-1 w-32 rounded-md border border-stone-300 bg-transparent px-3 py-1.5 aria-invalid:border-red-600 dark:border-stone-600"
        />
        <p id={ids.hint} className="mt-1 text-xs text-muted">
          {tipText.customHint(TIP_LIMITS.min, TIP_LIMITS.max)}
        </p>
        {amountProblem && (
          <p id={ids.amountError} className={errorClass}>
            {amountProblem}
          </p>
        )}
      </fieldset>

      <fieldset>
        <legend className={legendClass}>{tipText.method}</legend>
        <div className="mb-4 flex flex-wrap gap-2">
          {methods.map((m) => (
            <label key={m}>
              <input type="radio" name="method" value={m} checked={method === m} onChange={() => setMethod(m)} className="peer sr-only" />
              <span className={pill}>{tipText.methods[m]}</span>
            </label>
          ))}
        </div>
        {fieldErrors.method && <p className={errorClass}>{fieldErrors.method}</p>}
        <TipMethods authorName={authorName} settings={settings} amount={amount} selected={method} />
      </fieldset>

      <div>
        <label htmlFor={ids.message} className={`block ${legendClass}`}>
          {tipText.message}
        </label>
        <textarea
          id={ids.message}
          name="message"
          rows={3}
          maxLength={TIP_MESSAGE_MAX}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          aria-describedby={ids.count}
          aria-invalid={!!fieldErrors.message}
          className="block w-full rounded-md border border-stone-300 bg-transparent px-3 py-2 dark:border-stone-600"
        />
        {/* Without JavaScript the count could not move; maxlength still holds the limit. */}
        <p id={ids.count} className="mt-1 text-right text-xs text-muted [@media(scripting:none)]:hidden">
          {tipText.messageCount(message.length, TIP_MESSAGE_MAX)}
        </p>
        {fieldErrors.message && <p className={errorClass}>{fieldErrors.message}</p>}
      </div>

      {signedIn && (
        <div className="space-y-1 text-sm text-stone-600 dark:text-stone-300">
          <p>{tipText.signedInAs(user.name ?? readerText.unnamed)}</p>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="anonymous" defaultChecked={echoed?.anonymous === 'on'} />
            {tipText.stayAnonymous}
          </label>
        </div>
      )}

      {general.length > 0 && (
        <div role="alert" className={errorClass}>
          {general.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      <div className="space-y-2 text-center">
        <p className="text-sm text-stone-600 dark:text-stone-300">{tipText.confirmHint}</p>
        <button
          type="submit"
          disabled={pending}
          className="inline-flex items-center gap-2 rounded-full bg-accent px-6 py-2.5 font-semibold text-white shadow-sm hover:bg-accent-strong disabled:opacity-60"
        >
          {pending ? tipText.confirming : tipText.confirm}
        </button>
      </div>
    </form>
  );
}

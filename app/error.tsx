'use client';

import { errorText } from '@/lib/strings/error';

/** Keeps the header and footer on screen when one page fails, and lets the reader retry. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-bold">{errorText.title}</h1>
      <p className="mt-3 text-stone-600 dark:text-stone-400">{errorText.body}</p>
      <button type="button" onClick={reset} className="mt-8 rounded-full bg-accent px-5 py-2 font-semibold text-white hover:bg-accent-strong">
        {errorText.retry}
      </button>
    </div>
  );
}

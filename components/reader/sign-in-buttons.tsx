'use client';

import { useState } from 'react';
import { readerText } from '@/lib/strings/reader';
import { useHydrated } from '../use-hydrated';

/** One button per configured provider; each starts that provider's redirect flow. */
export function SignInButtons({ providers, callbackPath }: { providers: { id: string; label: string }[]; callbackPath: string }) {
  const hydrated = useHydrated();
  const [pending, setPending] = useState<string>();
  return (
    <ul className="space-y-3">
      {providers.map((provider) => (
        <li key={provider.id}>
          <button
            type="button"
            disabled={!hydrated || pending !== undefined}
            aria-busy={pending === provider.id}
            className="w-full rounded-lg border border-stone-300 px-4 py-3 font-medium hover:border-accent hover:text-accent disabled:opacity-60 dark:border-stone-700"
            onClick={async () => {
              setPending(provider.id);
              // next-auth's client fetches the CSRF token and posts the sign-in form for us.
              const { signIn } = await import('next-auth/react');
              await signIn(provider.id, { callbackUrl: callbackPath });
            }}
          >
            {pending === provider.id ? readerText.signingIn : readerText.signInWith(provider.label)}
          </button>
        </li>
      ))}
    </ul>
  );
}

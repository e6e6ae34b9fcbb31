import type { Metadata } from 'next';
import { SignInButtons } from '@/components/reader/sign-in-buttons';
import { SignInError } from '@/components/reader/sign-in-error';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { providerLabel } from '@/lib/auth/providers';
import { authBaseUrl, currentReader } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { t } from '@/lib/strings';

export const metadata: Metadata = { title: t.reader.signInTitle, robots: { index: false } };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Sign-in: one button per configured provider, then back to the page the reader came from. */
export default async function LoginPage({ searchParams }: Props) {
  const { callbackUrl, error } = await searchParams;
  const back = safeCallbackPath(first(callbackUrl), authBaseUrl());
  const providers = env().auth.providers;
  const reader = providers.length > 0 ? await currentReader() : null;
  return (
    <div className="mx-auto max-w-sm space-y-6 py-12">
      <h1 className="text-2xl font-bold">{t.reader.signInTitle}</h1>
      {/* next-auth sends a failed or cancelled sign-in back here with ?error=<code>. */}
      {error && providers.length > 0 && <SignInError code={first(error)} />}
      {providers.length === 0 ? (
        <p className="text-stone-600 dark:text-stone-400">{t.reader.loginOff}</p>
      ) : reader ? (
        <>
          <p className="text-stone-600 dark:text-stone-400">{t.reader.alreadySignedIn(reader.name ?? t.reader.unnamed)}</p>
          <a href={back} className="inline-block rounded-full bg-accent px-5 py-2 font-semibold text-white hover:bg-accent-strong">
            {t.reader.continue}
          </a>
        </>
      ) : (
        <>
          <p className="text-stone-600 dark:text-stone-400">{t.reader.signInIntro}</p>
          <SignInButtons providers={providers.map((p) => ({ id: p.id, label: providerLabel(p) }))} callbackPath={back} />
          <p className="text-sm text-muted">{t.reader.localSyncNote}</p>
        </>
      )}
    </div>
  );
}

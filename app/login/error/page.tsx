import type { Metadata } from 'next';
import { SignInError } from '@/components/reader/sign-in-error';
import { t } from '@/lib/strings';

export const metadata: Metadata = { title: t.reader.signInError.title, robots: { index: false } };

type Props = { searchParams: Promise<{ error?: string | string[] }> };

/** next-auth's error page (pages.error): sign-in failures it cannot send back to the sign-in page. */
export default async function SignInErrorPage({ searchParams }: Props) {
  const { error } = await searchParams;
  return (
    <div className="mx-auto max-w-sm space-y-6 py-12">
      <h1 className="text-2xl font-bold">{t.reader.signInError.title}</h1>
      <SignInError code={Array.isArray(error) ? error[0] : error} titled={false} />
      <p className="flex gap-4">
        <a href="/login" className="rounded-full bg-accent px-5 py-2 font-semibold text-white hover:bg-accent-strong">
          {t.reader.signInError.retry}
        </a>
        <a href="/" className="px-2 py-2 hover:text-accent">
          {t.reader.signInError.home}
        </a>
      </p>
    </div>
  );
}

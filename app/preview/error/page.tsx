import type { Metadata } from 'next';
import { t } from '@/lib/strings';

export const metadata: Metadata = { title: t.preview.errorTitle, robots: { index: false } };

type Props = { searchParams: Promise<{ reason?: string | string[] }> };
type Reason = keyof typeof t.preview.errors;

/** Where a preview link that cannot be honoured ends, with why. */
export default async function PreviewErrorPage({ searchParams }: Props) {
  const { reason } = await searchParams;
  const key = (Array.isArray(reason) ? reason[0] : reason) ?? 'invalid';
  const message = Object.hasOwn(t.preview.errors, key) ? t.preview.errors[key as Reason] : t.preview.errors.invalid;
  return (
    <div className="mx-auto max-w-md space-y-6 py-12">
      <h1 className="text-2xl font-bold">{t.preview.errorTitle}</h1>
      <p className="text-stone-600 dark:text-stone-400" data-testid="preview-error">
        {message}
      </p>
      <a href="/" className="inline-block rounded-full bg-accent px-5 py-2 font-semibold text-white hover:bg-accent-strong">
        {t.preview.home}
      </a>
    </div>
  );
}

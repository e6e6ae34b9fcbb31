import type { Metadata } from 'next';
import { t } from '@/lib/strings';

export const metadata: Metadata = { title: t.notFound.title, description: t.notFound.body };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-6xl font-bold text-muted">404</p>
      <h1 className="mt-4 text-2xl font-bold">{t.notFound.title}</h1>
      <p className="mt-3 text-stone-600 dark:text-stone-400">{t.notFound.body}</p>
      <a href="/" className="mt-8 inline-block rounded-full bg-accent px-5 py-2 font-semibold text-white hover:bg-accent-strong">
        {t.notFound.back}
      </a>
    </div>
  );
}

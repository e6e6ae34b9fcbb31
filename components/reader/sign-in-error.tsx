import { t } from '@/lib/strings';

const reasons = t.reader.signInError.reasons;

/** Why a sign-in did not complete, from next-auth's error code, in words a reader understands. */
export function SignInError({ code, titled = true }: { code: string | undefined; titled?: boolean }) {
  const message = code && Object.hasOwn(reasons, code) ? reasons[code as keyof typeof reasons] : reasons.Default;
  return (
    <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200">
      {titled && <p className="mb-1 font-semibold">{t.reader.signInError.title}</p>}
      <p>{message}</p>
    </div>
  );
}

import { getServerSession } from 'next-auth';
import { env } from '../env';
import { authOptions } from './options';

/** The signed-in reader as a session shows them; `id` is null while the database was unreachable. */
export type SessionReader = { id: string | null; name: string | null; image: string | null; identities: string[] };

/**
 * The reader signed in for the current request, from the session cookie; null when signed out,
 * when login is off, and for a cookie that does not verify (forged, or signed with an old secret).
 * Reading cookies makes the calling route dynamic: use it in actions, route handlers and /me only.
 */
export async function currentReader(): Promise<SessionReader | null> {
  const options = authOptions();
  if (!options) return null;
  const session = await getServerSession(options);
  return session?.user ?? null;
}

/** The site's own address for callback checks: where next-auth sends readers back to. */
export function authBaseUrl(): string {
  const config = env();
  return config.auth.url ?? config.siteUrl;
}

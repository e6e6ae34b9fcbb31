import type { AuthOptions } from 'next-auth';
import { getDbIfAvailable } from '../db';
import { upsertReader } from '../db/readers';
import { env } from '../env';
import { safeCallbackPath } from './callback-url';
import { nextAuthProviders } from './providers';

/**
 * Development may run without NEXTAUTH_SECRET; production may not (lib/env.ts refuses to start).
 * A fixed key is fine here because a development session guards nothing.
 */
const DEVELOPMENT_SECRET = 'yuedu-development-only-secret-never-used-in-production';

/** An avatar the site will show: an http(s) URL, not whatever string a provider sent. */
function safeImage(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2000) return null;
  return /^https?:\/\//i.test(value) && URL.canParse(value) ? value : null;
}

/** Short text from a provider, for a name: no control characters, at most 100 characters. */
function safeName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/[\u0000-\u001F\u007F]/g, '').trim().slice(0, 100);
  return text || null;
}

/**
 * The reader's id in our database, looked up (or created) for the provider identity in the token.
 * Signing in must not depend on the database: when it is down the session simply has no id yet,
 * reader features say they are unavailable, and the next session read tries again.
 */
async function readerIdFor(token: { provider?: string; providerAccountId?: string; name?: string | null; picture?: string | null; email?: string | null }) {
  if (!token.provider || !token.providerAccountId) return undefined;
  try {
    const db = await getDbIfAvailable();
    if (!db) return undefined;
    const reader = await upsertReader(db, {
      provider: token.provider,
      providerAccountId: token.providerAccountId,
      name: token.name,
      image: token.picture,
      email: token.email,
    });
    return reader.id;
  } catch (error) {
    console.error('[登录] could not save the reader to the database; signed in without an account id for now:', error);
    return undefined;
  }
}

/**
 * Who the provider vouches the reader is, in the form author profiles and EDITORS list them: a
 * verified email, and `github:<login>` from GitHub. Drafts are shown to these, so an email the
 * provider says it has not verified does not count.
 */
function identitiesOf(provider: string, email: unknown, profile: unknown): string[] {
  const claims = (profile ?? {}) as { email_verified?: unknown; login?: unknown };
  const identities: string[] = [];
  if (typeof email === 'string' && email.includes('@') && claims.email_verified !== false) identities.push(email.trim().toLowerCase());
  if (provider === 'github' && typeof claims.login === 'string') identities.push(`github:${claims.login.toLowerCase()}`);
  return identities;
}

let cached: AuthOptions | null | undefined;

/** next-auth's configuration, or null when no provider is configured (login is off). */
export function authOptions(): AuthOptions | null {
  if (cached !== undefined) return cached;
  const config = env();
  if (config.auth.providers.length === 0) return (cached = null);
  // next-auth builds callback URLs from NEXTAUTH_URL; SITE_URL is the same address unless set apart.
  if (config.auth.url) process.env.NEXTAUTH_URL ??= config.auth.url;
  return (cached = {
    providers: nextAuthProviders(config.auth.providers),
    secret: config.auth.secret ?? DEVELOPMENT_SECRET,
    // JWT sessions: signing in and reading a session need no database.
    session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: '/login', error: '/login/error' },
    callbacks: {
      async jwt({ token, account, profile, user }) {
        if (account) {
          token.provider = account.provider;
          token.providerAccountId = account.providerAccountId;
          token.name = safeName(user?.name ?? profile?.name);
          token.picture = safeImage(user?.image);
          token.email = typeof user?.email === 'string' ? user.email : null;
          token.identities = identitiesOf(account.provider, user?.email, profile);
          token.uid = await readerIdFor(token);
        } else if (!token.uid) {
          token.uid = await readerIdFor(token);
        }
        return token;
      },
      session({ session, token }) {
        session.user = { id: token.uid ?? null, name: token.name ?? null, image: token.picture ?? null, identities: token.identities ?? [] };
        return session;
      },
      // Only back to this site, whatever callbackUrl a link carried.
      redirect({ url, baseUrl }) {
        return `${baseUrl}${safeCallbackPath(url, baseUrl)}`;
      },
    },
    // One line per problem: a forged cookie or a cancelled sign-in is routine, not a stack trace.
    logger: {
      error(code, metadata) {
        const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown }).error;
        console.error(`[登录] ${code}: ${error instanceof Error ? error.message : JSON.stringify(metadata)}`);
      },
      warn(code) {
        console.warn(`[登录] ${code}`);
      },
      debug() {},
    },
  });
}

/**
 * next-auth's configuration as the site builds it from the environment: which providers, where a
 * sign-in may return to, and what a sign-in stores. The sign-in callbacks run against a real
 * PGlite database in a temporary DATA_DIR, and against none at all.
 */
import type { Account, AuthOptions } from 'next-auth';
import type { JWT } from 'next-auth/jwt';
import type { OAuthConfig } from 'next-auth/providers/oauth';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTempDirs } from '../unit/helpers';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const tempDir = useTempDirs();

const oidc = { AUTH_OIDC_ISSUER: 'https://id.example/realms/main/', AUTH_OIDC_ID: 'yuedu', AUTH_OIDC_SECRET: 's3cret', NEXTAUTH_URL: 'https://yuedu.example' };

async function optionsWith(environment: Record<string, string>) {
  for (const [name, value] of Object.entries(environment)) vi.stubEnv(name, value);
  vi.resetModules();
  const { authOptions } = await import('@/lib/auth/options');
  return { options: authOptions(), db: await import('@/lib/db'), readers: await import('@/lib/db/readers') };
}

afterEach(async () => {
  await (await import('@/lib/db')).closeDb();
  vi.unstubAllEnvs();
});

/** What next-auth hands the jwt callback when a reader comes back from the provider. */
function signInCallback(options: AuthOptions, user: { name?: unknown; image?: unknown; email?: unknown }, sub = 'user-alice', provider = 'oidc', profile?: object) {
  const account: Account = { provider, providerAccountId: sub, type: 'oauth' };
  return options.callbacks!.jwt!({ token: { sub } as JWT, account, user: { id: sub, ...user } as never, profile: profile as never, trigger: 'signIn' });
}

describe('authOptions', () => {
  it('is null with no provider configured: login is off', async () => {
    const { options } = await optionsWith({});
    expect(options).toBeNull();
  });

  it('offers the configured providers in order, the OpenID Connect one through its discovery document', async () => {
    const { options } = await optionsWith({ ...oidc, AUTH_GITHUB_ID: 'gh', AUTH_GITHUB_SECRET: 'ghs', AUTH_OIDC_NAME: '公司账号' });
    const providers = options!.providers as OAuthConfig<Record<string, string>>[];
    expect(providers.map((p) => p.id)).toEqual(['github', 'oidc']);
    const generic = providers[1]!;
    expect(generic).toMatchObject({ name: '公司账号', wellKnown: 'https://id.example/realms/main/.well-known/openid-configuration', clientId: 'yuedu', idToken: true, checks: ['pkce', 'state'] });
    expect(await generic.profile({ sub: 'u1', preferred_username: 'alice', email: 'a@example.test' }, {})).toEqual({ id: 'u1', name: 'alice', email: 'a@example.test', image: null });
    expect(options!.pages).toEqual({ signIn: '/login', error: '/login/error' });
    expect(options!.session?.strategy).toBe('jwt');
  });

  it('sends readers back only to paths on the site', async () => {
    const { options } = await optionsWith(oidc);
    const redirect = (url: string) => options!.callbacks!.redirect!({ url, baseUrl: 'https://yuedu.example' });
    expect(await redirect('/articles/去中心化?x=1#a')).toBe('https://yuedu.example/articles/去中心化?x=1#a'.replace('去中心化', encodeURI('去中心化')));
    expect(await redirect('https://yuedu.example/me')).toBe('https://yuedu.example/me');
    for (const offSite of ['https://evil.example/', '//evil.example/', '/\\evil.example/', '/.//evil.example/']) {
      expect(await redirect(offSite), offSite).toBe('https://yuedu.example/');
    }
  });

  it('saves the reader at sign-in and puts their id in the session; a second sign-in is the same reader', async () => {
    const { options, db, readers } = await optionsWith({ ...oidc, DATA_DIR: `${await tempDir()}/data` });
    const token = await signInCallback(options!, { name: 'Alice 测试', image: 'https://img.example/a.png', email: 'alice@example.test' });
    expect(token.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(await readers.getReader(await db.getDb(), token.uid!)).toEqual({ id: token.uid, name: 'Alice 测试', image: 'https://img.example/a.png' });
    const again = await signInCallback(options!, { name: 'Alice', image: null });
    expect(again.uid).toBe(token.uid);
    const session = await options!.callbacks!.session!({ session: { expires: '' } as never, token: again, user: undefined as never, newSession: undefined, trigger: 'update' });
    expect(session.user).toEqual({ id: token.uid, name: 'Alice', image: null, identities: [] });
  });

  it('keeps only a plain name and an http(s) avatar from the provider', async () => {
    const { options } = await optionsWith({ ...oidc, DATA_DIR: `${await tempDir()}/data` });
    const token = await signInCallback(options!, { name: `  ${'长'.repeat(150)}\u0000\u001b[31m `, image: 'javascript:alert(1)' }, 'user-mallory');
    expect(token.name).toBe('长'.repeat(100));
    expect(token.picture).toBeNull();
  });

  it('signs a reader in without a database, and saves them on a later session read once there is one', async () => {
    // On Vercel without DATABASE_URL there is no database at all.
    const { options } = await optionsWith({ ...oidc, VERCEL: '1', DATABASE_URL: '', NEXTAUTH_SECRET: 'x' });
    const token = await signInCallback(options!, { name: 'Alice 测试' });
    expect(token).toMatchObject({ name: 'Alice 测试', provider: 'oidc', providerAccountId: 'user-alice' });
    expect(token.uid).toBeUndefined();
    const session = await options!.callbacks!.session!({ session: { expires: '' } as never, token, user: undefined as never, newSession: undefined, trigger: 'update' });
    expect(session.user).toEqual({ id: null, name: 'Alice 测试', image: null, identities: [] });

    // The same token read by a server that has a database: the reader is saved then.
    const later = await optionsWith({ ...oidc, VERCEL: '', DATA_DIR: `${await tempDir()}/data` });
    const refreshed = await later.options!.callbacks!.jwt!({ token, account: null, user: undefined as never, profile: undefined, trigger: 'update' });
    expect(refreshed.uid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('knows the reader by a verified email and a GitHub login, for previewing drafts', async () => {
    const { options } = await optionsWith({ ...oidc, VERCEL: '1', DATABASE_URL: '', NEXTAUTH_SECRET: 'x' });
    expect((await signInCallback(options!, { email: 'Alice@Example.test' }, 'a', 'oidc', { email_verified: true })).identities).toEqual(['alice@example.test']);
    // An address the provider has not verified proves nothing.
    expect((await signInCallback(options!, { email: 'alice@example.test' }, 'a', 'oidc', { email_verified: false })).identities).toEqual([]);
    expect((await signInCallback(options!, { email: 'bob@example.test' }, '42', 'github', { login: 'Bob-Writes' })).identities).toEqual(['bob@example.test', 'github:bob-writes']);
  });
});
